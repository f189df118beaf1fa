package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The request could not be sent or the response could not be read: connection refused, reset or
 * closed mid-body, a name that did not resolve, a TLS handshake that failed. The message says which
 * in words, with how many attempts were made over how long; the JDK's exception is the cause.
 */
public class ApiIoException extends ApiException {

  private static final long serialVersionUID = 1L;

  public ApiIoException(String request, String message, @Nullable Throwable cause) {
    super(request, message, cause);
  }
}
