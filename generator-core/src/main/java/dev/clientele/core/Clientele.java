package dev.clientele.core;

import dev.clientele.core.changes.ChangeReport;
import dev.clientele.core.changes.SurfaceFile;
import dev.clientele.core.emit.EmitOptions;
import dev.clientele.core.emit.JavaEmitter;
import dev.clientele.core.emit.SourceFile;
import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.model.Diagnostic.Severity;
import dev.clientele.core.parse.ParsedSpec;
import dev.clientele.core.parse.SpecProblemsException;
import dev.clientele.core.parse.SpecReader;
import dev.clientele.core.write.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/** Generates a Java client from an OpenAPI spec: parse, build the model, emit, write. */
public final class Clientele {

  private Clientele() {}

  /**
   * Runs the whole pipeline for one spec, as the run named after the package: files a previous run
   * for the same package generated in the same folder, and this one does not, are deleted.
   *
   * @throws GenerationException when the spec or the configuration has problems; nothing is written
   * @throws UncheckedIOException when the output cannot be written
   */
  public static GenerationResult generate(GeneratorConfig config) throws GenerationException {
    return generate(config, config.basePackage());
  }

  /**
   * Runs the whole pipeline for one spec. {@code runName} names what this run keeps in the output
   * folder about what it wrote (its manifest): files the previous run of that name generated there,
   * and this one does not, are deleted; other runs' files and files Clientele did not write are left
   * alone. A Maven build uses the execution id.
   *
   * @throws GenerationException when the spec or the configuration has problems; nothing is written
   * @throws UncheckedIOException when the output cannot be written
   */
  public static GenerationResult generate(GeneratorConfig config, String runName) throws GenerationException {
    return generate(config, runName, RunPolicy.lenient());
  }

