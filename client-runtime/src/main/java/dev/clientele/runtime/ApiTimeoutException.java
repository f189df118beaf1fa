package dev.clientele.runtime;

/** The server did not answer in time. A POST that timed out may still have been processed. */
public class ApiTimeoutException extends ApiIoException {

  private static final long serialVersionUID = 1L;

  public ApiTimeoutException(String request, String message, Throwable cause) {
    super(request, message, cause);
  }
}
