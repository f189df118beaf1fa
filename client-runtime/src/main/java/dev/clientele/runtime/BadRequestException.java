package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/** The server answered 400 Bad Request. */
public class BadRequestException extends ApiResponseException {

  private static final long serialVersionUID = 1L;

  public BadRequestException(String request, TransportResponse response, @Nullable Object body) {
    super(request, response, body);
  }
}
