package dev.clientele.runtime;

/** The request could not be sent or the response could not be read (connection refused, reset…). */
public class ApiIoException extends ApiException {

  private static final long serialVersionUID = 1L;

  public ApiIoException(String request, String message, Throwable cause) {
    super(request, message, cause);
  }
}
