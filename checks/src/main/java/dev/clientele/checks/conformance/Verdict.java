package dev.clientele.checks.conformance;

/** How one operation ended. */
sealed interface Verdict {

  /** Prism accepted the request and the client read its answer. */
  record Ok() implements Verdict {}

  /**
   * Prism rejected the request, or the client could not send it.
   *
   * @param violation Prism's words (location and message of each violation), or the client's exception
   */
  record Rejected(String violation) implements Verdict {}

  /**
   * The client could not read Prism's answer, which the spec allows.
   *
   * @param path where in the body, as {@code ResponseMismatchException} says ({@code $.items[0].id})
   * @param message what did not fit
   */
  record Unreadable(String path, String message) implements Verdict {}

  /**
   * Prism cannot judge it (a limit of Prism's or of the spec), with why.
   *
   * @param reason why, on one line
   */
  record NotJudged(String reason) implements Verdict {}
}
