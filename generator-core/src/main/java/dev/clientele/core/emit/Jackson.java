package dev.clientele.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/** The Jackson annotations and types generated code uses, so that emitters name them one way. */
final class Jackson {

  private static final String ANNOTATION = "com.fasterxml.jackson.annotation";
  private static final String DATABIND = "com.fasterxml.jackson.databind";

  static final ClassName JSON_PROPERTY = ClassName.get(ANNOTATION, "JsonProperty");
  static final ClassName JSON_INCLUDE = ClassName.get(ANNOTATION, "JsonInclude");
  static final ClassName JSON_FORMAT = ClassName.get(ANNOTATION, "JsonFormat");
  static final ClassName JSON_ANY_SETTER = ClassName.get(ANNOTATION, "JsonAnySetter");
  static final ClassName JSON_ANY_GETTER = ClassName.get(ANNOTATION, "JsonAnyGetter");
  static final ClassName JSON_CREATOR = ClassName.get(ANNOTATION, "JsonCreator");
  static final ClassName JSON_VALUE = ClassName.get(ANNOTATION, "JsonValue");
  static final ClassName JSON_DESERIALIZE = ClassName.get(DATABIND + ".annotation", "JsonDeserialize");
  static final ClassName JSON_DESERIALIZER = ClassName.get(DATABIND, "JsonDeserializer");
  static final ClassName DESERIALIZATION_CONTEXT = ClassName.get(DATABIND, "DeserializationContext");
  static final ClassName JSON_NODE = ClassName.get(DATABIND, "JsonNode");
  static final ClassName JSON_MAPPING_EXCEPTION = ClassName.get(DATABIND, "JsonMappingException");
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");

  private Jackson() {}

  static AnnotationSpec property(String wireName) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$L", Literals.string(wireName)).build();
  }

  /** Leaves the property out of JSON when it is null. */
  static AnnotationSpec omitWhenNull() {
    return AnnotationSpec.builder(JSON_INCLUDE)
        .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE)
        .build();
  }

  /**
   * ISO-8601 text that keeps the offset the server sent. A plain ObjectMapper would otherwise write
   * dates as numbers and shift every date-time to UTC.
   */
  static AnnotationSpec dateTimeFormat() {
    return AnnotationSpec.builder(JSON_FORMAT)
        .addMember("shape", "$T.Shape.STRING", JSON_FORMAT)
        .addMember("without", "$T.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE", JSON_FORMAT)
        .build();
  }

  /** ISO-8601 text ({@code 2026-12-15}) rather than the {@code [2026,12,15]} a plain ObjectMapper writes. */
  static AnnotationSpec dateFormat() {
    return AnnotationSpec.builder(JSON_FORMAT).addMember("shape", "$T.Shape.STRING", JSON_FORMAT).build();
  }

  /**
   * Undoes the union deserializer a variant would otherwise inherit from its sealed interface
   * (Jackson merges class annotations from supertypes), which would recurse forever.
   */
  static AnnotationSpec defaultDeserializer() {
    return AnnotationSpec.builder(JSON_DESERIALIZE)
        .addMember("using", "$T.None.class", JSON_DESERIALIZER)
        .build();
  }

  /**
   * The compact constructor of a record that stands for its one component in JSON ({@code
   * record Created(@JsonValue StoredFile body)}): Jackson parses the JSON as the component's type.
   */
  static MethodSpec delegatingConstructor() {
    return MethodSpec.compactConstructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(AnnotationSpec.builder(JSON_CREATOR).addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR).build())
        .build();
  }
}
