package dev.clientele.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value of an open set of 64-bit integers: the values a spec lists, and any other a server sends
 * later.
 *
 * <p>The integer counterpart of {@link OpenEnum}: a generated open enum of {@code int64} values
 * extends this class, declares one constant per listed value and a nested {@code enum Known}, and
 * keeps a value it does not list as sent. Two instances of the same class are equal when their
 * values are.
 *
 * @param <K> the generated {@code Known} enum, one constant per listed value
 */
public abstract class OpenLongEnum<K extends Enum<K>> {

  private final long value;
  private final @Nullable K known;

  /**
   * An open-enum value.
   *
   * @param value the value as it appears in JSON
   * @param known the listed value it is, or null for a value the spec does not list
   */
  protected OpenLongEnum(long value, @Nullable K known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The value as it appears in JSON.
   *
   * @return the value as sent, listed or not
   */
  @JsonValue
  public final long value() {
    return value;
  }

  /**
   * The listed value this is, or empty for a value the spec does not list.
   *
   * @return the {@code Known} constant, for {@code switch} statements
   */
  public final Optional<K> known() {
    return Optional.ofNullable(known);
  }

  /**
   * Whether the spec lists this value.
   *
   * @return true for a listed value, false for one the spec does not list
   */
  public final boolean isKnown() {
    return known != null;
  }

  /** Equal to an instance of the same open enum with the same value, listed or not. */
  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null && other.getClass() == getClass() && value == ((OpenLongEnum<?>) other).value;
  }

  /** The value's hash code, so that equal instances hash alike. */
  @Override
  public final int hashCode() {
    return Long.hashCode(value);
  }

  /** The value as it appears in JSON. */
  @Override
  public final String toString() {
    return Long.toString(value);
  }
}
