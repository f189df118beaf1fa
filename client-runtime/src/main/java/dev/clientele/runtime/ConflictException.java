package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/** The server answered 409 Conflict. */
public class ConflictException extends ApiResponseException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String request, TransportResponse response, @Nullable Object body) {
    super(request, response, body);
  }
}
