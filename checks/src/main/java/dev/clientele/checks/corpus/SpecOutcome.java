package dev.clientele.checks.corpus;

import java.util.List;

/**
 * What happened to one spec; counts are -1 for a stage that was not reached.
 *
 * @param spec the file name
 * @param version the document's {@code openapi} or {@code swagger} value
 * @param schemas the types in the model
 * @param operations the operations in the model
 * @param files the generated files
 * @param lines their lines
 * @param generationMillis reading the spec and emitting Java
 * @param compileMillis compiling it
 * @param generationWarnings what Clientele generated with a fallback
 * @param compileErrors javac's errors
 * @param compileWarnings javac's warnings under {@code -Xlint:all}
 * @param examplesParsed examples that parsed, were written back and parsed again
 * @param examplesTried examples tried, those that contradict their schema not included
 * @param contradictions examples that failed where they contradict their own schema: the spec's fault
 * @param examplesSkipped examples of a schema that has no generated class (a string, say)
 * @param failures why the spec failed, one line each; empty when it passed
 * @param notes what is worth saying about a spec anyway (contradicting examples), one line each
 * @param paging the operations that got a pager, and the list-like ones that did not
 */
record SpecOutcome(
    String spec,
    String version,
    int schemas,
    int operations,
    int files,
    long lines,
    long generationMillis,
    long compileMillis,
    int generationWarnings,
    int compileErrors,
    int compileWarnings,
    int examplesParsed,
    int examplesTried,
    int contradictions,
    int examplesSkipped,
    List<String> failures,
    List<String> notes,
    PagingCount paging) {

  SpecOutcome {
    failures = List.copyOf(failures);
    notes = List.copyOf(notes);
  }

  boolean passed() {
    return failures.isEmpty();
  }
}
