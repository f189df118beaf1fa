package dev.clientele.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * A response body handed over as an {@link InputStream} as soon as the headers are in, and read as
 * it arrives: one batch of buffers is requested at a time, so a slow reader holds the server back
 * instead of filling memory. Closing the stream cancels the exchange (the JDK then closes the
 * connection) and wakes a read that is waiting, which the JDK's own {@code ofInputStream()} does not
 * promise on Java 17; the idle timeout of event streams relies on it.
 */
final class StreamingBody implements HttpResponse.BodySubscriber<InputStream> {

  /** Marks the end of the body, or that it was closed; compared by identity. */
  private static final List<ByteBuffer> END = Collections.unmodifiableList(new ArrayList<>());

  private final BlockingQueue<List<ByteBuffer>> queue = new LinkedBlockingQueue<>();
  private final Input input = new Input();
  private volatile Flow.@Nullable Subscription subscription;
  private volatile @Nullable Throwable failure;
  private volatile boolean closed;

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (closed) {
      subscription.cancel();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    queue.add(buffers);
  }

  @Override
  public void onError(Throwable error) {
    failure = error;
    queue.add(END);
  }

  @Override
  public void onComplete() {
    queue.add(END);
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedFuture(input);
  }

  /** Stops the exchange; a read waiting for bytes fails at once. */
  void close() {
    closed = true;
    Flow.Subscription held = subscription;
    if (held != null) {
      held.cancel();
    }
    queue.add(END);
  }

  private final class Input extends InputStream {
    private @Nullable ByteBuffer current;
    private @Nullable Iterator<ByteBuffer> batch;
    private boolean ended;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (true) {
        if (closed) {
          throw new IOException("the response stream is closed");
        }
        ByteBuffer buffer = current;
        if (buffer != null && buffer.hasRemaining()) {
          int n = Math.min(length, buffer.remaining());
          buffer.get(target, offset, n);
          return n;
        }
        Iterator<ByteBuffer> pending = batch;
        if (pending != null && pending.hasNext()) {
          current = pending.next();
          continue;
        }
        if (ended) {
          Throwable error = failure;
          if (error == null) {
            return -1;
          }
          throw error instanceof IOException io ? io : new IOException(error);
        }
        List<ByteBuffer> next;
        try {
          next = queue.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for the response stream");
        }
        if (next == END) {
          ended = true;
          continue;
        }
        batch = next.iterator();
        Flow.Subscription held = subscription;
        if (held != null) {
          held.request(1);
        }
      }
    }

    @Override
    public void close() {
      StreamingBody.this.close();
    }
  }
}