  /**
   * Runs the whole pipeline for one spec as {@link #generate(GeneratorConfig, String)} does, and
   * compares the generated API with the previous run's in the same folder.
   *
   * @param policy whether warnings or a breaking change fail the run, before anything is written:
   *     the previous run's client, and what the next run compares with, stay as they were
   * @throws GenerationException when the spec or the configuration has problems, or there are
   *     warnings or breaking changes that the policy says fail the run; nothing is written
   * @throws UncheckedIOException when the output cannot be written
   */
  public static GenerationResult generate(GeneratorConfig config, String runName, RunPolicy policy)
      throws GenerationException {
    Emitted emitted = emit(config);
    if (policy.failOnWarnings() && !emitted.warnings().isEmpty()) {
      throw new GenerationException(emitted.warnings().stream()
          .map(warning -> new Diagnostic(Severity.ERROR, warning.code(), warning.file(), warning.location(),
              warning.message(), warning.hint()))
          .toList());
    }
    Path surfaceFile = SurfaceFile.of(config.outputDirectory(), OutputWriter.fileNameOf(runName));
    String version = GeneratorVersion.current();
    try {
      ChangeReport changes = SurfaceFile.read(surfaceFile)
          .map(previous -> ChangeReport.compare(previous.version(), previous.surface(), version, emitted.result().surface()))
          .orElse(ChangeReport.firstRun(version));
      if (policy.failOnBreakingChanges() && changes.changes().hasBreaking()) {
        throw new GenerationException(changes.changes().breaking().stream()
            .map(change -> new Diagnostic(Severity.ERROR, "breaking-change", config.spec().toString(), "",
                change.description(),
                "review the change; to accept it, run once with failOnBreakingChanges off"))
            .toList());
      }
      OutputWriter.Outcome outcome = OutputWriter.write(config.outputDirectory(), runName, emitted.result().files());
      SurfaceFile.write(surfaceFile, version, emitted.result().surface());
      long lines = emitted.result().files().parallelStream().mapToLong(source -> lineCount(source.content())).sum();
      return new GenerationResult(
          outcome.files(), outcome.written(), outcome.unchanged(), outcome.deleted(), lines, emitted.warnings(), changes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + config.outputDirectory() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Generates the sources in memory without writing them: what {@link #generate} would write.
   *
   * @return the warnings; {@code into} receives the sources
   */
  public static List<Diagnostic> render(GeneratorConfig config, List<SourceFile> into) throws GenerationException {
    Emitted emitted = emit(config);
    into.addAll(emitted.result().files());
    return emitted.warnings();
  }

  private static Emitted emit(GeneratorConfig config) throws GenerationException {
    checkPackage(config);
    try {
      return emitChecked(config);
    } catch (StackOverflowError e) {
      // Reading a spec recurses once per level of nesting, in swagger-parser too (its $ref
      // resolution follows a chain of $refs recursively); a hostile spec must fail as a problem.
      throw new GenerationException(List.of(new Diagnostic(
          Severity.ERROR, "too-deep", config.spec().toString(), "",
          "the spec nests schemas, or chains $refs from one schema to the next, too deeply to be read",
          "flatten the nesting: give inner schemas names under components/schemas, and refer to the end of a "
              + "$ref chain directly")));
    } catch (OutOfMemoryError e) {
      // Everything made from the spec was local to the frames just left, so it is garbage now and
      // there is room to say what happened. Generation holds the whole spec and every source in
      // memory: a 50 MB spec of 12,000 schemas makes 59,000 files and needs about 4 GB.
      long maxMiB = Runtime.getRuntime().maxMemory() >> 20;
      throw new GenerationException(List.of(new Diagnostic(
          Severity.ERROR, "out-of-memory", config.spec().toString(), "",
          "the spec is too large to generate within the " + maxMiB + " MiB of heap this JVM may use",
          "give the JVM more heap with -Xmx (for Maven in MAVEN_OPTS, for the command line as java -Xmx… -jar), "
              + "or split the spec")));
    }
  }

  private static Emitted emitChecked(GeneratorConfig config) throws GenerationException {
    ParsedSpec parsed;
    try {
      parsed = SpecReader.read(config.spec(),
          new SpecReader.Options(config.allowRemoteRefs(), config.allowExternalRefs(), config.pagination()));
    } catch (SpecProblemsException e) {
      throw new GenerationException(e.problems());
    }
    JavaEmitter.Result emitted =
        JavaEmitter.emit(
            parsed.model(),
            new EmitOptions(config.basePackage(), config.tagNames(), config.clientName(), config.generateClient(),
                config.jackson()));
    List<Diagnostic> warnings = new ArrayList<>(parsed.warnings());
    for (String warning : emitted.warnings()) {
      warnings.add(new Diagnostic(Severity.WARNING, "generation", config.spec().toString(), "", warning, ""));
    }
    return new Emitted(emitted, warnings);
  }

  /**
   * The number of lines {@link String#lines()} counts (a line ends at \n, \r or \r\n; a last line
   * without an end counts when it is not empty), without making a string of each.
   */
  static long lineCount(String text) {
    if (text.indexOf('\r') < 0) {
      // Generated text ends its lines with \n only; indexOf scans far faster than charAt one by one.
      long lines = 0;
      int lineStart = 0;
      for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', lineStart)) {
        lines++;
        lineStart = end + 1;
      }
      return lineStart < text.length() ? lines + 1 : lines;
    }
    long lines = 0;
    int length = text.length();
    int lineStart = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines++;
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    return lineStart < length ? lines + 1 : lines;
  }

  /** The emitter's result, and every warning of the run: the reader's and the emitter's. */
  private record Emitted(JavaEmitter.Result result, List<Diagnostic> warnings) {}

  private static void checkPackage(GeneratorConfig config) throws GenerationException {
    String name = config.basePackage();
    boolean valid = !name.isEmpty();
    for (String segment : name.split("\\.", -1)) {
      valid &= SourceVersion.isIdentifier(segment) && !SourceVersion.isKeyword(segment)
          && segment.chars().allMatch(c -> c < 128);
    }
    if (!valid) {
      throw new GenerationException(List.of(new Diagnostic(
          Severity.ERROR, "invalid-package", config.spec().toString(), "",
          "'" + name + "' is not a valid Java package name",
          "use dot-separated lowercase identifiers, e.g. com.example.client")));
    }
  }
}
