package dev.clientele.runtime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Settings for some calls rather than the whole client: {@code client.with(RequestOptions...)}
 * returns a client that uses them and shares everything else.
 *
 * @param timeout the request timeout, or null to keep the client's
 * @param retryPolicy the retry policy, or null to keep the client's
 * @param headers extra headers for these calls
 */
public record RequestOptions(
    @Nullable Duration timeout, @Nullable RetryPolicy retryPolicy, Map<String, String> headers) {

  /**
   * @throws IllegalArgumentException if the timeout is zero or negative, or a header value has a
   *     line break or another control character
   */
  public RequestOptions {
    if (timeout != null) {
      Settings.checkTimeout(timeout, "the timeout");
    }
    headers = Map.copyOf(headers);
    headers.forEach((name, value) -> {
      Credentials.checkHeaderName(name, "the header name");
      Settings.checkHeaderValue(value, "the value of header " + name);
    });
  }

  /** A timeout for each attempt, longer than zero. */
  public static RequestOptions timeout(Duration timeout) {
    return new RequestOptions(timeout, null, Map.of());
  }

  public static RequestOptions retryPolicy(RetryPolicy retryPolicy) {
    return new RequestOptions(null, retryPolicy, Map.of());
  }

  public static RequestOptions header(String name, String value) {
    return new RequestOptions(null, null, Map.of(name, value));
  }

  /** The options, with the values of secret-looking headers (Authorization, cookies, keys, tokens) hidden. */
  @Override
  public String toString() {
    return "RequestOptions[timeout=" + timeout + ", retryPolicy=" + retryPolicy + ", headers="
        + Redaction.headers(headers) + "]";
  }

  /** These options, then {@code other}'s where it sets them. */
  public RequestOptions and(RequestOptions other) {
    Map<String, String> merged = new LinkedHashMap<>(headers);
    merged.putAll(other.headers);
    return new RequestOptions(
        other.timeout != null ? other.timeout : timeout,
        other.retryPolicy != null ? other.retryPolicy : retryPolicy,
        merged);
  }
}
