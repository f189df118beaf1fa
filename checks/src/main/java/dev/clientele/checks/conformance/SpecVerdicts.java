package dev.clientele.checks.conformance;

import java.util.List;

/**
 * What the conformance run found for one spec.
 *
 * @param spec the file name
 * @param verdicts one per operation, in the order called
 * @param failures why the spec could not be run at all (generation, compile), which fails it
 * @param notes what else the report should say (Prism restarted, could not start)
 * @param millis how long it took, generation and Prism included
 */
record SpecVerdicts(String spec, List<OperationVerdict> verdicts, List<String> failures, List<String> notes, long millis) {

  /**
   * The verdict on one operation.
   *
   * @param operation {@code accessor().method}
   * @param request {@code GET /pets/{id}}
   */
  record OperationVerdict(String operation, String request, Verdict verdict) {}

  SpecVerdicts {
    verdicts = List.copyOf(verdicts);
    failures = List.copyOf(failures);
    notes = List.copyOf(notes);
  }

  long count(Class<? extends Verdict> kind) {
    return verdicts.stream().filter(verdict -> kind.isInstance(verdict.verdict())).count();
  }

  /** No rejected request, no unreadable answer, and it could be run. */
  boolean passed() {
    return failures.isEmpty() && count(Verdict.Rejected.class) == 0 && count(Verdict.Unreadable.class) == 0;
  }
}
