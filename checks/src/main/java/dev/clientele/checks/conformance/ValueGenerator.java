package dev.clientele.checks.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.checks.RawSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A JSON value that a schema allows, for a request Prism is to judge: the schema's {@code const},
 * first {@code enum} value, example or default when it fits, else one made up from its type and
 * format that honours {@code pattern}, {@code minLength}/{@code maxLength},
 * {@code minimum}/{@code maximum} (exclusive ones too), {@code multipleOf} and {@code minItems}.
 * Objects get their required properties (never {@code readOnly} ones, which a request must not
 * send) and, near the top, their optional ones; {@code allOf} parts are merged, and a
 * {@code oneOf}/{@code anyOf} takes its first variant with the discriminator value that names it.
 */
final class ValueGenerator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Below this depth optional properties are left out: they test the same code as above it. */
  private static final int OPTIONAL_DEPTH = 2;
  private static final int MAX_DEPTH = 24;

  private final RawSpec spec;

  ValueGenerator(RawSpec spec) {
    this.spec = spec;
  }

  /** A value for the schema, or null when it cannot make one (a cycle of required properties). */
  JsonNode value(JsonNode schema) {
    return value(schema, 0);
  }

  /**
   * A parameter's value: its own {@code example} (or first of {@code examples}) when the schema
   * allows it, else one for its schema.
   */
  JsonNode parameterValue(JsonNode parameter, JsonNode schema) {
    List<JsonNode> candidates = new ArrayList<>();
    candidates.add(parameter.get("example"));
    if (parameter.path("examples").isObject() && parameter.get("examples").size() > 0) {
      JsonNode first = spec.deref(parameter.get("examples").elements().next());
      candidates.add(first == null ? null : first.get("value"));
    }
    JsonNode resolved = spec.deref(schema);
    if (resolved != null && resolved.isObject() && !resolved.has("enum") && !resolved.has("const")) {
      String type = type(resolved);
      for (JsonNode candidate : candidates) {
        if (candidate != null && !type.equals("object") && !type.equals("array") && fits(candidate, resolved, type)) {
          return candidate;
        }
      }
    }
    return value(schema);
  }

  private JsonNode value(JsonNode schemaOrRef, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    JsonNode schema = spec.deref(schemaOrRef);
    if (schema == null || !schema.isObject()) {
      return NODES.textNode("example");
    }
    if (schema.has("const")) {
      return schema.get("const");
    }
    if (schema.path("enum").isArray()) {
      for (JsonNode value : schema.get("enum")) {
        if (!value.isNull()) {
          return value;
        }
      }
    }
    if (schema.path("allOf").isArray() && !schema.get("allOf").isEmpty()) {
      return value(merged(schema), depth);
    }
    for (String combinator : List.of("oneOf", "anyOf")) {
      if (schema.path(combinator).isArray() && !schema.get(combinator).isEmpty()) {
        return variant(schema, combinator, depth);
      }
    }
    String type = type(schema);
    if (!type.equals("object") && !type.equals("array")) {
      Optional<JsonNode> given = given(schema, type);
      if (given.isPresent()) {
        return given.get();
      }
    }
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" -> array(schema, depth);
      case "integer" -> NODES.numberNode(number(schema, true).toBigInteger());
      case "number" -> NODES.numberNode(number(schema, false));
      case "boolean" -> NODES.booleanNode(true);
      case "file" -> NODES.textNode(Formats.example("binary"));
      default -> NODES.textNode(string(schema));
    };
  }

  /** The schema's JSON type: its {@code type} (the first that is not null), else what its keywords imply. */
  static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      return type.asText();
    }
    if (type.isArray()) {
      for (JsonNode each : type) {
        if (!"null".equals(each.asText())) {
          return each.asText();
        }
      }
    }
    if (schema.has("properties") || schema.has("additionalProperties") || schema.has("required")) {
      return "object";
    }
    if (schema.has("items")) {
      return "array";
    }
    if (schema.has("minimum") || schema.has("maximum")) {
      return "number";
    }
    return "string";
  }

  /** The schema's example, first 3.1 example or default, when it is what the schema allows. */
  private Optional<JsonNode> given(JsonNode schema, String type) {
    List<JsonNode> candidates = new ArrayList<>();
    candidates.add(schema.get("example"));
    if (schema.path("examples").isArray() && !schema.get("examples").isEmpty()) {
      candidates.add(schema.get("examples").get(0));
    }
    candidates.add(schema.get("default"));
    for (JsonNode candidate : candidates) {
      if (candidate != null && fits(candidate, schema, type)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Whether a scalar is of the type and within the schema's bounds. */
  static boolean fits(JsonNode value, JsonNode schema, String type) {
    switch (type) {
      case "integer" -> {
        return value.isIntegralNumber() && withinBounds(value.decimalValue(), schema);
      }
      case "number" -> {
        return value.isNumber() && withinBounds(value.decimalValue(), schema);
      }
      case "boolean" -> {
        return value.isBoolean();
      }
      case "string" -> {
        if (!value.isTextual()) {
          return false;
        }
        String text = value.asText();
        if (schema.has("minLength") && text.codePointCount(0, text.length()) < schema.get("minLength").asInt()) {
          return false;
        }
        if (schema.has("maxLength") && text.codePointCount(0, text.length()) > schema.get("maxLength").asInt()) {
          return false;
        }
        if (schema.path("pattern").isTextual()) {
          try {
            return Pattern.compile(schema.get("pattern").asText()).matcher(text).find();
          } catch (PatternSyntaxException e) {
            return true;
          }
        }
        return Formats.valid(schema.path("format").asText(""), text);
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean withinBounds(BigDecimal number, JsonNode schema) {
    if (schema.path("minimum").isNumber()) {
      int compared = number.compareTo(schema.get("minimum").decimalValue());
      if (compared < 0 || (compared == 0 && schema.path("exclusiveMinimum").asBoolean(false))) {
        return false;
      }
    }
    if (schema.path("maximum").isNumber()) {
      int compared = number.compareTo(schema.get("maximum").decimalValue());
      if (compared > 0 || (compared == 0 && schema.path("exclusiveMaximum").asBoolean(false))) {
        return false;
      }
    }
    if (schema.path("exclusiveMinimum").isNumber() && number.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
      return false;
    }
    if (schema.path("exclusiveMaximum").isNumber() && number.compareTo(schema.get("exclusiveMaximum").decimalValue()) >= 0) {
      return false;
    }
    if (schema.path("multipleOf").isNumber() && schema.get("multipleOf").decimalValue().signum() > 0) {
      return number.remainder(schema.get("multipleOf").decimalValue()).signum() == 0;
    }
    return true;
  }

  private static BigDecimal number(JsonNode schema, boolean integer) {
    BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.5");
    BigDecimal value = BigDecimal.ONE;
    if (schema.path("minimum").isNumber()) {
      value = schema.get("minimum").decimalValue();
      if (schema.path("exclusiveMinimum").asBoolean(false)) {
        value = value.add(step);
      }
    } else if (schema.path("exclusiveMinimum").isNumber()) {
      value = schema.get("exclusiveMinimum").decimalValue().add(step);
    } else if (schema.path("maximum").isNumber() && schema.get("maximum").decimalValue().compareTo(value) < 0) {
      value = schema.get("maximum").decimalValue();
      if (schema.path("exclusiveMaximum").asBoolean(false)) {
        value = value.subtract(step);
      }
    } else if (schema.path("exclusiveMaximum").isNumber() && schema.get("exclusiveMaximum").decimalValue().compareTo(value) <= 0) {
      value = schema.get("exclusiveMaximum").decimalValue().subtract(step);
    }
    if (integer) {
      value = value.setScale(0, RoundingMode.CEILING);
    }
    if (schema.path("multipleOf").isNumber() && schema.get("multipleOf").decimalValue().signum() > 0) {
      BigDecimal multiple = schema.get("multipleOf").decimalValue();
      value = value.divide(multiple, 0, RoundingMode.CEILING).multiply(multiple);
    }
    return value.stripTrailingZeros().scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value.stripTrailingZeros();
  }

  private static String string(JsonNode schema) {
    int minLength = schema.path("minLength").asInt(0);
    int maxLength = schema.has("maxLength") ? schema.get("maxLength").asInt() : -1;
    if (schema.path("pattern").isTextual()) {
      Optional<String> matching = RegexExample.generate(schema.get("pattern").asText(), minLength, maxLength);
      if (matching.isPresent()) {
        return matching.get();
      }
      // the spec's example, even where it misses a bound: better than a string the pattern rejects
      for (String field : List.of("example", "default")) {
        if (schema.path(field).isTextual()) {
          return schema.get(field).asText();
        }
      }
    }
    String formatted = Formats.example(schema.path("format").asText(""));
    String text = formatted != null ? formatted : "example";
    if (formatted == null || text.length() < minLength) {
      while (text.length() < minLength) {
        text += "x";
      }
    }
    if (maxLength >= 0 && text.length() > maxLength) {
      text = text.substring(0, maxLength);
    }
    return text;
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    JsonNode properties = schema.path("properties");
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      JsonNode propertySchema = spec.deref(property.getValue());
      if (propertySchema != null && propertySchema.path("readOnly").asBoolean(false)) {
        continue;
      }
      boolean isRequired = required.contains(property.getKey());
      if (!isRequired && depth >= OPTIONAL_DEPTH) {
        continue;
      }
      JsonNode value = value(property.getValue(), depth + 1);
      if (value == null) {
        if (isRequired) {
          return null;
        }
        continue;
      }
      object.set(property.getKey(), value);
    }
    if (!properties.isObject() || properties.isEmpty()) {
      JsonNode additional = schema.path("additionalProperties");
      if (additional.isObject() && depth < OPTIONAL_DEPTH) {
        JsonNode value = value(additional, depth + 1);
        if (value != null) {
          object.set("key", value);
        }
      }
    }
    return object;
  }

  private JsonNode array(JsonNode schema, int depth) {
    ArrayNode array = NODES.arrayNode();
    int count = Math.max(1, schema.path("minItems").asInt(0));
    if (schema.has("maxItems")) {
      count = Math.min(count, schema.get("maxItems").asInt());
    }
    JsonNode items = schema.path("items");
    JsonNode itemSchema = spec.deref(items);
    List<JsonNode> distinct = itemSchema != null && itemSchema.path("enum").isArray() ? enumValues(itemSchema) : List.of();
    for (int i = 0; i < count; i++) {
      JsonNode value = i > 0 && i < distinct.size() ? distinct.get(i) : value(items, depth + 1);
      if (value == null) {
        return null;
      }
      if (i > 0 && distinct.isEmpty() && value.isNumber()) {
        value = NODES.numberNode(value.decimalValue().add(BigDecimal.valueOf(i)));
      } else if (i > 0 && distinct.isEmpty() && value.isTextual() && schema.path("uniqueItems").asBoolean(false)) {
        value = NODES.textNode(value.asText() + i);
      }
      array.add(value);
    }
    return array;
  }

  private static List<JsonNode> enumValues(JsonNode schema) {
    List<JsonNode> values = new ArrayList<>();
    schema.get("enum").forEach(value -> {
      if (!value.isNull()) {
        values.add(value);
      }
    });
    return values;
  }

  /** The first variant, with the discriminator property set to the value that names it. */
  private JsonNode variant(JsonNode schema, String combinator, int depth) {
    if (combinator.equals("oneOf")) {
      JsonNode only = scalarOfOneAlternative(schema.get("oneOf"), depth);
      if (only != null) {
        return only;
      }
    }
    JsonNode chosen = null;
    for (JsonNode candidate : schema.get(combinator)) {
      JsonNode resolved = spec.deref(candidate);
      if (resolved != null && !"null".equals(resolved.path("type").asText())) {
        chosen = candidate;
        break;
      }
    }
    if (chosen == null) {
      return NODES.nullNode();
    }
    // properties beside oneOf apply to every variant
    JsonNode base = schema.deepCopy();
    ((ObjectNode) base).remove(List.of("oneOf", "anyOf", "discriminator"));
    JsonNode resolvedChosen = spec.deref(chosen);
    JsonNode target = base.has("properties") || base.has("required")
        ? NODES.objectNode().set("allOf", NODES.arrayNode().add(base).add(resolvedChosen))
        : resolvedChosen;
    JsonNode value = value(target, depth + 1);
    if (value instanceof ObjectNode object && resolvedChosen != null) {
      // the variant's fixed values tell it from the others even where they are optional
      // (Cloudflare's rule configurations: target: ip, target: country, …)
      JsonNode variant = resolvedChosen.has("allOf") ? merged(resolvedChosen) : resolvedChosen;
      variant.path("properties").properties().forEach(property -> {
        JsonNode declared = spec.deref(property.getValue());
        if (declared == null || object.has(property.getKey()) || declared.path("readOnly").asBoolean(false)) {
          return;
        }
        if (declared.has("const")) {
          object.set(property.getKey(), declared.get("const"));
        } else if (declared.path("enum").isArray() && declared.get("enum").size() == 1) {
          object.set(property.getKey(), declared.get("enum").get(0));
        }
      });
    }
    JsonNode discriminator = schema.path("discriminator");
    if (value instanceof ObjectNode object && discriminator.path("propertyName").isTextual()) {
      String name = discriminator.get("propertyName").asText();
      String mapped = discriminatorValue(discriminator, chosen);
      if (mapped != null && !(spec.deref(chosen) != null && hasFixedValue(spec.deref(chosen), name))) {
        object.put(name, mapped);
      }
    }
    return value;
  }

  /**
   * For a oneOf of scalars, the first alternative's value that no other alternative also takes: a
   * value two alternatives take satisfies no oneOf (Cloudflare's app ids: a string of at most 32
   * characters or one of at most 36). Null when the alternatives are not all scalars, or every value
   * tried is taken twice.
   */
  private JsonNode scalarOfOneAlternative(JsonNode alternatives, int depth) {
    List<JsonNode> resolved = new ArrayList<>();
    for (JsonNode alternative : alternatives) {
      JsonNode schema = spec.deref(alternative);
      if (schema == null || !schema.isObject() || schema.has("oneOf") || schema.has("anyOf") || schema.has("allOf")) {
        return null;
      }
      String type = type(schema);
      if (type.equals("object") || type.equals("array") || type.isEmpty()) {
        return null;
      }
      resolved.add(schema);
    }
    for (JsonNode candidate : resolved) {
      if ("null".equals(type(candidate))) {
        continue;
      }
      JsonNode value = value(candidate, depth + 1);
      if (value != null && resolved.stream().filter(other -> fits(value, other, type(other))).count() == 1) {
        return value;
      }
    }
    return null;
  }

  private boolean hasFixedValue(JsonNode variant, String property) {
    JsonNode merged = variant.has("allOf") ? merged(variant) : variant;
    JsonNode schema = spec.deref(merged.path("properties").path(property));
    return schema != null && (schema.has("const") || schema.path("enum").isArray());
  }

  private String discriminatorValue(JsonNode discriminator, JsonNode variant) {
    String ref = variant.path("$ref").asText(null);
    if (ref == null) {
      return null;
    }
    for (Map.Entry<String, JsonNode> entry : discriminator.path("mapping").properties()) {
      String target = entry.getValue().asText();
      if (target.equals(ref) || ref.endsWith("/" + target)) {
        return entry.getKey();
      }
    }
    String name = spec.componentName(ref);
    return name;
  }

  /** The {@code allOf} parts (and the schema's own keywords) as one object schema. */
  private JsonNode merged(JsonNode schema) {
    ObjectNode merged = NODES.objectNode();
    ObjectNode properties = NODES.objectNode();
    Set<String> required = new LinkedHashSet<>();
    Map<String, JsonNode> other = new LinkedHashMap<>();
    collect(schema, properties, required, other, 0);
    other.forEach(merged::set);
    if (!properties.isEmpty()) {
      merged.set("properties", properties);
    }
    if (!required.isEmpty()) {
      ArrayNode names = merged.putArray("required");
      required.forEach(names::add);
    }
    if (!merged.has("type") && !properties.isEmpty()) {
      merged.put("type", "object");
    }
    return merged;
  }

  /**
   * Gathers a schema's properties, required names and other keywords with its allOf parts'. What a
   * schema says itself wins over its parts, and a later part over an earlier one, as in the
   * generated records (Cloudflare's hyperdrive body narrows its part's {@code origin} to one with
   * a password): the first seen wins here, so the schema's own keywords are taken first and the
   * parts last to first.
   */
  private void collect(JsonNode schemaOrRef, ObjectNode properties, Set<String> required, Map<String, JsonNode> other, int depth) {
    JsonNode schema = spec.deref(schemaOrRef);
    if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : schema.properties()) {
      switch (field.getKey()) {
        case "allOf" -> { }
        case "properties" -> field.getValue().properties().forEach(p -> {
          if (!properties.has(p.getKey())) {
            properties.set(p.getKey(), p.getValue());
          }
        });
        case "required" -> field.getValue().forEach(name -> required.add(name.asText()));
        default -> other.putIfAbsent(field.getKey(), field.getValue());
      }
    }
    JsonNode parts = schema.path("allOf");
    for (int i = parts.size() - 1; i >= 0; i--) {
      collect(parts.get(i), properties, required, other, depth + 1);
    }
  }
}
