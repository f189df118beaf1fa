package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/** The server answered 404 Not Found. */
public class NotFoundException extends ApiResponseException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String request, TransportResponse response, @Nullable Object body) {
    super(request, response, body);
  }
}
