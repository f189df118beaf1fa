package dev.clientele.runtime;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The events of a streaming call ({@code text/event-stream}), read lazily as the server sends
 * them: iterate it once, or {@link #stream()} it, and close it — try-with-resources — to close the
 * connection (HTTP/1.1; over HTTP/2 the stream is reset) when you stop early. It closes itself at the end of the stream and after an error.
 *
 * <pre>{@code
 * try (EventStream<ChatCompletionChunk> chunks = openai.chat().completions().createStreaming(params)) {
 *   for (ChatCompletionChunk chunk : chunks) { ... }
 * }
 * }</pre>
 *
 * <p>The client's request timeout bounds the wait for the response headers only. After that the
 * stream may last as long as the server keeps it alive; what bounds it is the <em>idle</em> timeout
 * ({@code streamIdleTimeout} on the client builder, default 60 s): the longest wait for the next
 * bytes — an event or a keep-alive comment — after which reading fails with {@link
 * ApiTimeoutException} and the connection is closed. Each event, not the whole stream, is bounded
 * by {@code maxResponseBytes}. Failures while reading are unchecked {@link ApiException}s, thrown by
 * {@code hasNext()}/{@code next()}; nothing is retried once events have started.
 *
 * @param <E> the event type: {@link ServerSentEvent}, or the type each event's JSON data is decoded into
 */
public final class EventStream<E> implements Iterable<E>, AutoCloseable {

  /**
   * Turns an event into an element: empty to end the stream (a sentinel such as OpenAI's {@code
   * [DONE]}), null to skip the event.
   */
  interface Decoder<E> {
    @Nullable Optional<E> decode(ServerSentEvent event, int index);
  }

  private final StreamingResponse response;
  private final IdleInput input;
  private final EventStreamReader reader;
  private final Decoder<E> decoder;
  private final String description;
  private final long maxEventBytes;
  private volatile boolean closed;
  private boolean iterating;
  private @Nullable E ahead;
  private boolean finished;
  private int read;

  EventStream(StreamingResponse response, Duration idleTimeout, long maxEventBytes, String description, Decoder<E> decoder) {
    this.response = response;
    this.input = new IdleInput(response.body(), idleTimeout, response::close);
    this.reader = new EventStreamReader(new BufferedInputStream(input, 8192), maxEventBytes);
    this.decoder = decoder;
    this.description = description;
    this.maxEventBytes = maxEventBytes;
  }

  /** The response's status code (2xx). */
  public int statusCode() {
    return response.status();
  }

  /** The response headers, names compared without regard to case. */
  public Map<String, List<String>> headers() {
    return response.headers();
  }

  /** The first value of a response header. */
  public Optional<String> header(String name) {
    return response.header(name);
  }

  /** The id the server gave the request ({@code X-Request-Id} and the like), if it sent one. */
  public Optional<String> requestId() {
    return RequestIds.find(response::header);
  }

  /**
   * The events, read as they come; {@code hasNext()} waits for the next one.
   *
   * @throws IllegalStateException if called a second time: the events are read only once
   */
  @Override
  public synchronized Iterator<E> iterator() {
    if (iterating) {
      throw new IllegalStateException("an event stream can be iterated only once");
    }
    iterating = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return advance();
      }

      @Override
      public E next() {
        if (!advance()) {
          throw new NoSuchElementException("the event stream has ended");
        }
        E element = ahead;
        ahead = null;
        return element;
      }
    };
  }

  /** The events as a sequential {@link Stream}; closing it closes this. */
  public Stream<E> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  /** Stops reading and closes the connection; a read waiting in another thread ends the stream. */
  @Override
  public void close() {
    closed = true;
    finished = true;
    input.disarm();
    response.close();
  }

  private boolean advance() {
    while (ahead == null && !finished) {
      ServerSentEvent event = readEvent();
      if (event == null) {
        close();
        break;
      }
      @Nullable Optional<E> element;
      try {
        element = decoder.decode(event, read++);
      } catch (RuntimeException e) {
        close();
        throw e;
      }
      if (element == null) {
        continue;
      }
      if (element.isEmpty()) {
        close();
        break;
      }
      ahead = element.get();
    }
    return ahead != null;
  }

  private @Nullable ServerSentEvent readEvent() {
    try {
      return reader.next();
    } catch (IOException e) {
      boolean stoppedHere = closed;
      close();
      if (stoppedHere) {
        return null;
      }
      throw failure(e);
    }
  }

  private ApiException failure(IOException e) {
    String after = " (after " + read + (read == 1 ? " event)" : " events)");
    if (input.expired()) {
      return new ApiTimeoutException(description, "no event or keep-alive within the stream's idle timeout of "
          + input.timeout.toMillis() + " ms" + after + "; raise streamIdleTimeout on the client builder if the server"
          + " pauses longer", e);
    }
    if (e instanceof ResponseTooLargeException.Signal) {
      return new ResponseTooLargeException(description, "an event of the stream is larger than the limit of "
          + ResponseTooLargeException.size(maxEventBytes) + "; reading stopped there. If such events are expected,"
          + " raise the limit with maxResponseBytes(…) on the client builder" + after, maxEventBytes, e);
    }
    return new ApiIoException(description, "the event stream broke off: " + SafeText.escape(String.valueOf(e.getMessage()))
        + after, e);
  }

  /**
   * Fails a read that waits longer than the idle timeout, by closing the response (which wakes the
   * read) from the runtime's timer thread.
   */
  private static final class IdleInput extends FilterInputStream {
    private final Duration timeout;
    private final Runnable onExpiry;
    private volatile boolean expired;
    private volatile @Nullable ScheduledFuture<?> alarm;

    IdleInput(InputStream in, Duration timeout, Runnable onExpiry) {
      super(in);
      this.timeout = timeout;
      this.onExpiry = onExpiry;
    }

    boolean expired() {
      return expired;
    }

    void disarm() {
      ScheduledFuture<?> held = alarm;
      if (held != null) {
        held.cancel(false);
      }
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      alarm = Timers.schedule(() -> {
        expired = true;
        onExpiry.run();
      }, timeout);
      try {
        int n = super.read(target, offset, length);
        if (expired) {
          throw new IOException("idle timeout");
        }
        return n;
      } finally {
        disarm();
      }
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }
  }
}
