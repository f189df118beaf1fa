package dev.clientele.core;

import dev.clientele.core.model.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Nothing was generated: the spec or the configuration has problems, all of them listed in {@link
 * #problems()} and in the message, one per line.
 */
public final class GenerationException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> problems;

  public GenerationException(List<Diagnostic> problems) {
    super(problems.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Diagnostic> problems() {
    return problems;
  }
}
