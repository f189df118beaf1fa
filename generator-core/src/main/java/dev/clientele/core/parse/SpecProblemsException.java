package dev.clientele.core.parse;

import dev.clientele.core.model.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** The spec cannot be turned into a model; {@link #problems()} says every reason at once. */
public final class SpecProblemsException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> problems;

  public SpecProblemsException(List<Diagnostic> problems) {
    super(problems.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, errors and warnings, in the order they were found. */
  public List<Diagnostic> problems() {
    return problems;
  }
}
