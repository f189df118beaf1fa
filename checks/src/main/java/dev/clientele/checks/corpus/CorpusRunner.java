package dev.clientele.checks.corpus;

import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.clientele.checks.Deadline;
import dev.clientele.checks.GeneratedCodeClasspath;
import dev.clientele.checks.InMemoryCompiler;
import dev.clientele.checks.SpecFolder;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Issue #5's check: every real-world spec in a folder generates a client that compiles and parses
 * the spec's own examples.
 *
 * <pre>
 * java -Xmx3g -cp CLASSPATH dev.clientele.checks.corpus.CorpusRunner [FOLDER] [--timeout=SECONDS] [--strict=false]
 *     [--jackson=2|3] [--specs=A,B]
 * </pre>
 *
 * <p>FOLDER defaults to {@code ../shared/specs} next to the repository. The classpath must hold what
 * generated code needs (Jackson with jsr310, JSpecify, the runtime): {@code mvn verify -Pcorpus} in the
 * checks module runs it with that module's classpath, which has them. Exit code 0 when every spec passed (or
 * with {@code --strict=false}, which only reports), 1 when one failed, 2 on wrong usage.
 *
 * <p>{@code --jackson=3} generates the Jackson 3 flavour, compiles it against Jackson 3 alone and
 * parses the examples with a plain Jackson 3 {@code JsonMapper}. {@code --specs=A,B} runs only the
 * named files of the folder (empty: all of them).
 */
public final class CorpusRunner {

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  /** A stage that cannot be stopped (reading a spec) gets this much longer before it is abandoned. */
  private static final Duration GRACE = Duration.ofSeconds(15);

  private CorpusRunner() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(out, args));
  }

  /** Runs the corpus and returns the exit code. */
  static int run(PrintWriter out, String... args) {
    Path folder = null;
    Duration timeout = DEFAULT_TIMEOUT;
    boolean strict = true;
    int jackson = 2;
    List<String> names = List.of();
    for (String arg : args) {
      if (arg.equals("--jackson=2") || arg.equals("--jackson=3")) {
        jackson = Integer.parseInt(arg.substring("--jackson=".length()));
      } else if (arg.startsWith("--specs=")) {
        names = Arrays.stream(arg.substring("--specs=".length()).split(",")).map(String::strip)
            .filter(name -> !name.isEmpty()).toList();
      } else if (arg.startsWith("--timeout=")) {
        timeout = Duration.ofSeconds(Long.parseLong(arg.substring("--timeout=".length())));
      } else if (arg.startsWith("--strict=")) {
        strict = Boolean.parseBoolean(arg.substring("--strict=".length()));
      } else if (arg.startsWith("--") || folder != null) {
        out.println("usage: CorpusRunner [FOLDER] [--timeout=SECONDS] [--strict=false] [--jackson=2|3] [--specs=A,B]");
        return 2;
      } else {
        folder = Path.of(arg);
      }
    }
    if (folder == null) {
      folder = SpecFolder.defaultFolder();
    }
    if (folder == null || !Files.isDirectory(folder)) {
      out.println("corpus: no spec folder"
          + (folder == null ? " (../shared/specs next to the repository does not exist)" : ": " + folder));
      return 2;
    }
    List<Path> specs;
    List<File> classpath;
    try {
      specs = SpecFolder.specs(folder);
      classpath = GeneratedCodeClasspath.find(jackson);
    } catch (IOException | IllegalStateException e) {
      out.println("corpus: " + e.getMessage());
      return 2;
    }
    if (!names.isEmpty()) {
      List<String> wanted = names;
      List<String> inFolder = specs.stream().map(spec -> spec.getFileName().toString()).toList();
      List<String> missing = wanted.stream().filter(name -> !inFolder.contains(name)).toList();
      if (!missing.isEmpty()) {
        out.println("corpus: --specs names files that are not in " + folder + ": " + String.join(", ", missing));
        return 2;
      }
      specs = specs.stream().filter(spec -> wanted.contains(spec.getFileName().toString())).toList();
    }
    if (specs.isEmpty()) {
      out.println("corpus: no *.yaml, *.yml or *.json files in " + folder);
      return 2;
    }

    out.printf("corpus: %d specs in %s, %d s each at most, Jackson %d; javac against %s%n",
        specs.size(), folder.toAbsolutePath().normalize(), timeout.toSeconds(), jackson,
        classpath.stream().map(File::getName).toList());
    long start = System.nanoTime();
    InMemoryCompiler compiler = new InMemoryCompiler(classpath);
    List<SpecOutcome> outcomes = new ArrayList<>();
    for (Path spec : specs) {
      SpecOutcome outcome = runOne(spec, compiler, timeout, jackson);
      out.printf("corpus: [%d/%d] %s: %s%n", outcomes.size() + 1, specs.size(), outcome.spec(),
          outcome.passed() ? "pass" : "FAIL: " + outcome.failures().get(0));
      outcomes.add(outcome);
      // Jackson's shared type cache would keep the previous specs' generated classes alive.
      TypeFactory.defaultInstance().clearCache();
    }
    out.println();
    Report.print(outcomes, (System.nanoTime() - start) / 1_000_000, out);
    boolean allPassed = outcomes.stream().allMatch(SpecOutcome::passed);
    return allPassed || !strict ? 0 : 1;
  }

  /**
   * One spec on a thread of its own, so that it can be given up after {@code timeout}: compiling and
   * parsing examples stop at the deadline by themselves; reading the spec cannot be stopped, so a
   * spec stuck there is abandoned (its thread is a daemon) and the corpus goes on.
   */
  private static SpecOutcome runOne(Path spec, InMemoryCompiler compiler, Duration timeout, int jackson) {
    SpecRun run = new SpecRun(spec, compiler, new Deadline(timeout), jackson);
    FutureTask<SpecOutcome> task = new FutureTask<>(run::run);
    Thread thread = new Thread(task, "corpus " + spec.getFileName());
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      thread.interrupt();
      return with(run.outcome(), "timeout: still " + run.stage() + " after " + timeout.plus(GRACE).toSeconds() + " s; abandoned");
    } catch (ExecutionException e) {
      return with(run.outcome(), "crash while " + run.stage() + ": " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return with(run.outcome(), "interrupted");
    }
  }

  private static SpecOutcome with(SpecOutcome outcome, String failure) {
    List<String> failures = new ArrayList<>(outcome.failures());
    failures.add(failure);
    return new SpecOutcome(
        outcome.spec(), outcome.version(), outcome.schemas(), outcome.operations(), outcome.files(), outcome.lines(),
        outcome.generationMillis(), outcome.compileMillis(), outcome.generationWarnings(), outcome.compileErrors(),
        outcome.compileWarnings(), outcome.examplesParsed(), outcome.examplesTried(), outcome.contradictions(),
        outcome.examplesSkipped(),
        failures, outcome.notes(), outcome.paging());
  }
}
