package dev.clientele.core.model;

import java.util.Optional;

/**
 * A declared response.
 *
 * @param status the status code as written ({@code 200}, {@code 4XX}, {@code default})
 * @param description the description, empty when absent
 * @param mediaType the chosen media type, if the response has content
 * @param type the body's type, if the response has content
 * @param eventStream the events, when the response offers {@code text/event-stream} (alone or
 *     beside JSON, as OpenAI's chat completions do)
 */
public record Response(
    String status, String description, Optional<String> mediaType, Optional<TypeRef> type,
    Optional<EventStream> eventStream) {

  /** A response that offers no event stream. */
  public Response(String status, String description, Optional<String> mediaType, Optional<TypeRef> type) {
    this(status, description, mediaType, type, Optional.empty());
  }

  /**
   * A {@code text/event-stream} body.
   *
   * @param dataType the type of each event's JSON data when the spec gives it a schema other than
   *     a plain string; empty for untyped events
   */
  public record EventStream(Optional<TypeRef> dataType) {}

  /** Whether this is a 2xx response. */
  public boolean isSuccess() {
    return status.startsWith("2");
  }
}
