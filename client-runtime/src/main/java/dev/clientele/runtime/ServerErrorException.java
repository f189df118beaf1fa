package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/** The server answered 5xx server error. */
public class ServerErrorException extends ApiResponseException {

  private static final long serialVersionUID = 1L;

  public ServerErrorException(String request, TransportResponse response, @Nullable Object body) {
    super(request, response, body);
  }
}
