package dev.clientele.maven;

import dev.clientele.core.GenerationResult;
import dev.clientele.core.IncrementalGeneration.Generated;
import dev.clientele.core.IncrementalGeneration.Outcome;
import dev.clientele.core.IncrementalGeneration.UpToDate;
import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.model.Diagnostic.Severity;
import java.util.List;
import java.util.Locale;

/** The lines the goal logs: one per run, and the failure message listing a spec's problems. */
final class Summary {

  private Summary() {}

  /**
   * {@code clientele: api.yaml → 41 files (3 written, 38 unchanged, 1 deleted) in 0.4 s}, or
   * {@code clientele: api.yaml is up to date (41 files) in 12 ms}.
   */
  static String of(String specName, Outcome outcome, long nanos) {
    if (outcome instanceof UpToDate upToDate) {
      return String.format(Locale.ROOT, "clientele: %s is up to date (%d files) in %s",
          specName, upToDate.files(), duration(nanos));
    }
    GenerationResult result = ((Generated) outcome).result();
    return String.format(Locale.ROOT, "clientele: %s → %d files (%d written, %d unchanged, %d deleted) in %s",
        specName, result.files().size(), result.written(), result.unchanged(), result.deleted(), duration(nanos));
  }

  /** The message of a failed build: how many errors, then every problem on its own line. */
  static String problems(String specName, List<Diagnostic> problems) {
    long errors = problems.stream().filter(problem -> problem.severity() == Severity.ERROR).count();
    StringBuilder message = new StringBuilder(String.format(Locale.ROOT,
        "clientele: nothing generated, %d problem%s in %s:", errors, errors == 1 ? "" : "s", specName));
    problems.forEach(problem -> message.append('\n').append(problem.format()));
    return message.toString();
  }

  /** Milliseconds below a second, where they are what one reads; tenths of seconds above. */
  static String duration(long nanos) {
    long millis = nanos / 1_000_000;
    return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
