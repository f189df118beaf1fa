package dev.clientele.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A declared response.
 *
 * @param status the status code as written ({@code 200}, {@code 4XX}, {@code default})
 * @param description the description, empty when absent
 * @param mediaType the chosen media type, if the response has content
 * @param type the body's type, if the response has content
 * @param mediaTypes every media type its content declares, in document order (what a client
 *     accepts); empty when it has none
 */
public record Response(
    String status, String description, Optional<String> mediaType, Optional<TypeRef> type, List<String> mediaTypes) {
  public Response {
    mediaTypes = List.copyOf(mediaTypes);
  }

  /** A response whose content declares one media type, or none. */
  public Response(String status, String description, Optional<String> mediaType, Optional<TypeRef> type) {
    this(status, description, mediaType, type, mediaType.map(List::of).orElse(List.of()));
  }


  /** Whether this is a 2xx response. */
  public boolean isSuccess() {
    return status.startsWith("2");
  }
}
