package dev.clientele.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * States each schema's type the way swagger-parser reads it, before it does, so that a value is
 * not taken for an untyped map that a string cannot fill:
 *
 * <ul>
 *   <li>{@code type: [string, 'null']} in a Swagger 2.0 or OpenAPI 3.0 document is read as OpenAPI
 *       3.1 does. Type arrays are not allowed before 3.1 but are common in the wild, and
 *       swagger-parser drops them. One type and {@code null} becomes that type, nullable
 *       ({@code x-nullable} in 2.0); several types become a {@code oneOf} with one alternative per
 *       type in 3.0, and any value in 2.0. Each rewrite is reported as a warning.
 *   <li>An {@code enum} without a {@code type} (valid JSON Schema: Docker's mount propagation,
 *       Xero's attribute ids) gets the one JSON type all its values share. An {@code enum} of lists
 *       or objects (Cloudflare's {@code errors: {enum: [[]]}}) is no enum in Java: it is dropped,
 *       and the value typed as its values are (a list), not read as a string. An enum of strings
 *       whose {@code type} says number or integer (Square's {@code adjustment_type}) is a string
 *       enum, with a warning: no value it lists is a number.
 *   <li>{@code items} beside {@code type: object} (DigitalOcean's service key) is ignored, with a
 *       warning: the value is an object, not the list swagger-parser would make of it.
 *   <li>A Swagger 2.0 {@code allOf} part that only annotates the others ({@code allOf: [{description:
 *       …}, $ref: PaymentTerms]}, Xero's organisation) gives its annotations to the schema that holds
 *       it: swagger-parser's converter makes such a part {@code type: object}, and the value an object
 *       record, though {@code PaymentTerms} is an array.
 *   <li>{@code items} written as a list of schemas (JSON Schema's tuple form, which OpenAPI does not
 *       allow) is ignored, with a warning: an array then holds any values, and a schema without a
 *       {@code type} (Slack's {@code auto_type}: {@code items: [{type: 'null'}, {type: string, enum:
 *       […]}]}) any value at all, which is what the keyword allows. swagger-parser would make an
 *       untyped map of it, which neither the string Slack sends nor the array a validator makes fits.
 * </ul>
 */
final class DeclaredTypes {

  /** Keywords whose values are data, not schemas: a "type" inside them is someone's payload. */
  private static final Set<String> DATA = Set.of("example", "examples", "enum", "default", "const", "x-example");

  /** The keywords that narrow one JSON type, moved into that type's alternative. */
  private static final Map<String, List<String>> KEYWORDS_BY_TYPE = Map.of(
      "string", List.of("format", "pattern", "minLength", "maxLength"),
      "integer", List.of("format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
      "number", List.of("format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
      "array", List.of("items", "minItems", "maxItems", "uniqueItems"),
      "object", List.of("properties", "additionalProperties", "required", "minProperties", "maxProperties"));

  /** Marks a Swagger 2.0 schema that stands for any JSON value; see {@link SchemaTranslator}. */
  static final String ANY_VALUE = "x-clientele-any-value";

  private DeclaredTypes() {}

  /** States the types of {@code tree}'s schemas in place; see the class comment. */
  static void normalize(JsonNode tree, String version, Problems problems) {
    Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
    pending.push(Map.entry("#", tree));
    while (!pending.isEmpty()) {
      Map.Entry<String, JsonNode> next = pending.pop();
      String pointer = next.getKey();
      JsonNode node = next.getValue();
      if (node instanceof ObjectNode object) {
        if (object.get("type") instanceof ArrayNode types && !version.equals("3.1")) {
          rewrite(object, types, version, pointer, problems);
        }
        if (object.get("enum") instanceof ArrayNode values && !object.has("$ref") && structured(values)) {
          // A list or an object cannot be a Java enum constant: the value is typed, not enumerated.
          object.remove("enum");
          sharedType(values).ifPresent(type -> object.put("type", type));
        } else if (object.get("enum") instanceof ArrayNode values && !object.has("type") && !object.has("$ref")) {
          sharedType(values).ifPresent(type -> object.put("type", type));
        } else if (object.get("enum") instanceof ArrayNode values && object.get("type") instanceof TextNode declared
            && (declared.asText().equals("number") || declared.asText().equals("integer"))
            && sharedType(values).filter(type -> type.equals("string")).isPresent()) {
          // Square's adjustment_type says number and lists SALE, RECEIVE_STOCK: the values are what
          // the server sends, and no number is one of them.
          object.put("type", "string");
          object.remove("format");
          problems.warning(
              "enum-type", pointer + "/type",
              "'type: " + declared.asText() + "' but every enum value is a string: read as a string enum",
              "write 'type: string'");
        }
        if (version.equals("2.0") && object.get("allOf") instanceof ArrayNode parts) {
          liftAnnotationParts(object, parts);
        }
        if (object.get("items") instanceof ArrayNode) {
          tupleItems(object, version, pointer, problems);
        }
        if (object.path("type").asText().equals("object") && object.has("items")) {
          object.remove("items");
          problems.warning(
              "items-on-object",
              pointer + "/items",
              "'items' says what an array holds, and this schema is an object: ignored",
              "remove 'items', or give the schema 'type: array' if it is a list");
        }
        List<Map.Entry<String, JsonNode>> children = new ArrayList<>();
        object.properties().forEach(field -> {
          if (!DATA.contains(field.getKey()) && !field.getKey().startsWith("x-")) {
            children.add(Map.entry(pointer + "/" + JsonPointers.escape(field.getKey()), field.getValue()));
          }
        });
        for (int i = children.size() - 1; i >= 0; i--) {
          pending.push(children.get(i));
        }
      } else if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          pending.push(Map.entry(pointer + "/" + i, node.get(i)));
        }
      }
    }
  }

  /** Keywords that describe a schema without constraining it: an allOf part of only these annotates. */
  private static final Set<String> ANNOTATIONS =
      Set.of("description", "title", "example", "x-example", "externalDocs", "x-nullable", "readOnly");

  private static void liftAnnotationParts(ObjectNode schema, ArrayNode parts) {
    List<Integer> annotations = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      JsonNode part = parts.get(i);
      List<String> keywords = new ArrayList<>();
      part.fieldNames().forEachRemaining(keywords::add);
      if (part.isObject() && ANNOTATIONS.containsAll(keywords)) {
        annotations.add(i);
      }
    }
    if (annotations.isEmpty() || annotations.size() == parts.size()) {
      return;
    }
    for (int i = annotations.size() - 1; i >= 0; i--) {
      JsonNode part = parts.remove((int) annotations.get(i));
      part.properties().forEach(keyword -> {
        if (!schema.has(keyword.getKey())) {
          schema.set(keyword.getKey(), keyword.getValue());
        }
      });
    }
  }

  private static void tupleItems(ObjectNode schema, String version, String pointer, Problems problems) {
    schema.remove("items");
    boolean array = schema.path("type").asText().equals("array");
    if (!schema.has("type") && version.equals("2.0")) {
      schema.put(ANY_VALUE, true);
    }
    problems.warning(
        "tuple-items",
        pointer + "/items",
        "'items' is a list of schemas (JSON Schema's tuple form), which OpenAPI does not allow: read as "
            + (array ? "an array of any values" : schema.has("type") ? "'type: " + schema.path("type").asText() + "'"
                : "a value of any type"),
        "give 'items' one schema (a oneOf of the alternatives if there are several)");
  }

  private static boolean structured(ArrayNode values) {
    for (JsonNode value : values) {
      if (value.isContainerNode()) {
        return true;
      }
    }
    return false;
  }

  /** The JSON type every value shares ({@code integer} for whole numbers), if they share one. */
  private static java.util.Optional<String> sharedType(ArrayNode values) {
    String shared = null;
    for (JsonNode value : values) {
      String type = value.isTextual() ? "string" : value.isBoolean() ? "boolean" : value.isIntegralNumber() ? "integer"
          : value.isNumber() ? "number" : value.isArray() ? "array" : value.isObject() ? "object" : value.isNull() ? null : "";
      if (type == null) {
        continue;
      }
      if (shared == null || (shared.equals("integer") && type.equals("number"))) {
        shared = type;
      } else if (!shared.equals(type) && !(shared.equals("number") && type.equals("integer"))) {
        return java.util.Optional.empty();
      }
    }
    return shared == null || shared.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(shared);
  }

  private static void rewrite(ObjectNode schema, ArrayNode types, String version, String pointer, Problems problems) {
    List<String> named = new ArrayList<>();
    boolean nullable = false;
    for (JsonNode type : types) {
      if (type.asText().equals("null")) {
        nullable = true;
      } else if (type.isTextual() && !named.contains(type.asText())) {
        named.add(type.asText());
      }
    }
    String was = "type: " + types;
    schema.remove("type");
    String nullableKeyword = version.equals("2.0") ? "x-nullable" : "nullable";
    if (nullable) {
      schema.put(nullableKeyword, true);
    }
    String readAs;
    if (named.size() == 1) {
      schema.put("type", named.get(0));
      readAs = "type: " + named.get(0) + (nullable ? ", " + nullableKeyword + ": true" : "");
    } else if (named.isEmpty()) {
      readAs = "a value of any type";
    } else if (version.equals("2.0")) {
      // Swagger 2.0's model has no untyped property (it would be an object, an array with items):
      // the mark carries "any value" through swagger-parser's conversion to the translator.
      KEYWORDS_BY_TYPE.values().forEach(keywords -> keywords.forEach(schema::remove));
      schema.put(ANY_VALUE, true);
      readAs = "a value of any type, since Swagger 2.0 has no oneOf";
    } else {
      ArrayNode oneOf = schema.putArray("oneOf");
      for (String type : named) {
        ObjectNode alternative = oneOf.addObject().put("type", type);
        for (String keyword : KEYWORDS_BY_TYPE.getOrDefault(type, List.of())) {
          if (schema.has(keyword)) {
            alternative.set(keyword, schema.get(keyword).deepCopy());
          }
        }
      }
      KEYWORDS_BY_TYPE.values().forEach(keywords -> keywords.forEach(schema::remove));
      readAs = "oneOf with one alternative per type";
    }
    problems.warning(
        "type-array",
        pointer + "/type",
        "'" + was + "' is OpenAPI 3.1 syntax, which " + (version.equals("2.0") ? "Swagger 2.0" : "OpenAPI 3.0")
            + " does not allow; read as 3.1 does: " + readAs,
        version.equals("2.0") ? "write 'type: X' with 'x-nullable: true'" : "write 'type: X' with 'nullable: true'");
  }
}
