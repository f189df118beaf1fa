package dev.clientele.runtime;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One call's way to its final response: which request to send, and after each answer or failure
 * whether to send again (a retry, or a redirect to follow) or stop. Blocking and async calls drive
 * it alike ({@link #runBlocking()}, {@link AsyncExchange}), so they follow the same rules. Used by
 * one call at a time; never shared.
 */
final class Exchange {

  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

  /** What to do next. */
  sealed interface Step permits Send, Done {}

  /** Send {@link #request()} after waiting. */
  record Send(Duration delay) implements Step {}

  /** The final response. */
  record Done(TransportResponse response) implements Step {}

  private final ClientConfig config;
  private final long started = System.nanoTime();
  private TransportRequest request;
  private int attempt;
  private int hops;
  private int sends;

  Exchange(ClientConfig config, TransportRequest first) {
    this.config = config;
    this.request = first;
  }

  /** The request to send now; call once per send. */
  TransportRequest nextRequest() {
    sends++;
    attempt++;
    return request;
  }

  TransportRequest request() {
    return request;
  }

  /** How the current request is named in messages: method, scheme, host and path. */
  String description() {
    return Uris.describe(request.method(), request.uri());
  }

  /** After a response: retry, follow a redirect, or done. */
  Step afterResponse(TransportResponse response) {
    if (response.body().length > request.maxResponseBytes()) {
      // A transport that does not bound bodies itself: refuse all the same.
      throw new ResponseTooLargeException(description(), request.maxResponseBytes(), tried(), null);
    }
    Optional<Duration> wait = retryAfterResponse(response);
    if (wait.isPresent()) {
      return new Send(wait.get());
    }
    Optional<TransportRequest> next =
        Redirects.next(request, response, hops, config.followCrossOriginRedirects(), description());
    if (next.isPresent()) {
      request = next.get();
      hops++;
      attempt = 0;
      return new Send(Duration.ZERO);
    }
    return new Done(response);
  }

  /**
   * After a failure to get a response: retry, or throw the {@link ApiException} that says what went
   * wrong. A runtime exception (a transport's bug, a bad request it refused) is thrown as it is.
   */
  Step afterFailure(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (!(failure instanceof IOException e)) {
      throw new ApiIoException(description(), "failed: " + failure, failure);
    }
    Optional<Duration> wait = retryAfterFailure(e);
    if (wait.isPresent()) {
      return new Send(wait.get());
    }
    throw Failures.of(description(), request, e, sends, elapsed());
  }

  /** Sends with the configured transport until done, sleeping between attempts. */
  TransportResponse runBlocking() {
    while (true) {
      Step step;
      try {
        step = afterResponse(config.transport().send(nextRequest()));
      } catch (IOException e) {
        step = afterFailure(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiIoException(description(), "interrupted" + tried(), e);
      }
      if (step instanceof Done done) {
        return done.response();
      }
      sleep(((Send) step).delay());
    }
  }

  /**
   * Sends until done as {@link #runBlocking()} does, but returns a success (2xx) as soon as its
   * headers are in, its body unread, for streams. Any other final response (an error) is read
   * whole as usual, at most {@code maxResponseBytes} within what is left of the request timeout,
   * and thrown as the {@link ApiResponseException} for its status.
   */
  StreamingResponse openBlocking(Call<?> call) {
    while (true) {
      Step step;
      long attemptStarted = System.nanoTime();
      try {
        TransportRequest sent = nextRequest();
        StreamingResponse opened = config.transport().open(sent);
        if (opened.status() >= 200 && opened.status() < 300) {
          return opened;
        }
        Duration left = sent.timeout().minusNanos(System.nanoTime() - attemptStarted);
        step = afterResponse(opened.readWhole(sent.maxResponseBytes(), left.isNegative() ? Duration.ZERO : left));
      } catch (IOException e) {
        step = afterFailure(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiIoException(description(), "interrupted" + tried(), e);
      }
      if (step instanceof Done done) {
        Responses.decode(call, done.response(), description(), config.json());
        // Only a 2xx decodes without throwing, and a 2xx was returned above.
        throw new IllegalStateException("unexpected final response " + done.response());
      }
      sleep(((Send) step).delay());
    }
  }

  /** " (3 attempts over 1.2 s)", for messages. */
  String tried() {
    return Failures.tried(sends, elapsed());
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private void sleep(Duration wait) {
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiIoException(description(), "interrupted while waiting to retry" + tried(), e);
    }
  }

  private boolean idempotent() {
    return IDEMPOTENT.contains(request.method());
  }

  /** How long to wait before retrying after an I/O failure, or empty to give up. */
  private Optional<Duration> retryAfterFailure(IOException e) {
    RetryPolicy policy = config.retryPolicy();
    if (attempt >= policy.maxAttempts() || Failures.hopeless(e)) {
      return Optional.empty();
    }
    // Nothing was sent when no connection could be made: safe to resend whatever the method.
    if (Failures.nothingSent(e) || idempotent()) {
      return Optional.of(policy.backoff(attempt, ThreadLocalRandom.current().nextDouble()));
    }
    return Optional.empty();
  }

  /** How long to wait before retrying after a response, or empty to take the response as it is. */
  private Optional<Duration> retryAfterResponse(TransportResponse response) {
    RetryPolicy policy = config.retryPolicy();
    int status = response.status();
    if (attempt >= policy.maxAttempts() || (status < 500 && status != 429)) {
      return Optional.empty();
    }
    if (status == 429 || status == 503) {
      Optional<Duration> asked = RetryAfter.parse(response);
      if (asked.isPresent()) {
        // The server says it did not process the request: even a POST may be resent.
        return asked.get().compareTo(policy.maxRetryAfter()) <= 0 ? asked : Optional.empty();
      }
    }
    return idempotent() ? Optional.of(policy.backoff(attempt, ThreadLocalRandom.current().nextDouble())) : Optional.empty();
  }
}
