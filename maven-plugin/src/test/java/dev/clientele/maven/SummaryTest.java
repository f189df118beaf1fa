package dev.clientele.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientele.core.GenerationResult;
import dev.clientele.core.changes.ChangeReport;
import dev.clientele.core.IncrementalGeneration.Generated;
import dev.clientele.core.IncrementalGeneration.UpToDate;
import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.model.Diagnostic.Severity;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SummaryTest {

  @Test
  @DisplayName("a run that generated says how many files it wrote, left alone and deleted, and how long it took")
  void generatedRun() {
    GenerationResult result =
        new GenerationResult(Collections.nCopies(41, Path.of("A.java")), 3, 38, 1, 5000, List.of(), ChangeReport.firstRun("0.1.0"));

    String line = Summary.of("close-lead.yaml", new Generated(result), 412_000_000L);

    assertEquals("clientele: close-lead.yaml → 41 files (3 written, 38 unchanged, 1 deleted) in 412 ms", line);
  }

  @Test
  @DisplayName("an up-to-date run says so, with the number of files and the time")
  void upToDateRun() {
    assertEquals("clientele: close-lead.yaml is up to date (41 files) in 12 ms",
        Summary.of("close-lead.yaml", new UpToDate(41), 12_400_000L));
  }

  @Test
  @DisplayName("a second or more reads in tenths of seconds")
  void longDuration() {
    assertEquals("1.5 s", Summary.duration(1_460_000_000L));
  }

  @Test
  @DisplayName("the failure message counts the errors and lists every problem on its own line")
  void problems() {
    List<Diagnostic> problems = List.of(
        new Diagnostic(Severity.ERROR, "yaml-syntax", "bad.yaml", "line 3, column 6", "YAML syntax error: x", "fix it"),
        new Diagnostic(Severity.WARNING, "spec", "bad.yaml", "", "something odd", ""));

    String message = Summary.problems("bad.yaml", problems);

    assertEquals("""
        clientele: nothing generated, 1 problem in bad.yaml:
        error: bad.yaml at line 3, column 6: YAML syntax error: x — fix it
        warning: bad.yaml: something odd""", message);
  }
}
