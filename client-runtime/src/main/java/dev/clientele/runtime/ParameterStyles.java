package dev.clientele.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes a parameter value as OpenAPI's {@code style} and {@code explode} say (OpenAPI 3.1,
 * "Style Values" and "Style Examples"): arrays and objects spread over repeated parameters or
 * joined with a delimiter, and {@code deepObject} as {@code name[key]=value}. The pairs it returns
 * are not percent-encoded yet; {@link Uris} encodes names and values, delimiters and brackets
 * included, which servers decode before they split.
 *
 * <p>Objects (records, maps) are read through Jackson, so that their wire names and generated enums'
 * values are used; dates are written as ISO-8601 text, never as timestamps.
 */
final class ParameterStyles {

  /** The shared mapper, except that dates are text, as a parameter writes them. */
  private static final ObjectMapper MAPPER = Json.mapper().copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private ParameterStyles() {}

  /**
   * The {@code name=value} pairs of a query (or cookie) parameter; none for null.
   *
   * @param style {@code form}, {@code spaceDelimited}, {@code pipeDelimited} or {@code deepObject};
   *     any other is treated as {@code form}
   */
  static List<Map.Entry<String, String>> pairs(String name, @Nullable Object value, String style, boolean explode) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (value == null) {
      return pairs;
    }
    if (isScalar(value)) {
      pairs.add(Map.entry(name, ParameterValues.format(value)));
      return pairs;
    }
    JsonNode tree = value instanceof Collection<?> values ? tree(values) : MAPPER.valueToTree(value);
    if (style.equals("deepObject")) {
      deep(name, tree, pairs);
    } else if (tree.isArray()) {
      List<String> elements = texts(tree);
      String delimiter = switch (style) {
        case "spaceDelimited" -> " ";
        case "pipeDelimited" -> "|";
        default -> ",";
      };
      if (explode) {
        elements.forEach(element -> pairs.add(Map.entry(name, element)));
      } else if (!elements.isEmpty()) {
        pairs.add(Map.entry(name, String.join(delimiter, elements)));
      }
    } else if (tree.isObject()) {
      if (explode) {
        tree.properties().forEach(field -> {
          if (!field.getValue().isNull()) {
            pairs.add(Map.entry(field.getKey(), text(field.getValue())));
          }
        });
      } else {
        String joined = String.join(",", keysAndValues(tree, ","));
        if (!joined.isEmpty()) {
          pairs.add(Map.entry(name, joined));
        }
      }
    } else if (!tree.isNull()) {
      pairs.add(Map.entry(name, text(tree)));
    }
    return pairs;
  }

  /**
   * A header (or path) value in {@code simple} style: an array as {@code a,b}; an object as {@code
   * k1,v1,k2,v2}, or with {@code explode} {@code k1=v1,k2=v2}; null for null.
   */
  static @Nullable String simple(@Nullable Object value, boolean explode) {
    if (value == null) {
      return null;
    }
    if (isScalar(value)) {
      return ParameterValues.format(value);
    }
    JsonNode tree = value instanceof Collection<?> values ? tree(values) : MAPPER.valueToTree(value);
    if (tree.isArray()) {
      return String.join(",", texts(tree));
    }
    if (tree.isObject()) {
      return String.join(",", keysAndValues(tree, explode ? "=" : ","));
    }
    return tree.isNull() ? null : text(tree);
  }

  /** A collection as a JSON array, its scalar elements formatted as parameters format them. */
  private static JsonNode tree(Collection<?> values) {
    com.fasterxml.jackson.databind.node.ArrayNode array = MAPPER.createArrayNode();
    for (Object element : values) {
      if (element == null) {
        continue;
      }
      array.add(isScalar(element) ? MAPPER.getNodeFactory().textNode(ParameterValues.format(element))
          : MAPPER.valueToTree(element));
    }
    return array;
  }

  /** {@code name[key]=value} for each leaf; array elements by index ({@code name[0]}), as Stripe reads them. */
  private static void deep(String name, JsonNode node, List<Map.Entry<String, String>> pairs) {
    if (node.isObject()) {
      node.properties().forEach(field -> deep(name + "[" + field.getKey() + "]", field.getValue(), pairs));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        deep(name + "[" + i + "]", node.get(i), pairs);
      }
    } else if (!node.isNull()) {
      pairs.add(Map.entry(name, node.asText()));
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> {
      if (!element.isNull()) {
        texts.add(text(element));
      }
    });
    return texts;
  }

  private static List<String> keysAndValues(JsonNode object, String separator) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (field.getValue().isNull()) {
        continue;
      }
      if (separator.equals(",")) {
        parts.add(field.getKey());
        parts.add(text(field.getValue()));
      } else {
        parts.add(field.getKey() + separator + text(field.getValue()));
      }
    }
    return parts;
  }

  /** A scalar as text; a nested object or array, which no style defines, as JSON. */
  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private static boolean isScalar(Object value) {
    return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
        || value instanceof TemporalAccessor || value instanceof UUID || value instanceof URI || value instanceof Enum<?>
        || value instanceof Character;
  }
}
