package dev.clientele.core.parse;

import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.model.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems found in one spec file, so that all of them are reported at once. */
final class Problems {

  private final String file;
  private final List<Diagnostic> all;

  Problems(String file) {
    this(file, new ArrayList<>());
  }

  private Problems(String file, List<Diagnostic> all) {
    this.file = file;
    this.all = all;
  }

  /** Problems of another file (one the spec refers to), reported with this file's. */
  Problems in(String otherFile) {
    return new Problems(otherFile, all);
  }

  void error(String code, String location, String message, String hint) {
    all.add(new Diagnostic(Severity.ERROR, code, file, location, message, hint));
  }

  void warning(String code, String location, String message, String hint) {
    all.add(new Diagnostic(Severity.WARNING, code, file, location, message, hint));
  }

  boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Throws when any error was found, with every problem (errors and warnings) listed. */
  void throwIfErrors() throws SpecProblemsException {
    if (hasErrors()) {
      throw new SpecProblemsException(all);
    }
  }

  List<Diagnostic> all() {
    return List.copyOf(all);
  }
}
