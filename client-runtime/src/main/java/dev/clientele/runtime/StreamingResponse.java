package dev.clientele.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An HTTP response whose body is read as it arrives, for streams such as Server-Sent Events. Close
 * it when done: that closes the connection if the body was not read to its end.
 */
public final class StreamingResponse implements Closeable {

  private final int status;
  private final Map<String, List<String>> headers;
  private final InputStream body;

  /**
   * @param body the body as it arrives; closing it must stop the exchange and make a read that is
   *     waiting for bytes return or fail at once
   */
  public StreamingResponse(int status, Map<String, List<String>> headers, InputStream body) {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.status = status;
    this.headers = copy;
    this.body = body;
  }

  /** A response read whole already, for transports that cannot stream. */
  public static StreamingResponse of(TransportResponse response) {
    return new StreamingResponse(response.status(), response.headers(), new ByteArrayInputStream(response.body()));
  }

  public int status() {
    return status;
  }

  /** The headers, names compared without regard to case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body as it arrives. */
  public InputStream body() {
    return body;
  }

  /** Stops reading and closes the connection if the body was not read to its end. */
  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      // Nothing more to read either way.
    }
  }

  /**
   * Reads the whole body (an error's, before a stream starts) and closes: at most {@code limit}
   * bytes (else {@link ResponseTooLargeException.Signal}) within {@code timeout} (else {@link
   * HttpTimeoutException}), so that a server that trickles an error body cannot hold the call.
   */
  TransportResponse readWhole(long limit, Duration timeout) throws IOException {
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> deadline = Timers.schedule(() -> {
      expired.set(true);
      close();
    }, timeout);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (this) {
      byte[] buffer = new byte[8192];
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        if (out.size() + (long) n > limit) {
          throw new ResponseTooLargeException.Signal(limit);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      if (expired.get()) {
        throw new HttpTimeoutException("no complete response within " + timeout.toMillis() + " ms");
      }
      throw e;
    } finally {
      deadline.cancel(false);
    }
    if (expired.get()) {
      throw new HttpTimeoutException("no complete response within " + timeout.toMillis() + " ms");
    }
    return new TransportResponse(status, headers, out.toByteArray());
  }

  @Override
  public String toString() {
    return "HTTP " + status + " (streaming)";
  }
}
