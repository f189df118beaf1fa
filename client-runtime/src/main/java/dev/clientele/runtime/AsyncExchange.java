package dev.clientele.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Drives an {@link Exchange} without blocking. The future it returns is the one the caller holds,
 * so cancelling it is seen here: no further attempt starts, a pending retry wait is dropped, and
 * the request in flight is cancelled (which the default transport turns into closing the
 * connection).
 */
final class AsyncExchange<T> {

  private final Exchange exchange;
  private final Transport transport;
  private final Function<TransportResponse, T> decode;
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private volatile @Nullable Future<?> inFlight;

  private AsyncExchange(Exchange exchange, Transport transport, Function<TransportResponse, T> decode) {
    this.exchange = exchange;
    this.transport = transport;
    this.decode = decode;
  }

  /** Starts the exchange; the future completes with the decoded response or fails with an {@link ApiException}. */
  static <T> CompletableFuture<T> start(Exchange exchange, Transport transport, Function<TransportResponse, T> decode) {
    AsyncExchange<T> async = new AsyncExchange<>(exchange, transport, decode);
    async.result.whenComplete((value, error) -> {
      Future<?> pending = async.inFlight;
      if (async.result.isCancelled() && pending != null) {
        pending.cancel(true);
      }
    });
    async.send();
    return async.result;
  }

  private void send() {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<TransportResponse> sent;
    try {
      sent = transport.sendAsync(exchange.nextRequest());
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    inFlight = sent;
    if (result.isDone()) {
      // Cancelled while this attempt started: the listener may have seen the previous one.
      sent.cancel(true);
      return;
    }
    sent.whenComplete((response, error) -> {
      try {
        Exchange.Step step = error == null ? exchange.afterResponse(response) : exchange.afterFailure(unwrap(error));
        if (step instanceof Exchange.Done done) {
          result.complete(decode.apply(done.response()));
        } else if (((Exchange.Send) step).delay().isZero()) {
          send();
        } else {
          inFlight = Timers.schedule(this::send, ((Exchange.Send) step).delay());
          if (result.isDone()) {
            inFlight.cancel(false);
          }
        }
      } catch (Throwable failure) {
        result.completeExceptionally(failure);
      }
    });
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
