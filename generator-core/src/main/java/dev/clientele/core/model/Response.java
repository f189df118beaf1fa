package dev.clientele.core.model;

import java.util.Optional;

/**
 * A declared response.
 *
 * @param status the status code as written ({@code 200}, {@code 4XX}, {@code default})
 * @param description the description, empty when absent
 * @param mediaType the chosen media type, if the response has content
 * @param type the body's type, if the response has content
 */
public record Response(
    String status, String description, Optional<String> mediaType, Optional<TypeRef> type) {


  /** Whether this is a 2xx response. */
  public boolean isSuccess() {
    return status.startsWith("2");
  }
}
