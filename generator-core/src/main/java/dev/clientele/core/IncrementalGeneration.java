package dev.clientele.core;

import dev.clientele.core.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Generates only when something that decides the output changed since the last successful run: the
 * run's {@link Fingerprint} is kept in a stamp file, written only after a run succeeds. A build
 * tool calls this; the check reads the input files' bytes and the stamp, and parses nothing.
 */
public final class IncrementalGeneration {

  /** What a run did. */
  public sealed interface Outcome permits UpToDate, Generated {}

  /**
   * Nothing changed since the last run and its files are all there: nothing was read or written.
   *
   * @param files how many files the last run generated
   */
  public record UpToDate(int files) implements Outcome {}

  /**
   * The spec was read and the sources generated.
   *
   * @param result what was written, left alone and deleted
   */
  public record Generated(GenerationResult result) implements Outcome {}

  private IncrementalGeneration() {}

  /**
   * Generates as {@link Clientele#generate(GeneratorConfig, String)} does, unless the last run of
   * the same name had the same fingerprint and its files are all still there.
   *
   * @param runName names this run's stamp and manifest, so that several runs (several Maven
   *     executions) keep theirs apart; a run that changes its spec or package keeps its name, so that
   *     what it no longer generates is deleted
   * @param stampFolder where stamps are kept, e.g. {@code target/clientele}
   * @throws GenerationException when the spec or the configuration has problems; nothing is written
   * @throws IOException when the stamp cannot be read or written
   * @throws java.io.UncheckedIOException when the output cannot be written
   */
  public static Outcome run(GeneratorConfig config, String runName, Path stampFolder)
      throws GenerationException, IOException {
    return run(config, runName, stampFolder, RunPolicy.lenient());
  }

  /**
   * Generates as {@link #run(GeneratorConfig, String, Path)} does, failing as {@code policy} says:
   * a failed run writes nothing, stamp included, so that the next run fails the same way until the
   * warning is fixed or the change accepted.
   */
  public static Outcome run(GeneratorConfig config, String runName, Path stampFolder, RunPolicy policy)
      throws GenerationException, IOException {
    // A run that fails on warnings must not pass as up to date after a lenient one that had them.
    String version = GeneratorVersion.current() + (policy.failOnWarnings() ? " (fail on warnings)" : "");
    Path stamp = stampFolder.resolve(OutputWriter.fileNameOf(runName) + ".stamp");
    Optional<Fingerprint> last = Fingerprint.readFrom(stamp);
    if (last.isPresent() && last.get().isCurrent(config, version)) {
      Optional<List<Path>> files = OutputWriter.filesOfLastRun(config.outputDirectory(), runName);
      // A stamp says what the files were generated from, not that nobody deleted them since.
      if (files.isPresent() && allExist(files.get())) {
        return new UpToDate(files.get().size());
      }
    }
    // Fingerprinted before generating: should an input change while it runs, the next run sees it.
    Fingerprint current = Fingerprint.of(config, version);
    GenerationResult result = Clientele.generate(config, runName, policy);
    current.writeTo(stamp);
    return new Generated(result);
  }

  // A loop, not a stream: the check runs in a new JVM on every build, where a first lambda costs
  // milliseconds to bootstrap.
  private static boolean allExist(List<Path> files) {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        return false;
      }
    }
    return true;
  }
}
