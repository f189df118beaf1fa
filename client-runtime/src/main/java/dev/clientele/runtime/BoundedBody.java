package dev.clientele.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * A response body read into memory up to a limit, and abortable: the default transport aborts it
 * when the request's deadline passes, so that a server that sends headers and then trickles or
 * stalls cannot hold a call beyond its timeout. Going past the limit (or a {@code Content-Length}
 * above it) fails with {@link ResponseTooLargeException.Signal} and stops reading.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

  private final long limit;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private volatile Flow.@Nullable Subscription subscription;
  private long received;

  BoundedBody(long limit) {
    this.limit = limit;
  }

  /** A handler whose bodies are bounded, keeping the one it made so that it can be aborted. */
  static final class Handler implements HttpResponse.BodyHandler<byte[]> {
    private final long limit;
    private volatile @Nullable BoundedBody current;
    private volatile @Nullable IOException aborted;

    Handler(long limit) {
      this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
      BoundedBody subscriber = new BoundedBody(limit);
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > limit) {
        subscriber.abort(new ResponseTooLargeException.Signal(limit));
      }
      current = subscriber;
      IOException already = aborted;
      if (already != null) {
        subscriber.abort(already);
      }
      return subscriber;
    }

    /** Stops reading the body, now or as soon as it starts. */
    void abort(IOException reason) {
      aborted = reason;
      BoundedBody subscriber = current;
      if (subscriber != null) {
        subscriber.abort(reason);
      }
    }
  }

  void abort(IOException reason) {
    body.completeExceptionally(reason);
    Flow.Subscription held = subscription;
    if (held != null) {
      held.cancel();
    }
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (body.isDone()) {
      subscription.cancel();
    } else {
      subscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      received += buffer.remaining();
      if (received > limit) {
        abort(new ResponseTooLargeException.Signal(limit));
        return;
      }
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      out.writeBytes(bytes);
    }
  }

  @Override
  public void onError(Throwable error) {
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    body.complete(out.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }
}
