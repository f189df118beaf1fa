package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The response body was larger than the client's limit ({@link ClientConfig#maxResponseBytes()},
 * default 100 MiB), so reading stopped there instead of running out of memory. The limit holds for
 * every body, binary downloads ({@code byte[]}) included; raise it with the client builder's
 * {@code maxResponseBytes(…)} if larger bodies are expected.
 */
public class ResponseTooLargeException extends ApiIoException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  /** {@code tried} says how many attempts were made over how long, e.g. {@code " (1 attempt over 0.2 s)"}. */
  ResponseTooLargeException(String request, long limit, String tried, @Nullable Throwable cause) {
    super(request, "the response body is larger than the limit of " + size(limit)
        + "; reading stopped there. If such bodies are expected, raise the limit with maxResponseBytes(…) on the"
        + " client builder" + tried, cause);
    this.limit = limit;
  }

  /** The limit, in bytes. */
  public long limit() {
    return limit;
  }

  static String size(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB (" + bytes + " bytes)";
    }
    return bytes + " bytes";
  }

  /**
   * What a {@link Transport} throws when a body goes beyond {@link TransportRequest#maxResponseBytes()};
   * the client turns it into a {@link ResponseTooLargeException} and does not retry.
   */
  public static final class Signal extends java.io.IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public Signal(long limit) {
      super("the response body is larger than " + size(limit));
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }
}
