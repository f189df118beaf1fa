package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Reads a required property of a generated record. Parsing is lenient, so that a server which
 * leaves out a property the spec requires does not make the whole response unreadable; the record's
 * accessor then keeps the promise of its non-null type by throwing, naming the property, rather than
 * returning null. Every such accessor is one call here instead of its own null check and message.
 */
public final class Required {

  private Required() {}

  /**
   * The value of a required property, checked to be there.
   *
   * @param value the record component as parsed, null when the server did not send it
   * @param owner the record's name as the generated code spells it, nested names joined by dots
   *     ({@code Coupon}, {@code Coupon.AppliesTo})
   * @param wireName the property's name in JSON
   * @param <T> the component's type
   * @return {@code value}, which is not null
   * @throws IllegalStateException if {@code value} is null: the server did not send the property,
   *     though the spec requires it
   */
  public static <T> T present(@Nullable T value, String owner, String wireName) {
    if (value == null) {
      throw new IllegalStateException(
          owner + "." + wireName + " is missing: the server did not send it, though the spec requires it");
    }
    return value;
  }
}
