package dev.clientele.runtime;

import java.time.Duration;
import java.util.Objects;

/** Checks settings where they are made, with messages naming the setting. */
final class Settings {

  private Settings() {}

  /** A timeout: not null, longer than zero. */
  static Duration checkTimeout(Duration timeout, String name) {
    Objects.requireNonNull(timeout, () -> name + " is null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(name + " must be longer than zero, was " + timeout);
    }
    return timeout;
  }

  /** A duration that may be zero but not negative. */
  static Duration checkNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, () -> name + " is null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + duration);
    }
    return duration;
  }

  /** A header value without line breaks or other control characters (tabs aside). */
  static String checkHeaderValue(String value, String what) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
        throw new IllegalArgumentException(String.format(
            "%s has a character a header cannot carry (U+%04X) at character %d", what, (int) c, i + 1));
      }
    }
    return value;
  }
}
