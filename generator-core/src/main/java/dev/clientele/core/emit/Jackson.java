package dev.clientele.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/**
 * The Jackson annotations and types generated code uses, so that emitters name them one way. The
 * annotations ({@code com.fasterxml.jackson.annotation}) are the same for Jackson 2 and 3, so they
 * are constants; the databind code a model needs (a union's deserializer, its raw-JSON fallback)
 * comes in the flavour of the target major, an instance of this class: {@link #V2} or {@link #V3}.
 */
final class Jackson {

  private static final String ANNOTATION = "com.fasterxml.jackson.annotation";

  /** Jackson 2: {@code com.fasterxml.jackson.databind}, the runtime's {@code Jackson2Codec}. */
  static final Jackson V2 = new Jackson(2, "com.fasterxml.jackson", "JsonDeserializer", "JsonMappingException",
      "ObjectMapper", "objectMapper", "isTextual", "asText", true);

  /**
   * Jackson 3: {@code tools.jackson.databind}, the runtime's {@code Jackson3Codec}. Its deserializers
   * are {@code ValueDeserializer}s that throw unchecked exceptions, and JSON text nodes are "strings".
   */
  static final Jackson V3 = new Jackson(3, "tools.jackson", "ValueDeserializer", "DatabindException",
      "json.JsonMapper", "jsonMapper", "isString", "asString", false);

  static final ClassName JSON_PROPERTY = ClassName.get(ANNOTATION, "JsonProperty");
  static final ClassName JSON_INCLUDE = ClassName.get(ANNOTATION, "JsonInclude");
  static final ClassName JSON_FORMAT = ClassName.get(ANNOTATION, "JsonFormat");
  static final ClassName JSON_ANY_SETTER = ClassName.get(ANNOTATION, "JsonAnySetter");
  static final ClassName JSON_ANY_GETTER = ClassName.get(ANNOTATION, "JsonAnyGetter");
  static final ClassName JSON_CREATOR = ClassName.get(ANNOTATION, "JsonCreator");
  static final ClassName JSON_VALUE = ClassName.get(ANNOTATION, "JsonValue");

  /** 2 or 3. */
  final int major;
  final ClassName jsonDeserialize;
  final ClassName jsonDeserializer;
  final ClassName deserializationContext;
  final ClassName jsonNode;
  /** What reading a tree as a type throws when the JSON does not fit it. */
  final ClassName mappingException;
  final ClassName jsonParser;
  /** The mapper type an application hands to the client builder. */
  final ClassName mapper;
  /** The client builder's method that takes the application's mapper. */
  final String mapperMethod;
  /** The runtime's codec for this major. */
  final ClassName codec;
  /** The {@code JsonNode} test for a JSON string. */
  final String isText;
  /** The {@code JsonNode} method for a scalar's text. */
  final String asText;
  /** Whether {@code deserialize} declares {@code IOException} (Jackson 3's exceptions are unchecked). */
  final boolean deserializeThrowsIOException;

  private Jackson(int major, String root, String deserializer, String mappingException, String mapper, String mapperMethod,
      String isText, String asText, boolean deserializeThrowsIOException) {
    String databind = root + ".databind";
    this.major = major;
    this.jsonDeserialize = ClassName.get(databind + ".annotation", "JsonDeserialize");
    this.jsonDeserializer = ClassName.get(databind, deserializer);
    this.deserializationContext = ClassName.get(databind, "DeserializationContext");
    this.jsonNode = ClassName.get(databind, "JsonNode");
    this.mappingException = ClassName.get(databind, mappingException);
    this.jsonParser = ClassName.get(root + ".core", "JsonParser");
    int dot = mapper.lastIndexOf('.');
    this.mapper = dot < 0 ? ClassName.get(databind, mapper) : ClassName.get(databind + "." + mapper.substring(0, dot), mapper.substring(dot + 1));
    this.mapperMethod = mapperMethod;
    this.codec = ClassName.get("dev.clientele.runtime.jackson" + major, "Jackson" + major + "Codec");
    this.isText = isText;
    this.asText = asText;
    this.deserializeThrowsIOException = deserializeThrowsIOException;
  }

  /** The flavour of a major version, 2 or 3. */
  static Jackson major(int major) {
    return switch (major) {
      case 2 -> V2;
      case 3 -> V3;
      default -> throw new IllegalArgumentException("Jackson " + major + " is not supported: 2 or 3");
    };
  }

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
  AnnotationSpec defaultDeserializer() {
    return AnnotationSpec.builder(jsonDeserialize)
        .addMember("using", "$T.None.class", jsonDeserializer)
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
