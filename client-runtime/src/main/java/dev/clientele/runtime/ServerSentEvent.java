package dev.clientele.runtime;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of a {@code text/event-stream} response, as the WHATWG HTML standard's event-stream
 * parsing defines it (section 9.2.6): the {@code data} lines of the event joined with {@code \n},
 * its {@code event} type, and the stream's last event id and reconnection time as they stand when
 * it is dispatched. Comments ({@code : keep-alive}) and unknown fields are not events.
 *
 * @param event the event type: the {@code event} field, or {@code "message"} when it has none
 * @param data the data, possibly empty, without the final line break
 * @param id the last event id the stream set (ids persist from event to event), or null if none
 * @param retry the reconnection time the stream asked for last, or null if it asked for none
 */
public record ServerSentEvent(String event, String data, @Nullable String id, @Nullable Duration retry) {

  public ServerSentEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(data, "data");
  }

  /** The data, in a message: at most 200 characters, control characters escaped. */
  @Override
  public String toString() {
    String shown = data.length() > 200 ? data.substring(0, 200) + "…" : data;
    return "ServerSentEvent[event=" + SafeText.escape(event) + ", id=" + (id == null ? null : SafeText.escape(id))
        + ", retry=" + retry + ", data=" + SafeText.escape(shown) + "]";
  }
}
