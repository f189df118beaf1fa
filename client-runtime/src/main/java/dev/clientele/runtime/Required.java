package dev.clientele.runtime;

import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Required values of generated code. Parsing is lenient, so that a server which leaves out a
 * property the spec requires does not make the whole response unreadable; the record's accessor
 * then keeps the promise of its non-null type by throwing, naming the property, rather than
 * returning null. Building is strict: a builder throws, naming every required value not set. Each
 * accessor and each builder makes one call here instead of its own null checks and message.
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

  /**
   * What a builder throws when values it requires are not set. The builder tests its fields for
   * null itself, in one condition (a null checker then sees them set past it), and calls this to
   * name the ones that are not.
   *
   * @param built the name of the type being built ({@code ContactEmail}, {@code ListForRepoParams})
   * @param namesAndValues the name of each required value, then the value, for every one the
   *     builder requires: {@code "email", email, "isUnsubscribed", isUnsubscribed}
   * @return an exception whose message names every value that is null, in the order given
   */
  public static IllegalStateException notSet(String built, @Nullable Object... namesAndValues) {
    StringJoiner missing = new StringJoiner(", ");
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add(String.valueOf(namesAndValues[i]));
      }
    }
    return new IllegalStateException("Cannot build " + built + ": missing required " + missing);
  }
}
