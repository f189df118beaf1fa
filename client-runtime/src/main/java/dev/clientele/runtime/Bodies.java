package dev.clientele.runtime;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Encodes request bodies: JSON, form fields and multipart parts. */
final class Bodies {

  private Bodies() {}

  /** An encoded body and its content type. */
  record Encoded(byte[] bytes, String contentType) {}

  static Encoded encode(Call<?> call, JsonCodec codec) {
    Object body = call.body();
    return switch (call.bodyKind()) {
      case JSON -> new Encoded(
          json(call.bodyFields().isEmpty() ? body : withFields(body, call.bodyFields(), codec), codec), call.mediaType());
      case FORM -> new Encoded(form(withFields(fields(body), call.bodyFields())), call.mediaType());
      case MULTIPART -> multipart(withFields(fields(body), call.bodyFields()), codec);
      case RAW -> new Encoded(
          body instanceof byte[] bytes ? bytes : String.valueOf(body).getBytes(StandardCharsets.UTF_8), call.mediaType());
      case NONE -> new Encoded(new byte[0], "");
    };
  }

  private static byte[] json(Object body, JsonCodec codec) {
    try {
      return codec.write(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot write the request body as JSON: " + e.getMessage(), e);
    }
  }

  /**
   * The body as a JSON object with some top-level fields set, a copy: the caller's object stays as
   * it was. The body is written and read back as plain maps, lists and scalars by the client's own
   * codec, so its wire names and formats are those of any body.
   */
  private static Map<String, @Nullable Object> withFields(Object body, Map<String, Object> fields, JsonCodec codec) {
    Object tree;
    try {
      tree = codec.read(codec.write(body), Object.class);
    } catch (JsonReadException e) {
      throw new IllegalArgumentException("cannot set " + fields.keySet() + " in the request body: " + e.getMessage(), e);
    }
    if (!(tree instanceof Map<?, ?> object)) {
      throw new IllegalArgumentException("cannot set " + fields.keySet() + " in the request body: it is not a JSON object");
    }
    Map<String, @Nullable Object> copy = new LinkedHashMap<>();
    object.forEach((name, value) -> copy.put(String.valueOf(name), value));
    copy.putAll(fields);
    return copy;
  }

  /** A form's or multipart body's fields, those set on the call replacing any of the same name. */
  private static List<Map.Entry<String, Object>> withFields(List<Map.Entry<String, Object>> fields, Map<String, Object> set) {
    if (set.isEmpty()) {
      return fields;
    }
    List<Map.Entry<String, Object>> result = new ArrayList<>(fields);
    result.removeIf(field -> set.containsKey(field.getKey()));
    set.forEach((name, value) -> add(result, name, value));
    return result;
  }

  /**
   * The fields of a form body: a map's entries, or a record's components under their JSON names
   * (its additional properties included). Values keep their Java type so that bytes stay bytes.
   */
  static List<Map.Entry<String, Object>> fields(Object body) {
    List<Map.Entry<String, Object>> fields = new ArrayList<>();
    if (body instanceof Map<?, ?> map) {
      map.forEach((key, value) -> add(fields, String.valueOf(key), value));
      return fields;
    }
    if (!body.getClass().isRecord()) {
      throw new IllegalArgumentException("a form body must be a record or a map, was " + body.getClass().getName());
    }
    for (RecordComponent component : body.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(body);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException("cannot read " + component.getName() + " of the request body", e);
      }
      if (component.getAccessor().isAnnotationPresent(JsonAnyGetter.class) && value instanceof Map<?, ?> extra) {
        extra.forEach((key, extraValue) -> add(fields, String.valueOf(key), extraValue));
        continue;
      }
      add(fields, jsonName(component), value);
    }
    return fields;
  }

  /**
   * The component's JSON name. {@code @JsonProperty} does not target record components, so Java
   * puts it on the component's field, accessor and constructor parameter instead.
   */
  private static String jsonName(RecordComponent component) {
    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
    if (property == null) {
      try {
        property = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
      } catch (NoSuchFieldException e) {
        property = null;
      }
    }
    return property != null && !property.value().isEmpty() ? property.value() : component.getName();
  }

  private static void add(List<Map.Entry<String, Object>> fields, String name, Object value) {
    if (value instanceof Collection<?> values) {
      values.stream().filter(java.util.Objects::nonNull).forEach(element -> fields.add(Map.entry(name, element)));
    } else if (value != null) {
      fields.add(Map.entry(name, value));
    }
  }

  private static byte[] form(List<Map.Entry<String, Object>> fields) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Object> field : fields) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(Uris.encode(field.getKey(), true)).append('=').append(Uris.encode(text(field.getValue()), true));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Encoded multipart(List<Map.Entry<String, Object>> fields, JsonCodec codec) {
    String boundary = "clientele-" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, Object> field : fields) {
      String name = field.getKey().replace("\"", "%22").replace("\r", "").replace("\n", "");
      write(out, "--" + boundary + "\r\n");
      if (field.getValue() instanceof byte[] bytes) {
        write(out, "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name + "\"\r\n");
        write(out, "Content-Type: application/octet-stream\r\n\r\n");
        out.writeBytes(bytes);
      } else {
        String text = textOf(field.getValue(), codec);
        write(out, "Content-Disposition: form-data; name=\"" + name + "\"\r\n");
        write(out, "Content-Type: " + (text != null ? "text/plain; charset=UTF-8" : "application/json") + "\r\n\r\n");
        out.writeBytes(text != null ? text.getBytes(StandardCharsets.UTF_8) : json(field.getValue(), codec));
      }
      write(out, "\r\n");
    }
    write(out, "--" + boundary + "--\r\n");
    return new Encoded(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
  }

  /**
   * A multipart field's value as a bare text part, as a form field is written: a scalar, a date,
   * or anything JSON writes as one (a generated enum); null for an object or array, sent as JSON.
   */
  private static @Nullable String textOf(Object value, JsonCodec codec) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof java.time.temporal.TemporalAccessor || value instanceof UUID || value instanceof java.net.URI) {
      return text(value);
    }
    return codec.scalarText(value);
  }

  private static String text(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean
        ? String.valueOf(value)
        : ParameterValues.format(value);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
