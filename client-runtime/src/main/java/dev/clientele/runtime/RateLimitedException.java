package dev.clientele.runtime;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server answered 429 Too Many Requests, and the retry policy did not (or could no longer)
 * wait: {@link #retryAfter()} says how long the server asked to wait.
 */
public class RateLimitedException extends ApiResponseException {

  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  public RateLimitedException(String request, TransportResponse response, @Nullable Object body) {
    super(request, response, body);
    this.retryAfter = RetryAfter.parse(response).orElse(null);
  }

  /** The wait the server asked for in {@code Retry-After}, if it did. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
