package dev.clientele.checks.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.clientele.checks.RawSpec;
import dev.clientele.checks.SchemaChecker;
import dev.clientele.core.parse.JsonPointers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses examples into the generated classes with a plain {@code ObjectMapper} (the generated types
 * carry everything Jackson needs), writes them back and parses that again: what a client does with
 * a response and then with a request built from it. For code generated for Jackson 3, with a plain
 * Jackson 3 {@code JsonMapper}.
 */
final class ExampleParser {

  /** What became of one example. */
  sealed interface Result {}

  /** It parsed, wrote back and parsed again. */
  record Parsed() implements Result {}

  /** The spec's example is wrong, by its own schema, where parsing failed. */
  record Contradicts(String reason) implements Result {}

  /**
   * Clientele's failure.
   *
   * @param stage {@code parse}, {@code union} (a declared variant's payload parsed as the union's
   *     {@code Unknown}), {@code write} or {@code re-parse}
   * @param message the exception, on one line
   */
  record Failed(String stage, String message) implements Result {}

  /** The example's schema has no generated class to parse into (e.g. it is a string). */
  record Skipped() implements Result {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RawSpec spec;
  private final Map<String, String> classNames;
  private final Map<String, String> classNamesByPointer;
  private final ClassLoader classes;
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
  /** The plain Jackson 3 mapper that reads and writes code generated for Jackson 3; null for Jackson 2. */
  private final tools.jackson.databind.json.@Nullable JsonMapper mapper3;
  private final SchemaChecker checker;
  private final VariantMatcher variants;
  private final Map<String, String> pointersByClassName = new HashMap<>();

  /**
   * @param classNames component name → qualified class name, from {@code JavaEmitter.Result}
   * @param classNamesByPointer schema pointer → qualified class name, from {@code JavaEmitter.Result}
   * @param classes loads the compiled classes
   */
  ExampleParser(RawSpec spec, Map<String, String> classNames, Map<String, String> classNamesByPointer, ClassLoader classes) {
    this(spec, classNames, classNamesByPointer, classes, 2);
  }

  /** @param jackson the Jackson major (2 or 3) the classes were generated for */
  ExampleParser(
      RawSpec spec, Map<String, String> classNames, Map<String, String> classNamesByPointer, ClassLoader classes, int jackson) {
    this.mapper3 = jackson == 3 ? tools.jackson.databind.json.JsonMapper.builder().build() : null;
    this.spec = spec;
    this.classNames = classNames;
    this.classNamesByPointer = classNamesByPointer;
    this.classes = classes;
    this.checker = new SchemaChecker(spec);
    this.variants = new VariantMatcher(spec);
    classNamesByPointer.forEach((pointer, className) -> pointersByClassName.putIfAbsent(className, pointer));
    classNames.forEach((component, className) ->
        pointersByClassName.put(className, spec.schemasPointer() + JsonPointers.escape(component)));
  }

  Result parse(Example example) {
    JavaType type = type(example.schema(), example.schemaPointer(), 0);
    if (type == null) {
      return new Skipped();
    }
    String stage = "parse";
    try {
      String text = JSON.writeValueAsString(example.value());
      Object parsed = read(text, type);
      Failed fellBack = fallbackWhereAVariantMatches(parsed, example.value());
      if (fellBack != null) {
        return fellBack;
      }
      stage = "write";
      String written = mapper3 != null ? mapper3.writeValueAsString(parsed) : mapper.writeValueAsString(parsed);
      stage = "re-parse";
      read(written, type);
      return new Parsed();
    } catch (JsonProcessingException | RuntimeException | LinkageError e) {
      String where = e instanceof JsonMappingException mapping ? pointer(mapping.getPath())
          : e instanceof tools.jackson.databind.DatabindException mapping ? pointer3(mapping.getPath()) : "";
      if (stage.equals("parse")) {
        // Blame the spec only for a contradiction on the path where parsing failed.
        for (SchemaChecker.Contradiction contradiction : checker.check(example.value(), example.schema())) {
          if (where.startsWith(contradiction.path()) || contradiction.path().startsWith(where)) {
            return new Contradicts(contradiction.toString());
          }
        }
      }
      return new Failed(stage, oneLine(e));
    }
  }

  private Object read(String text, JavaType type) throws JsonProcessingException {
    return mapper3 != null ? mapper3.readValue(text, jackson3(type)) : mapper.readValue(text, type);
  }

