package dev.clientele.core;

import dev.clientele.core.changes.ChangeReport;
import dev.clientele.core.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a successful run did.
 *
 * @param files every generated file
 * @param written how many files were created or changed
 * @param unchanged how many already had the right content and were left alone
 * @param deleted how many files the previous run of the same name generated and this one did not,
 *     deleted
 * @param lines the number of lines generated
 * @param warnings what was generated with a fallback, each saying where and why
 * @param changes how the generated API differs from the previous run's in the same folder
 */
public record GenerationResult(
    List<Path> files,
    int written,
    int unchanged,
    int deleted,
    long lines,
    List<Diagnostic> warnings,
    ChangeReport changes) {
  public GenerationResult {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }
}
