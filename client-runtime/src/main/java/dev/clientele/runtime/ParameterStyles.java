package dev.clientele.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
 * <p>Objects (records, maps) are read as form bodies are ({@link Bodies#fields}: records under their
 * JSON names, additional properties included), scalars as parameters format them (generated enums'
 * wire values, ISO-8601 dates): no JSON library is involved, so both Jackson majors write the same.
 */
final class ParameterStyles {

  private ParameterStyles() {}

  /**
   * The {@code name=value} pairs of a query (or cookie) parameter; none for null.
   *
   * @param style {@code form}, {@code spaceDelimited}, {@code pipeDelimited} or {@code deepObject};
   *     any other is treated as {@code form}
   */
  static List<Map.Entry<String, String>> pairs(String name, @Nullable Object value, String style, boolean explode) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    Object tree = plain(value);
    if (tree == null) {
      return pairs;
    }
    if (style.equals("deepObject")) {
      deep(name, tree, pairs);
    } else if (tree instanceof List<?> array) {
      List<String> elements = texts(array);
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
    } else if (tree instanceof Map<?, ?> object) {
      if (explode) {
        object.forEach((key, field) -> pairs.add(Map.entry(String.valueOf(key), text(field))));
      } else {
        String joined = String.join(",", keysAndValues(object, ","));
        if (!joined.isEmpty()) {
          pairs.add(Map.entry(name, joined));
        }
      }
    } else {
      pairs.add(Map.entry(name, text(tree)));
    }
    return pairs;
  }

  /**
   * A header (or path) value in {@code simple} style: an array as {@code a,b}; an object as {@code
   * k1,v1,k2,v2}, or with {@code explode} {@code k1=v1,k2=v2}; null for null.
   */
  static @Nullable String simple(@Nullable Object value, boolean explode) {
    Object tree = plain(value);
    if (tree instanceof List<?> array) {
      return String.join(",", texts(array));
    }
    if (tree instanceof Map<?, ?> object) {
      return String.join(",", keysAndValues(object, explode ? "=" : ","));
    }
    return tree == null ? null : text(tree);
  }

  /**
   * The value as plain data: a scalar as the text a parameter carries, a collection as a list, a
   * record or map as a map of its wire names; nulls left out. Null for null.
   */
  private static @Nullable Object plain(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (isScalar(value)) {
      return ParameterValues.format(value);
    }
    if (value instanceof Collection<?> values) {
      List<Object> list = new ArrayList<>();
      for (Object element : values) {
        Object plain = plain(element);
        if (plain != null) {
          list.add(plain);
        }
      }
      return list;
    }
    Object delegate = jsonValue(value);
    if (delegate != value) {
      return plain(delegate);
    }
    if (value instanceof Map<?, ?> || value.getClass().isRecord()) {
      Map<String, Object> object = new LinkedHashMap<>();
      Map<?, ?> entries = value instanceof Map<?, ?> map ? map : fieldsOf(value);
      entries.forEach((key, field) -> {
        Object plain = plain(field);
        if (plain != null) {
          object.put(String.valueOf(key), plain);
        }
      });
      return object;
    }
    return String.valueOf(value);
  }

  /**
   * What a type with a {@code @JsonValue} method is written as (a generated union's alternative
   * that wraps a string or a list), else the value itself.
   */
  private static @Nullable Object jsonValue(Object value) {
    for (Method method : value.getClass().getMethods()) {
      if (method.getParameterCount() == 0 && method.isAnnotationPresent(JsonValue.class)) {
        try {
          return method.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalArgumentException("cannot read the value of a " + value.getClass().getName(), e);
        }
      }
    }
    return value;
  }

  /** A record's properties under their wire names, a list where several values share one. */
  private static Map<String, Object> fieldsOf(Object record) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : Bodies.fields(record)) {
      fields.merge(field.getKey(), field.getValue(), (first, next) -> {
        List<Object> values = first instanceof ValueList list ? list : new ValueList(first);
        values.add(next);
        return values;
      });
    }
    return fields;
  }

  /** The values of a record's list property, which {@link Bodies#fields} gives one by one. */
  private static final class ValueList extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    ValueList(Object first) {
      add(first);
    }
  }

  /** {@code name[key]=value} for each leaf; array elements by index ({@code name[0]}), as Stripe reads them. */
  private static void deep(String name, Object node, List<Map.Entry<String, String>> pairs) {
    if (node instanceof Map<?, ?> object) {
      object.forEach((key, field) -> deep(name + "[" + key + "]", field, pairs));
    } else if (node instanceof List<?> array) {
      for (int i = 0; i < array.size(); i++) {
        deep(name + "[" + i + "]", array.get(i), pairs);
      }
    } else {
      pairs.add(Map.entry(name, String.valueOf(node)));
    }
  }

  private static List<String> texts(List<?> array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(text(element)));
    return texts;
  }

  private static List<String> keysAndValues(Map<?, ?> object, String separator) {
    List<String> parts = new ArrayList<>();
    object.forEach((key, value) -> {
      if (separator.equals(",")) {
        parts.add(String.valueOf(key));
        parts.add(text(value));
      } else {
        parts.add(key + separator + text(value));
      }
    });
    return parts;
  }

  /** A scalar's text; a nested object or array, which no style defines, as JSON. */
  private static String text(Object node) {
    if (node instanceof Map<?, ?> || node instanceof List<?>) {
      StringBuilder json = new StringBuilder();
      writeJson(node, json);
      return json.toString();
    }
    return String.valueOf(node);
  }

  /** Plain data as JSON, its scalars as strings (they are texts already). */
  private static void writeJson(Object node, StringBuilder out) {
    if (node instanceof Map<?, ?> object) {
      out.append('{');
      String separator = "";
      for (Map.Entry<?, ?> field : object.entrySet()) {
        out.append(separator);
        quote(String.valueOf(field.getKey()), out);
        out.append(':');
        writeJson(field.getValue(), out);
        separator = ",";
      }
      out.append('}');
    } else if (node instanceof List<?> array) {
      out.append('[');
      for (int i = 0; i < array.size(); i++) {
        out.append(i == 0 ? "" : ",");
        writeJson(array.get(i), out);
      }
      out.append(']');
    } else {
      quote(String.valueOf(node), out);
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean isScalar(Object value) {
    return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
        || value instanceof TemporalAccessor || value instanceof UUID || value instanceof URI || value instanceof Enum<?>
        || value instanceof Character;
  }
}
