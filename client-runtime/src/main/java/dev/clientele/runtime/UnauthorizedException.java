package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/** The server answered 401 Unauthorized. */
public class UnauthorizedException extends ApiResponseException {

  private static final long serialVersionUID = 1L;

  public UnauthorizedException(String request, TransportResponse response, @Nullable Object body) {
    super(request, response, body);
  }
}
