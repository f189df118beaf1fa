package dev.clientele.cli.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Issue #5's check: every real-world spec in a folder generates a client that compiles and parses
 * the spec's own examples.
 *
 * <pre>
 * java -Xmx3g -cp CLASSPATH dev.clientele.cli.corpus.CorpusRunner [FOLDER] [--timeout=SECONDS] [--strict=false]
 * </pre>
 *
 * <p>FOLDER defaults to {@code ../shared/specs} next to the repository. The classpath must hold what
 * generated code needs (Jackson with jsr310, and JSpecify): {@code mvn verify -Pcorpus} in the cli
 * module runs it with the test classpath, which has both. Exit code 0 when every spec passed (or
 * with {@code --strict=false}, which only reports), 1 when one failed, 2 on wrong usage.
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
    for (String arg : args) {
      if (arg.startsWith("--timeout=")) {
        timeout = Duration.ofSeconds(Long.parseLong(arg.substring("--timeout=".length())));
      } else if (arg.startsWith("--strict=")) {
        strict = Boolean.parseBoolean(arg.substring("--strict=".length()));
      } else if (arg.startsWith("--") || folder != null) {
        out.println("usage: CorpusRunner [FOLDER] [--timeout=SECONDS] [--strict=false]");
        return 2;
      } else {
        folder = Path.of(arg);
      }
    }
    if (folder == null) {
      folder = defaultFolder();
    }
    if (folder == null || !Files.isDirectory(folder)) {
      out.println("corpus: no spec folder"
          + (folder == null ? " (../shared/specs next to the repository does not exist)" : ": " + folder));
      return 2;
    }
    List<Path> specs;
    List<File> classpath;
    try {
      specs = specs(folder);
      classpath = generatedCodeClasspath();
    } catch (IOException | IllegalStateException e) {
      out.println("corpus: " + e.getMessage());
      return 2;
    }
    if (specs.isEmpty()) {
      out.println("corpus: no *.yaml, *.yml or *.json files in " + folder);
      return 2;
    }

    out.printf("corpus: %d specs in %s, %d s each at most; javac against %s%n",
        specs.size(), folder.toAbsolutePath().normalize(), timeout.toSeconds(),
        classpath.stream().map(File::getName).toList());
    long start = System.nanoTime();
    InMemoryCompiler compiler = new InMemoryCompiler(classpath);
    List<SpecOutcome> outcomes = new ArrayList<>();
    for (Path spec : specs) {
      SpecOutcome outcome = runOne(spec, compiler, timeout);
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
  private static SpecOutcome runOne(Path spec, InMemoryCompiler compiler, Duration timeout) {
    SpecRun run = new SpecRun(spec, compiler, new Deadline(timeout));
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
        failures, outcome.notes());
  }

  /** The spec files directly in the folder, sorted by name. */
  static List<Path> specs(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
          })
          .sorted()
          .toList();
    }
  }

  /** {@code ../shared/specs} next to the repository that holds the working directory, or null. */
  private static Path defaultFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("generator-core")) && Files.isDirectory(dir.resolve("cli"))) {
        Path specs = dir.resolveSibling("shared").resolve("specs");
        return Files.isDirectory(specs) ? specs : null;
      }
    }
    return null;
  }

  /**
   * The jars generated code compiles against, found from the classes this runtime loaded them from
   * (a test runner's classpath may be a single manifest jar).
   */
  private static List<File> generatedCodeClasspath() {
    Set<File> jars = new LinkedHashSet<>();
    List<String> needed = List.of(
        JsonProperty.class.getName(), JsonParser.class.getName(), ObjectMapper.class.getName(),
        JavaTimeModule.class.getName(), "org.jspecify.annotations.NullMarked", "dev.clientele.runtime.ApiClient");
    for (String className : needed) {
      try {
        CodeSource source = Class.forName(className, false, CorpusRunner.class.getClassLoader())
            .getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
          throw new IllegalStateException("cannot tell which jar holds " + className);
        }
        jars.add(new File(source.getLocation().toURI()));
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("generated code needs " + className + ", which is not on this classpath"
            + " (run with the cli module's test classpath, as mvn verify -Pcorpus does)", e);
      }
    }
    return List.copyOf(jars);
  }
}
