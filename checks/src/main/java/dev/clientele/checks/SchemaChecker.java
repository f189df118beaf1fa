package dev.clientele.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.core.parse.JsonPointers;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the obvious ways an example contradicts its own schema, so that a spec's wrong example is
 * not counted as Clientele's failure: a JSON type the schema does not allow (a string where it says
 * integer, a scalar where it says object), an integer too large for {@code int32}, or a string that
 * is not what its format says ({@code date}, {@code date-time}, {@code uuid}, {@code uri},
 * {@code byte}). Deliberately not contradictions, because generated code accepts them: missing
 * required properties, {@code null}, unknown properties and enum values the schema does not list.
 * It looks through {@code $ref}, {@code allOf}, properties, {@code additionalProperties} and items;
 * a value contradicts a {@code oneOf}/{@code anyOf} only when it contradicts every alternative.
 */
public final class SchemaChecker {

  /**
   * One contradiction.
   *
   * @param path where in the example, as a JSON pointer relative to it ({@code /owner/id}, {@code ""} for the whole)
   * @param reason what the schema says and what the example has instead
   */
  public record Contradiction(String path, String reason) {
    @Override
    public String toString() {
      return (path.isEmpty() ? "" : path + ": ") + reason;
    }
  }

  private static final int MAX_DEPTH = 64;

  private final RawSpec spec;

  public SchemaChecker(RawSpec spec) {
    this.spec = spec;
  }

  public List<Contradiction> check(JsonNode value, JsonNode schema) {
    List<Contradiction> found = new ArrayList<>();
    check(value, schema, "", 0, false, found);
    return found;
  }

  /**
   * {@code inAlternative}: whether the value is being held against one alternative of a union,
   * where a missing required property does rule the alternative out: of the alternative's own
   * object, or of its items (not deeper, where examples leave out what generated code tolerates). Otherwise an object that
   * fills none of a variant's required properties would fit every variant whose extra properties
   * are allowed (GitHub's starred list: a starred-repository item, {@code starred_at} and {@code
   * repo}, would fit "repository").
   */
  private void check(JsonNode value, JsonNode schemaOrRef, String path, int depth, boolean inAlternative,
      List<Contradiction> found) {
    JsonNode schema = spec.deref(schemaOrRef);
    if (schema == null || !schema.isObject() || value.isNull() || depth > MAX_DEPTH) {
      return;
    }
    for (JsonNode member : schema.path("allOf")) {
      check(value, member, path, depth + 1, inAlternative, found);
    }
    for (String union : List.of("oneOf", "anyOf")) {
      if (schema.path(union).isArray() && !schema.get(union).isEmpty()) {
        List<Contradiction> first = null;
        boolean anyFits = false;
        for (JsonNode alternative : schema.get(union)) {
          List<Contradiction> own = new ArrayList<>();
          check(value, alternative, path, depth + 1, true, own);
          anyFits |= own.isEmpty();
          first = first == null ? own : first;
        }
        if (!anyFits) {
          found.add(new Contradiction(path, "fits none of the " + union + " alternatives (first: " + first.get(0).reason() + ")"));
        }
      }
    }
    Set<String> types = types(schema);
    if (!types.isEmpty() && !fits(value, types)) {
      found.add(new Contradiction(path, "the schema says " + String.join(" or ", types) + ", the example has " + describe(value)));
      return;
    }
    if (value.isTextual() || value.isIntegralNumber()) {
      String problem = formatProblem(value, schema.path("format").asText(""));
      if (problem != null) {
        found.add(new Contradiction(path, problem));
      }
    }
    if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      JsonNode additional = schema.path("additionalProperties");
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        String fieldPath = path + "/" + JsonPointers.escape(field.getKey());
        if (properties.has(field.getKey())) {
          check(field.getValue(), properties.get(field.getKey()), fieldPath, depth + 1, false, found);
        } else if (additional.isObject()) {
          check(field.getValue(), additional, fieldPath, depth + 1, false, found);
        }
      }
      if (inAlternative) {
        for (JsonNode required : schema.path("required")) {
          if (!value.has(required.asText())) {
            found.add(new Contradiction(path, "misses the required property " + required.asText()));
          }
        }
      }
    } else if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), path + "/" + i, depth + 1, inAlternative, found);
      }
    }
  }

  /** The JSON types the schema allows; an object with properties or items says so without {@code type}. */
  private static Set<String> types(JsonNode schema) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      types.add(type.asText());
    } else if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (schema.has("properties") && !schema.has("allOf") && !schema.has("oneOf") && !schema.has("anyOf")) {
      types.add("object");
    }
    return types;
  }

  /** Whether a value is of one of the JSON types ({@code integer} takes whole decimals, {@code number} integers). */
  public static boolean fits(JsonNode value, Set<String> types) {
    return types.contains(jsonType(value))
        || (value.isIntegralNumber() && types.contains("number"))
        || (value.isNumber() && types.contains("integer") && isWhole(value));
  }

  private static boolean isWhole(JsonNode number) {
    return number.isIntegralNumber() || number.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  private static String jsonType(JsonNode value) {
    if (value.isObject()) {
      return "object";
    } else if (value.isArray()) {
      return "array";
    } else if (value.isTextual()) {
      return "string";
    } else if (value.isBoolean()) {
      return "boolean";
    } else if (value.isIntegralNumber()) {
      return "integer";
    } else if (value.isNumber()) {
      return "number";
    }
    return "null";
  }

  private static String describe(JsonNode value) {
    String text = value.toString();
    return jsonType(value) + " " + (text.length() > 40 ? text.substring(0, 37) + "..." : text);
  }

  /** Why a scalar is not what its format says, or null. */
  private static String formatProblem(JsonNode value, String format) {
    if (value.isIntegralNumber()) {
      return format.equals("int32") && !value.canConvertToInt() ? "format int32, but " + value + " does not fit in 32 bits" : null;
    }
    String text = value.asText();
    try {
      switch (format) {
        case "date" -> LocalDate.parse(text);
        case "date-time" -> OffsetDateTime.parse(text);
        case "uuid" -> {
          // Jackson, like RFC 4122, wants the 36-character form; UUID.fromString takes shorter ones.
          if (text.length() != 36) {
            throw new IllegalArgumentException(text);
          }
          UUID.fromString(text);
        }
        case "uri" -> new URI(text);
        case "byte" -> Base64.getDecoder().decode(text);
        default -> {
          return null;
        }
      }
      return null;
    } catch (DateTimeParseException | URISyntaxException | IllegalArgumentException e) {
      return "format " + format + ", but " + describe(value) + " is not one";
    }
  }
}
