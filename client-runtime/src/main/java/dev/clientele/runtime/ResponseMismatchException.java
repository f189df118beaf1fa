package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The server's response did not match the spec: malformed or truncated JSON, or a value whose type
 * does not fit. {@link #path()} says where.
 */
public class ResponseMismatchException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String path;

  public ResponseMismatchException(String request, int status, String path, String message, @Nullable Throwable cause) {
    super(request, "the " + status + " response does not match the spec at " + path + ": " + message, cause);
    this.status = status;
    this.path = path;
  }

  public int status() {
    return status;
  }

  /** Where in the body, as a JSON path: {@code $.contacts[0].date_created}. */
  public String path() {
    return path;
  }
}
