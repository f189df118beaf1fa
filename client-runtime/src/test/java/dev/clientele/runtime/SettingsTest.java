package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Settings fail where they are made, with a message naming the setting, not at the first call. */
class SettingsTest {

  private static void assertRefused(Class<? extends RuntimeException> type, String message, Executable setting) {
    assertEquals(message, assertThrows(type, setting).getMessage());
  }

  @Test
  @DisplayName("retry policies with negative, null or inverted durations are refused when made")
  void retryPolicy() {
    RetryPolicy defaults = RetryPolicy.defaults();
    assertRefused(IllegalArgumentException.class, "initialBackoff must not be negative, was PT-1S",
        () -> defaults.withBackoff(Duration.ofSeconds(-1), Duration.ofSeconds(1)));
    assertRefused(NullPointerException.class, "maxBackoff is null", () -> defaults.withBackoff(Duration.ZERO, null));
    assertRefused(IllegalArgumentException.class, "initialBackoff (PT5S) must not be longer than maxBackoff (PT1S)",
        () -> defaults.withBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)));
    assertRefused(NullPointerException.class, "maxRetryAfter is null", () -> defaults.withMaxRetryAfter(null));
    assertRefused(IllegalArgumentException.class, "maxAttempts must be at least 1, was 0", () -> defaults.withMaxAttempts(0));
  }

  @Test
  @DisplayName("zero, negative or null timeouts are refused by the builder and by RequestOptions")
  void timeouts() {
    ClientConfig.Builder builder = ClientConfig.builder("https://api.example.com");
    assertRefused(IllegalArgumentException.class, "requestTimeout must be longer than zero, was PT0S",
        () -> builder.requestTimeout(Duration.ZERO));
    assertRefused(IllegalArgumentException.class, "connectTimeout must be longer than zero, was PT-1S",
        () -> builder.connectTimeout(Duration.ofSeconds(-1)));
    assertRefused(NullPointerException.class, "requestTimeout is null", () -> builder.requestTimeout(null));
    assertRefused(IllegalArgumentException.class, "the timeout must be longer than zero, was PT0S",
        () -> RequestOptions.timeout(Duration.ZERO));
  }

  @Test
  @DisplayName("other builder settings are checked too: nulls, the response limit, default headers, the base URL")
  void otherSettings() {
    ClientConfig.Builder builder = ClientConfig.builder("https://api.example.com");
    assertRefused(NullPointerException.class, "retryPolicy is null; use RetryPolicy.none()", () -> builder.retryPolicy(null));
    assertRefused(IllegalArgumentException.class, "maxResponseBytes must be between 1 and 2147483639, was 0",
        () -> builder.maxResponseBytes(0));
    assertRefused(IllegalArgumentException.class,
        "the value of default header X-Team has a character a header cannot carry (U+000A) at character 5",
        () -> builder.defaultHeader("X-Team", "core\n"));
    assertRefused(IllegalArgumentException.class,
        "the base URL must be an absolute http(s) URL (https://…), was: ftp://example.com",
        () -> ClientConfig.builder("ftp://example.com").build());
  }
}
