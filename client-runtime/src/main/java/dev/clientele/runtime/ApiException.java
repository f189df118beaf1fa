package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/**
 * A call failed. Unchecked, like the failures of most Java APIs; catch a subclass for what you
 * can handle: {@link ApiResponseException} (the server answered with an error status, with
 * subclasses per status), {@link ApiTimeoutException}, {@link ApiIoException}, {@link
 * ResponseMismatchException}. Messages never contain credentials, and control characters from
 * the server (ANSI escapes, line separators) are written as Java unicode escapes so that they cannot
 * forge log lines.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String request;

  protected ApiException(String request, String message, @Nullable Throwable cause) {
    super(SafeText.escape(request + ": " + message), cause);
    this.request = request;
  }

  /** The request that failed, as {@code METHOD scheme://host/path} (no query, which may hold keys). */
  public String request() {
    return request;
  }
}
