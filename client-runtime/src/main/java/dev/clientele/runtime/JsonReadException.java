package dev.clientele.runtime;

import java.io.IOException;

/**
 * JSON that a {@link JsonCodec} could not read as the type asked for: malformed, too deep, or not
 * matching the type. The runtime turns it into a {@link ResponseMismatchException}.
 */
public final class JsonReadException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String detail;

  /**
   * @param path where in the document reading failed, as {@code $.items[2].id}; {@code $} for the whole
   * @param detail the library's reason, without its location suffix
   * @param cause the library's exception
   */
  public JsonReadException(String path, String detail, Throwable cause) {
    super(detail, cause);
    this.path = path;
    this.detail = detail;
  }

  /** Where in the document reading failed, as {@code $.items[2].id}. */
  public String path() {
    return path;
  }

  /** The library's reason, without the location it appends to its own messages. */
  public String detail() {
    return detail;
  }
}