  /** The same type for Jackson 3: the types built here are classes, lists and string-keyed maps of them. */
  private tools.jackson.databind.JavaType jackson3(JavaType type) {
    tools.jackson.databind.type.TypeFactory types = mapper3.getTypeFactory();
    if (type.isCollectionLikeType()) {
      return types.constructCollectionType(List.class, jackson3(type.getContentType()));
    }
    if (type.isMapLikeType()) {
      return types.constructMapType(Map.class, types.constructType(String.class), jackson3(type.getContentType()));
    }
    return types.constructType(type.getRawClass());
  }

  /**
   * The first place where the payload parsed into a union's {@code Unknown} although, by the spec's
   * rules, it is one of the union's declared variants; null when there is none.
   */
  private Failed fallbackWhereAVariantMatches(Object parsed, JsonNode example) {
    for (UnknownFallbacks.Fallback fallback : UnknownFallbacks.in(parsed)) {
      String unionPointer = pointersByClassName.get(fallback.union().getName());
      JsonNode value = example.at(fallback.path());
      if (unionPointer == null || value.isMissingNode()) {
        continue;
      }
      List<String> matching = variants.matchingVariants(value, unionPointer);
      if (!matching.isEmpty()) {
        return new Failed("union", "at " + (fallback.path().isEmpty() ? "/" : fallback.path()) + " the payload parsed as "
            + fallback.union().getSimpleName() + ".Unknown, but it is " + String.join(" and ", matching) + " by the spec");
      }
    }
    return null;
  }

  /**
   * The Java type of a schema found at {@code pointer}: the generated class of a component or of an
   * inline schema, a list or map of such; null when no generated class is involved (a scalar, or a
   * component that is one).
   */
  private JavaType type(JsonNode schema, String pointer, int depth) {
    if (schema == null || depth > 16) {
      return null;
    }
    if (schema.path("$ref").isTextual()) {
      String ref = schema.get("$ref").asText();
      String name = spec.componentName(ref);
      JavaType component = load(name == null ? null : classNames.get(name));
      return component != null ? component : type(spec.resolve(ref), ref, depth + 1);
    }
    JavaType inline = load(classNamesByPointer.get(pointer));
    if (inline != null) {
      return inline;
    }
    if ("array".equals(schema.path("type").asText()) && schema.has("items")) {
      JavaType items = type(schema.get("items"), pointer + "/items", depth + 1);
      return items == null ? null : mapper.getTypeFactory().constructCollectionType(List.class, items);
    }
    if (schema.path("additionalProperties").isObject() && !schema.has("properties")) {
      JavaType values = type(schema.get("additionalProperties"), pointer + "/additionalProperties", depth + 1);
      return values == null
          ? null
          : mapper.getTypeFactory().constructMapType(Map.class, mapper.constructType(String.class), values);
    }
    return null;
  }

  private JavaType load(String className) {
    if (className == null) {
      return null;
    }
    try {
      return mapper.getTypeFactory().constructType(Class.forName(className, false, classes));
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      pointer.append('/').append(reference.getFieldName() != null
          ? JsonPointers.escape(reference.getFieldName())
          : String.valueOf(reference.getIndex()));
    }
    return pointer.toString();
  }

  private static String pointer3(List<tools.jackson.core.JacksonException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (tools.jackson.core.JacksonException.Reference reference : path) {
      pointer.append('/').append(reference.getPropertyName() != null
          ? JsonPointers.escape(reference.getPropertyName())
          : String.valueOf(reference.getIndex()));
    }
    return pointer.toString();
  }

  /** The exception's own message, first line, without Jackson's source excerpt. */
  static String oneLine(Throwable e) {
    String message = e instanceof JsonProcessingException json ? json.getOriginalMessage()
        : e instanceof tools.jackson.core.JacksonException json ? json.getOriginalMessage() : e.getMessage();
    String text = e.getClass().getSimpleName() + ": " + (message == null ? "" : message.strip());
    int newline = text.indexOf('\n');
    text = newline < 0 ? text : text.substring(0, newline);
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      text += " (at " + pointer(mapping.getPath()) + ")";
    } else if (e instanceof tools.jackson.databind.DatabindException mapping && !mapping.getPath().isEmpty()) {
      text += " (at " + pointer3(mapping.getPath()) + ")";
    }
    return text.length() > 300 ? text.substring(0, 297) + "..." : text;
  }
}
