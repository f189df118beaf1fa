package dev.clientele.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A success response with everything the server sent: status, headers (rate limits, {@code Link},
 * a request id) and the decoded body. {@link ApiClient#executeRaw} returns one; errors still throw
 * {@link ApiResponseException}, which carries the same.
 *
 * @param statusCode the status code (2xx)
 * @param headers header name → values, names compared without regard to case; unmodifiable
 * @param body the decoded body: null for {@code Void} or an empty body
 * @param <T> the type of the body
 */
public record RawResponse<T>(int statusCode, Map<String, List<String>> headers, @Nullable T body) {

  public RawResponse {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
  }

  /** The first value of a header, looked up without regard to case. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The id the server gave the request ({@code X-Request-Id}, {@code Request-Id} and the like), if it sent one. */
  public Optional<String> requestId() {
    return RequestIds.find(this::header);
  }

  /** Status and header names; the body and header values are left out (they may hold personal data). */
  @Override
  public String toString() {
    return "RawResponse[HTTP " + statusCode + ", headers " + headers.keySet() + "]";
  }
}
