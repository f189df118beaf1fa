package dev.clientele.checks.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.checks.RawSpec;
import dev.clientele.checks.SchemaChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, by the spec's own rules, which declared variants of a union a value is: the variant its
 * discriminator value maps to, or every alternative the value validates against. Stricter than
 * {@link dev.clientele.checks.SchemaChecker}, which forgives what generated code forgives: here a variant matches only
 * when the value has its required properties, its {@code const}s and {@code enum} values, and JSON
 * types all the way down, as a JSON Schema validator would say. A value that a declared variant
 * matches must not parse into the union's {@code Unknown}.
 */
final class VariantMatcher {

  private static final int MAX_DEPTH = 64;

  private final RawSpec spec;

  VariantMatcher(RawSpec spec) {
    this.spec = spec;
  }

  /**
   * The pointers of the union's variants that {@code value} is, in document order; empty when it is
   * none of them (or the schema at {@code unionPointer} is not a union).
   */
  List<String> matchingVariants(JsonNode value, String unionPointer) {
    JsonNode union = spec.resolve(unionPointer);
    List<String> matches = new ArrayList<>();
    if (union == null) {
      return matches;
    }
    JsonNode discriminator = union.path("discriminator");
    String property = discriminator.path("propertyName").asText("");
    if (!property.isEmpty() && value.path(property).isTextual()) {
      JsonNode mapped = discriminator.path("mapping").path(value.get(property).asText());
      if (mapped.isTextual()) {
        return List.of(mapped.asText());
      }
    }
    for (String keyword : List.of("oneOf", "anyOf")) {
      JsonNode alternatives = union.path(keyword);
      for (int i = 0; i < alternatives.size(); i++) {
        JsonNode alternative = alternatives.get(i);
        JsonNode target = spec.deref(alternative);
        if (isNullSchema(target) || acceptsAnything(target)) {
          continue; // Unknown is how generated code holds a member of no fixed type: not a fallback
        }
        if (matches(value, alternative, 0)) {
          matches.add(alternative.path("$ref").isTextual()
              ? alternative.get("$ref").asText()
              : unionPointer + "/" + keyword + "/" + i);
        }
      }
    }
    return matches;
  }

  private boolean matches(JsonNode value, JsonNode schemaOrRef, int depth) {
    JsonNode schema = spec.deref(schemaOrRef);
    if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
      return true; // what cannot be looked at does not rule a variant out
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      return false;
    }
    if (schema.path("enum").isArray() && !contains(schema.get("enum"), value)) {
      return false;
    }
    for (JsonNode part : schema.path("allOf")) {
      if (!matches(value, part, depth + 1)) {
        return false;
      }
    }
    for (String keyword : List.of("oneOf", "anyOf")) {
      JsonNode alternatives = schema.path(keyword);
      if (alternatives.isArray() && !alternatives.isEmpty()) {
        boolean any = false;
        for (JsonNode alternative : alternatives) {
          any |= matches(value, alternative, depth + 1);
        }
        if (!any) {
          return false;
        }
      }
    }
    if (value.isNull()) {
      return allowsNull(schema);
    }
    if (!typeFits(value, schema.path("type"))) {
      return false;
    }
    if (value.isObject()) {
      for (JsonNode required : schema.path("required")) {
        if (!value.has(required.asText())) {
          return false;
        }
      }
      JsonNode properties = schema.path("properties");
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        JsonNode declared = properties.get(field.getKey());
        JsonNode additional = schema.path("additionalProperties");
        if (declared != null ? !matches(field.getValue(), declared, depth + 1)
            : additional.isObject() && !matches(field.getValue(), additional, depth + 1)) {
          return false;
        }
        if (declared == null && additional.isBoolean() && !additional.asBoolean()) {
          return false;
        }
      }
    } else if (value.isArray() && schema.has("items")) {
      for (JsonNode item : value) {
        if (!matches(item, schema.get("items"), depth + 1)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode listed : values) {
      if (listed.equals(value) || (listed.isNumber() && value.isNumber() && listed.decimalValue().compareTo(value.decimalValue()) == 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean typeFits(JsonNode value, JsonNode type) {
    if (type.isMissingNode()) {
      return true;
    }
    Set<String> types = new HashSet<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add(type.asText());
    }
    return SchemaChecker.fits(value, types);
  }

  private static boolean allowsNull(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (schema.path("nullable").asBoolean(false) || type.isMissingNode() || type.asText().equals("null")) {
      return true;
    }
    for (JsonNode each : type) {
      if (each.asText().equals("null")) {
        return true;
      }
    }
    return false;
  }

  /** A schema that says nothing about the value's shape ({@code {}}, or only a description). */
  private static boolean acceptsAnything(JsonNode schema) {
    if (schema == null) {
      return false;
    }
    for (String keyword : List.of("type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "const",
        "additionalProperties", "required", "not", "$ref")) {
      if (schema.has(keyword)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNullSchema(JsonNode schema) {
    return schema != null && schema.path("type").asText("").equals("null");
  }
}
