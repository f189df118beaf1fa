package dev.clientele.checks.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.clientele.core.parse.JsonPointers;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a parsed object holds a union's {@code Unknown}: the fallback for a payload that is
 * none of the union's variants. It walks the records, lists and maps that generated classes parse
 * into, keeping the JSON pointer of each value by its wire name.
 */
final class UnknownFallbacks {

  /**
   * One fallback.
   *
   * @param path where in the parsed value, as a JSON pointer ({@code /messages/0})
   * @param union the sealed interface the {@code Unknown} belongs to
   */
  record Fallback(String path, Class<?> union) {}

  private static final int MAX_DEPTH = 64;

  private UnknownFallbacks() {}

  static List<Fallback> in(Object parsed) {
    List<Fallback> found = new ArrayList<>();
    walk(parsed, "", 0, found, new IdentityHashMap<>());
    return found;
  }

  private static void walk(Object value, String path, int depth, List<Fallback> found, Map<Object, Boolean> seen) {
    if (value == null || depth > MAX_DEPTH || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "/" + i, depth + 1, found, seen);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> walk(item, path + "/" + JsonPointers.escape(String.valueOf(key)), depth + 1, found, seen));
    } else if (value.getClass().isRecord()) {
      Class<?> type = value.getClass();
      Class<?> enclosing = type.getEnclosingClass();
      if (type.getSimpleName().equals("Unknown") && enclosing != null && enclosing.isInterface() && enclosing.isSealed()) {
        found.add(new Fallback(path, enclosing));
        return;
      }
      for (RecordComponent component : type.getRecordComponents()) {
        Object item = read(component, value);
        Field field = field(type, component.getName());
        JsonProperty property = field == null ? null : field.getAnnotation(JsonProperty.class);
        if (property != null) {
          walk(item, path + "/" + JsonPointers.escape(property.value()), depth + 1, found, seen);
        } else if (item instanceof Map<?, ?> || (field != null && field.isAnnotationPresent(JsonValue.class))
            || component.getAccessor().isAnnotationPresent(JsonValue.class)) {
          // The additional properties (keys are wire names), or the value a value record stands for.
          walk(item, path, depth + 1, found, seen);
        }
      }
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return null; // an accessor that throws (a required property the payload lacks) hides nothing parsed
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }
}
