package dev.clientele.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Parses a {@code text/event-stream} body into {@link ServerSentEvent}s as the WHATWG standard says
 * (HTML, "Parsing an event stream"): UTF-8, one leading BOM dropped, lines ending in CRLF, LF or a
 * lone CR (also when a CRLF is split between two reads), {@code field: value} with one space after
 * the colon dropped, a field without colon has an empty value, lines starting with a colon are
 * comments, an empty line dispatches the event unless its data is empty, {@code id} with a NUL is
 * ignored, {@code retry} counts only when it is all ASCII digits, and an event the stream ends in
 * the middle of is discarded.
 *
 * <p>Nothing bounds a stream's length, but each event is bounded: a line or an event's data longer
 * than {@code maxEventBytes} fails with {@link ResponseTooLargeException.Signal}.
 */
final class EventStreamReader {

  private final InputStream in;
  private final long maxEventBytes;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final StringBuilder data = new StringBuilder();
  private @Nullable String eventType;
  private @Nullable String lastEventId;
  private @Nullable Duration retry;
  private boolean firstLine = true;
  private boolean skipLineFeed;
  private boolean ended;

  /** {@code in} should be buffered: it is read a byte at a time. */
  EventStreamReader(InputStream in, long maxEventBytes) {
    this.in = in;
    this.maxEventBytes = maxEventBytes;
  }

  /** The next event, or null at the end of the stream. */
  @Nullable ServerSentEvent next() throws IOException {
    while (!ended) {
      String text = readLine();
      if (text == null) {
        ended = true;
        return null;
      }
      ServerSentEvent event = process(text);
      if (event != null) {
        return event;
      }
    }
    return null;
  }

  /** A line without its end, or null at the end of the stream (a last line without end is dropped). */
  private @Nullable String readLine() throws IOException {
    line.reset();
    while (true) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (b == '\n') {
          continue;
        }
      }
      if (b == '\r' || b == '\n') {
        skipLineFeed = b == '\r';
        String text = line.toString(StandardCharsets.UTF_8);
        if (firstLine) {
          firstLine = false;
          if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
          }
        }
        return text;
      }
      if (line.size() + (long) data.length() >= maxEventBytes) {
        throw new ResponseTooLargeException.Signal(maxEventBytes);
      }
      line.write(b);
    }
  }

  /** Applies one line; returns the event it dispatches, if any. */
  private @Nullable ServerSentEvent process(String text) {
    if (text.isEmpty()) {
      return dispatch();
    }
    if (text.charAt(0) == ':') {
      return null;
    }
    int colon = text.indexOf(':');
    String field = colon < 0 ? text : text.substring(0, colon);
    String value = colon < 0 ? "" : text.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    switch (field) {
      case "event" -> eventType = value;
      case "data" -> data.append(value).append('\n');
      case "id" -> {
        if (value.indexOf('\0') < 0) {
          lastEventId = value;
        }
      }
      case "retry" -> {
        if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9') && value.length() <= 18) {
          retry = Duration.ofMillis(Long.parseLong(value));
        }
      }
      default -> {
        // Unknown fields are ignored, as the standard says.
      }
    }
    return null;
  }

  private @Nullable ServerSentEvent dispatch() {
    String type = eventType == null || eventType.isEmpty() ? "message" : eventType;
    eventType = null;
    if (data.length() == 0) {
      return null;
    }
    String text = data.substring(0, data.length() - 1);
    data.setLength(0);
    return new ServerSentEvent(type, text, lastEventId, retry);
  }
}
