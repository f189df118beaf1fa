package dev.clientele.core.model;

/**
 * A problem found in a spec, said so that a person can fix it: which file, where in it, what is
 * wrong and what to do.
 *
 * @param severity whether generation can go on
 * @param code a stable code for the kind of problem, e.g. {@code unresolved-ref}
 * @param file the spec file, as the user named it
 * @param location a JSON pointer ({@code #/components/schemas/Lead}) or {@code line L, column C}
 * @param message what is wrong
 * @param hint what to do about it; empty when there is nothing useful to say
 */
public record Diagnostic(
    Severity severity, String code, String file, String location, String message, String hint) {

  /** How bad a problem is. */
  public enum Severity {
    /** Generation goes on with a safe fallback. */
    WARNING,
    /** Nothing is generated. */
    ERROR
  }

  /** One line: {@code file at location: message (hint)}. */
  public String format() {
    StringBuilder line = new StringBuilder();
    line.append(severity == Severity.ERROR ? "error: " : "warning: ").append(file);
    if (!location.isEmpty()) {
      line.append(" at ").append(location);
    }
    line.append(": ").append(message);
    if (!hint.isEmpty()) {
      line.append(" — ").append(hint);
    }
    return line.toString();
  }
}
