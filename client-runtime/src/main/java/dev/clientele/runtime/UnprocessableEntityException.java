package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/** The server answered 422 Unprocessable Entity. */
public class UnprocessableEntityException extends ApiResponseException {

  private static final long serialVersionUID = 1L;

  public UnprocessableEntityException(String request, TransportResponse response, @Nullable Object body) {
    super(request, response, body);
  }
}
