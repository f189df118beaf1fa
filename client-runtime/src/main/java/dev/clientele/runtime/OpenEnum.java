package dev.clientele.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value of an open set of strings: the values a spec lists, and any other a server sends later.
 *
 * <p>A Java {@code enum} cannot hold a value it does not declare, yet servers add values over time and
 * a client must not fail on them. A generated open enum extends this class: it declares one constant
 * per listed value and a nested {@code enum Known} to switch over, and parses a value it does not
 * list into an instance that keeps the value as sent, so that it is written back unchanged. Two
 * instances of the same class are equal when their values are.
 *
 * @param <K> the generated {@code Known} enum, one constant per listed value
 */
public abstract class OpenEnum<K extends Enum<K>> {

  private final String value;
  private final @Nullable K known;

  /**
   * An open-enum value.
   *
   * @param value the value as it appears in JSON
   * @param known the listed value it is, or null for a value the spec does not list
   */
  protected OpenEnum(String value, @Nullable K known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /**
   * The value as it appears in JSON.
   *
   * @return the value as sent, listed or not
   */
  @JsonValue
  public final String value() {
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
    return other != null && other.getClass() == getClass() && value.equals(((OpenEnum<?>) other).value);
  }

  /** The value's hash code, so that equal instances hash alike. */
  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The value as it appears in JSON. */
  @Override
  public final String toString() {
    return value;
  }
}
