package dev.clientele.checks.conformance;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Wire conformance against an independent server: for every spec in a folder, the generated client
 * calls every operation once against Prism's mock of the spec, which judges each request and
 * answers with data it makes up from the response schema.
 *
 * <pre>
 * java -cp CLASSPATH dev.clientele.checks.conformance.ConformanceRunner FOLDER --prism=PRISM
 *     [--specs=a.yaml,b.json] [--lenient=a.yaml] [--strict=false] [--timeout=SECONDS]
 * </pre>
 *
 * <p>{@code --specs} runs only those files of the folder; {@code --lenient} names specs whose
 * failures are known and only reported; {@code --strict=false} only reports for every spec. Exit
 * code 0 when every spec passed (lenient ones aside), 1 when one failed, 2 on wrong usage.
 */
public final class ConformanceRunner {

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration GRACE = Duration.ofSeconds(15);
  private static final String USAGE = "usage: ConformanceRunner [FOLDER] --prism=PRISM [--specs=A,B] [--lenient=A,B]"
      + " [--strict=false] [--timeout=SECONDS]";

  private ConformanceRunner() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(out, args));
  }

  /** Runs the specs and returns the exit code. */
  static int run(PrintWriter out, String... args) {
    Path folder = null;
    Path prism = null;
    Duration timeout = DEFAULT_TIMEOUT;
    boolean strict = true;
    Set<String> only = new LinkedHashSet<>();
    Set<String> lenient = new LinkedHashSet<>();
    for (String arg : args) {
      if (arg.startsWith("--timeout=")) {
        timeout = Duration.ofSeconds(Long.parseLong(arg.substring("--timeout=".length())));
      } else if (arg.startsWith("--strict=")) {
        strict = Boolean.parseBoolean(arg.substring("--strict=".length()));
      } else if (arg.startsWith("--prism=")) {
        prism = Path.of(arg.substring("--prism=".length()));
      } else if (arg.startsWith("--specs=")) {
        only.addAll(names(arg.substring("--specs=".length())));
      } else if (arg.startsWith("--lenient=")) {
        lenient.addAll(names(arg.substring("--lenient=".length())));
      } else if (arg.startsWith("--") || folder != null) {
        out.println(USAGE);
        return 2;
      } else {
        folder = Path.of(arg);
      }
    }
    if (folder == null) {
      folder = SpecFolder.defaultFolder();
    }
    if (folder == null || !Files.isDirectory(folder)) {
      out.println("conformance: no spec folder"
          + (folder == null ? " (../shared/specs next to the repository does not exist)" : ": " + folder));
      return 2;
    }
    if (prism == null || !Files.isExecutable(prism)) {
      out.println("conformance: Prism is not at " + prism
          + " (mvn verify -Pconformance -pl checks installs it into checks/target/prism)");
      return 2;
    }
    List<Path> specs;
    List<File> classpath;
    try {
      specs = SpecFolder.specs(folder);
      classpath = GeneratedCodeClasspath.find();
    } catch (IOException | IllegalStateException e) {
      out.println("conformance: " + e.getMessage());
      return 2;
    }
    if (!only.isEmpty()) {
      Set<String> missing = new LinkedHashSet<>(only);
      specs = specs.stream().filter(spec -> missing.remove(spec.getFileName().toString())).toList();
      if (!missing.isEmpty()) {
        out.println("conformance: not in " + folder + ": " + String.join(", ", missing));
        return 2;
      }
    }
    if (specs.isEmpty()) {
      out.println("conformance: no *.yaml, *.yml or *.json files in " + folder);
      return 2;
    }

    out.printf("conformance: %d specs in %s against Prism (%s), %d s each at most%s%n",
        specs.size(), folder.toAbsolutePath().normalize(), prism, timeout.toSeconds(),
        lenient.isEmpty() ? "" : "; report only for " + String.join(", ", lenient));
    long start = System.nanoTime();
    InMemoryCompiler compiler = new InMemoryCompiler(classpath);
    List<SpecVerdicts> results = new ArrayList<>();
    for (Path spec : specs) {
      SpecVerdicts result = runOne(spec, compiler, prism, timeout);
      out.printf("conformance: [%d/%d] %s: %d operations, %s%n", results.size() + 1, specs.size(), result.spec(),
          result.verdicts().size(), result.passed() ? "pass" : "FAIL");
      results.add(result);
      JacksonCaches.flush();
    }
    out.println();
    ConformanceReport.print(results, lenient, (System.nanoTime() - start) / 1_000_000, out);
    boolean failed = results.stream().anyMatch(result -> !result.passed() && !lenient.contains(result.spec()));
    return failed && strict ? 1 : 0;
  }

  private static List<String> names(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
  }

  /** One spec on a thread of its own, given up (and its Prism stopped) after the timeout. */
  private static SpecVerdicts runOne(Path spec, InMemoryCompiler compiler, Path prism, Duration timeout) {
    SpecConformance run = new SpecConformance(spec, compiler, prism, new Deadline(timeout));
    FutureTask<SpecVerdicts> task = new FutureTask<>(run::run);
    Thread thread = new Thread(task, "conformance " + spec.getFileName());
    thread.setDaemon(true);
    long start = System.nanoTime();
    // Prism is a child process: stop it even when this JVM is stopped mid-spec
    Thread stopPrism = new Thread(run::close, "stop Prism");
    Runtime.getRuntime().addShutdownHook(stopPrism);
    thread.start();
    try {
      return task.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      thread.interrupt();
      run.close();
      return failed(run.verdicts(millisSince(start)), "timeout: still " + run.stage() + " after "
          + timeout.plus(GRACE).toSeconds() + " s; abandoned");
    } catch (ExecutionException e) {
      run.close();
      return failed(run.verdicts(millisSince(start)), "crash while " + run.stage() + ": " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      run.close();
      return failed(run.verdicts(millisSince(start)), "interrupted");
    } finally {
      Runtime.getRuntime().removeShutdownHook(stopPrism);
    }
  }

  private static SpecVerdicts failed(SpecVerdicts verdicts, String failure) {
    List<String> failures = new ArrayList<>(verdicts.failures());
    failures.add(failure);
    return new SpecVerdicts(verdicts.spec(), verdicts.verdicts(), failures, verdicts.notes(), verdicts.millis());
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
