package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/** The server answered 403 Forbidden. */
public class ForbiddenException extends ApiResponseException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(String request, TransportResponse response, @Nullable Object body) {
    super(request, response, body);
  }
}
