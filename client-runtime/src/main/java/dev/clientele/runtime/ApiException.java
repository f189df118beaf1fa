package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/**
 * A call failed. Unchecked, like the failures of most Java APIs; catch a subclass for what you
 * can handle: {@link ApiResponseException} (the server answered with an error status, with
 * subclasses per status), {@link ApiTimeoutException}, {@link ApiIoException}, {@link
 * ResponseMismatchException}. Messages never contain credentials.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String request;

  protected ApiException(String request, String message, @Nullable Throwable cause) {
    super(request + ": " + message, cause);
    this.request = request;
  }

  /** The request that failed, as {@code METHOD scheme://host/path} (no query, which may hold keys). */
  public String request() {
    return request;
  }
}
