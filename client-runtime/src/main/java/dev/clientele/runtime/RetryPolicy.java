package dev.clientele.runtime;

import java.time.Duration;

/**
 * When and how long to wait before trying a request again.
 *
 * <ul>
 *   <li>429 and 503 with a {@code Retry-After} header (seconds or an HTTP date) are retried after
 *       that wait, if it is at most {@link #maxRetryAfter()}: the server says it did not process the
 *       request, so even a POST is safe to resend.
 *   <li>Other 5xx responses, 429/503 without {@code Retry-After}, timeouts and I/O failures are
 *       retried with exponential backoff and jitter, but only for idempotent methods (GET, HEAD,
 *       PUT, DELETE, OPTIONS): a POST that may have reached the server is never sent twice.
 *   <li>A connection that could not be made is retried for every method: nothing was sent.
 * </ul>
 *
 * @param maxAttempts how many times a request may be sent in all (1 means no retries)
 * @param initialBackoff the wait before the first retry, doubled for each further one
 * @param maxBackoff the longest backoff wait
 * @param maxRetryAfter the longest {@code Retry-After} the client will honour; a longer one fails
 *     the call with the server's answer
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

  /**
   * @throws IllegalArgumentException if maxAttempts is below 1, a duration is negative, or the
   *     initial backoff is longer than the longest
   * @throws NullPointerException if a duration is null
   */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    Settings.checkNotNegative(initialBackoff, "initialBackoff");
    Settings.checkNotNegative(maxBackoff, "maxBackoff");
    Settings.checkNotNegative(maxRetryAfter, "maxRetryAfter");
    if (initialBackoff.compareTo(maxBackoff) > 0) {
      throw new IllegalArgumentException(
          "initialBackoff (" + initialBackoff + ") must not be longer than maxBackoff (" + maxBackoff + ")");
    }
  }

  /** Up to 3 attempts, backoff from 250 ms to 8 s, Retry-After honoured up to 60 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofSeconds(60));
  }

  /** Every request is sent once. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxAttempts, initial, max, maxRetryAfter);
  }

  public RetryPolicy withMaxRetryAfter(Duration max) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, max);
  }

  /** The backoff before retry number {@code retry} (1 for the first), with up to half of it jittered away. */
  Duration backoff(int retry, double random) {
    long base = initialBackoff.toMillis() << Math.min(retry - 1, 20);
    long capped = Math.min(base, maxBackoff.toMillis());
    return Duration.ofMillis((long) (capped * (0.5 + random / 2)));
  }
}
