package dev.clientele.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The copies a generated record keeps of the lists and maps it is given, so that it is immutable
 * whoever made it: Jackson, a builder or the caller of its constructor. Unlike {@code List.copyOf},
 * a copy keeps null elements (JSON arrays may hold nulls) and the order of a map's keys (the
 * order the server sent them). Each record component is one call here, which also spares javac
 * the inference of a conditional around a generic copy in every record.
 */
public final class Copies {

  private Copies() {}

  /**
   * An unmodifiable copy of a list, or null.
   *
   * @param values the list as given, or null when the property is not set
   * @param <E> the element type
   * @return a copy that cannot be changed, in the same order, null elements kept; null if
   *     {@code values} is null
   */
  public static <E extends @Nullable Object> @Nullable List<E> list(@Nullable List<E> values) {
    return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }

  /**
   * An unmodifiable copy of a map, or null.
   *
   * @param values the map as given, or null when the property is not set
   * @param <V> the value type
   * @return a copy that cannot be changed, with the keys in the same order; null if {@code values}
   *     is null
   */
  public static <V extends @Nullable Object> @Nullable Map<String, V> map(@Nullable Map<String, V> values) {
    return values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * An unmodifiable copy of the properties a record's schema does not declare, empty when there
   * are none.
   *
   * @param properties the properties by wire name, or null when none were given
   * @param <V> the value type
   * @return a copy that cannot be changed, with the keys in the same order, never null
   */
  public static <V extends @Nullable Object> Map<String, V> additionalProperties(@Nullable Map<String, V> properties) {
    return properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
