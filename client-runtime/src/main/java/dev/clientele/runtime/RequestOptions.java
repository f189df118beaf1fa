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

  public RequestOptions {
    headers = Map.copyOf(headers);
  }

  public static RequestOptions timeout(Duration timeout) {
    return new RequestOptions(timeout, null, Map.of());
  }

  public static RequestOptions retryPolicy(RetryPolicy retryPolicy) {
    return new RequestOptions(null, retryPolicy, Map.of());
  }

  public static RequestOptions header(String name, String value) {
    return new RequestOptions(null, null, Map.of(name, value));
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
