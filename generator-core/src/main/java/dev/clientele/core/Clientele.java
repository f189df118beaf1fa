package dev.clientele.core;

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
    List<SourceFile> sources = new ArrayList<>();
    List<Diagnostic> warnings = render(config, sources);
    try {
      OutputWriter.Outcome outcome = OutputWriter.write(config.outputDirectory(), runName, sources);
      long lines = sources.stream().mapToLong(source -> source.content().lines().count()).sum();
      return new GenerationResult(
          outcome.files(), outcome.written(), outcome.unchanged(), outcome.deleted(), lines, warnings);
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
    checkPackage(config);
    try {
      return renderChecked(config, into);
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

  private static List<Diagnostic> renderChecked(GeneratorConfig config, List<SourceFile> into) throws GenerationException {
    ParsedSpec parsed;
    try {
      parsed = SpecReader.read(config.spec(), new SpecReader.Options(config.allowRemoteRefs()));
    } catch (SpecProblemsException e) {
      throw new GenerationException(e.problems());
    }
    JavaEmitter.Result emitted =
        JavaEmitter.emit(
            parsed.model(),
            new EmitOptions(config.basePackage(), config.tagNames(), config.clientName(), config.generateClient()));
    List<Diagnostic> warnings = new ArrayList<>(parsed.warnings());
    for (String warning : emitted.warnings()) {
      warnings.add(new Diagnostic(Severity.WARNING, "generation", config.spec().toString(), "", warning, ""));
    }
    into.addAll(emitted.files());
    return warnings;
  }

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
