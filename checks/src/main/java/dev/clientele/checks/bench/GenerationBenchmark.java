package dev.clientele.checks.bench;

import dev.clientele.checks.GeneratedCodeClasspath;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generation, side by side: for each spec, the median wall time and peak memory of several runs of
 * swagger-parser's parse alone, Clientele's CLI and openapi-generator ({@code -g java --library
 * native}), each a whole process with the JVM's default heap; the files and lines each generates;
 * javac's time on each output; and, when a consumer project is given, the Maven plugin's up-to-date
 * run. Prints one table with the ratios the performance targets are stated in.
 *
 * <p>Arguments, each {@code --name=value}: {@code specs-dir}, {@code specs} (comma-separated file
 * names), {@code runs}, {@code work}, {@code clientele-jar}, {@code openapi-generator-jar},
 * {@code openapi-generator-libs} (the jars its output needs besides Jackson: a folder), and
 * optionally {@code plugin-project} (a project whose build runs {@code clientele:generate}),
 * {@code clientele-launcher} (the CLI's launcher script, which applies the JVM options the README
 * gives) and, without a launcher, {@code clientele-jvm-options} (space-separated). It runs
 * with the checks module's classpath, which also serves the parse-only runs and the compilation of
 * Clientele's output.
 */
public final class GenerationBenchmark {

  private static final Pattern UP_TO_DATE = Pattern.compile("is up to date \\(\\d+ files\\) in (\\d+) ms");

  private final Map<String, String> options;
  private final Path work;
  private final int runs;
  private final PrintStream out = System.out;

  private GenerationBenchmark(Map<String, String> options) {
    this.options = options;
    this.work = Path.of(options.get("work")).toAbsolutePath();
    this.runs = Integer.parseInt(options.getOrDefault("runs", "3"));
  }

  /** The figures of one spec. */
  private record Row(
      String spec,
      Measured parse,
      Measured clientele,
      Measured openapiGenerator,
      Output clienteleOutput,
      Output openapiGeneratorOutput,
      Measured clienteleJavac,
      Measured openapiGeneratorJavac) {}

  /** What a generator wrote: its Java files and their lines. */
  private record Output(List<Path> files, long lines) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      options.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    new GenerationBenchmark(options).run();
  }

  private void run() throws IOException, InterruptedException {
    Files.createDirectories(work);
    out.printf("generation benchmark: %d cores, %d run(s) each, medians; wall time and peak RSS of whole processes%n",
        Runtime.getRuntime().availableProcessors(), runs);
    if (launcher().isPresent()) {
      out.printf("Clientele's CLI runs through its launcher (%s); the others with the JVM's defaults%n", launcher().get());
    } else {
      out.printf("Clientele's CLI runs as java %s-jar …; the others with the JVM's defaults%n",
          clienteleJvmOptions().isEmpty() ? "" : String.join(" ", clienteleJvmOptions()) + " ");
    }
    List<Row> rows = new ArrayList<>();
    for (String spec : options.get("specs").split(",")) {
      rows.add(measure(Path.of(options.get("specs-dir")).resolve(spec.strip()).toAbsolutePath()));
    }
    printTable(rows);
    if (options.containsKey("plugin-project")) {
      upToDate(Path.of(options.get("plugin-project")));
    }
  }

  private Row measure(Path spec) throws IOException, InterruptedException {
    String name = spec.getFileName().toString();
    out.println("benchmark: " + name);
    Path clienteleOut = work.resolve("clientele").resolve(name);
    Path oagOut = work.resolve("openapi-generator").resolve(name);
    List<Measured> parse = new ArrayList<>();
    List<Measured> clientele = new ArrayList<>();
    List<Measured> oag = new ArrayList<>();
    // Alternated run by run, so that drift and the other tools' page cache weigh on all alike.
    for (int i = 0; i < runs; i++) {
      parse.add(Measured.run(List.of(java(), "-cp", System.getProperty("java.class.path"), ParseOnly.class.getName(),
          spec.toString()), work));
      delete(clienteleOut);
      List<String> clienteleCommand = new ArrayList<>();
      if (launcher().isPresent()) {
        clienteleCommand.add(launcher().get());
      } else {
        clienteleCommand.add(java());
        clienteleCommand.addAll(clienteleJvmOptions());
        clienteleCommand.addAll(List.of("-jar", options.get("clientele-jar")));
      }
      clienteleCommand.addAll(List.of("--spec", spec.toString(), "--output", clienteleOut.toString(), "--package", "bench.client"));
      clientele.add(Measured.run(clienteleCommand, work));
      delete(oagOut);
      oag.add(Measured.run(List.of(java(), "-DmaxYamlCodePoints=100000000", "-jar", options.get("openapi-generator-jar"),
          "generate", "-g", "java", "--library", "native", "-i", spec.toString(), "-o", oagOut.toString(),
          "--skip-validate-spec", "--additional-properties=hideGenerationTimestamp=true"), work));
    }
    Output clienteleOutput = javaFiles(clienteleOut);
    Output oagOutput = javaFiles(oagOut.resolve("src/main/java"));
    Measured clienteleJavac = javac(clienteleOutput, clienteleClasspath(), work.resolve("classes-c-" + name));
    Measured oagJavac = javac(oagOutput, openapiGeneratorClasspath(), work.resolve("classes-o-" + name));
    return new Row(name, median(parse), median(clientele), median(oag), clienteleOutput, oagOutput, clienteleJavac, oagJavac);
  }

  /** The launcher script Clientele's CLI runs through (cli/target/clientele), unless told to run the jar. */
  private java.util.Optional<String> launcher() {
    return java.util.Optional.ofNullable(options.get("clientele-launcher")).map(String::strip).filter(path -> !path.isEmpty());
  }

  /** The JVM options Clientele's CLI runs with when it runs without the launcher (none: bare java -jar). */
  private List<String> clienteleJvmOptions() {
    String given = options.getOrDefault("clientele-jvm-options", "").strip();
    return given.isEmpty() ? List.of() : List.of(given.split("\\s+"));
  }

  /** What Clientele's output compiles against: its runtime, Jackson, JSpecify. */
  private static String clienteleClasspath() {
    return GeneratedCodeClasspath.find().stream().map(File::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** What openapi-generator's native client compiles against: Jackson, and the libraries it names. */
  private String openapiGeneratorClasspath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (Path.of(entry).getFileName().toString().startsWith("jackson-")) {
        entries.add(entry);
      }
    }
    try (Stream<Path> libs = Files.list(Path.of(options.get("openapi-generator-libs")))) {
      libs.filter(lib -> lib.toString().endsWith(".jar")).sorted().forEach(lib -> entries.add(lib.toString()));
    }
    return String.join(File.pathSeparator, entries);
  }

  private Measured javac(Output output, String classpath, Path classes) throws IOException, InterruptedException {
    if (output.files().isEmpty()) {
      return new Measured(0, 0, -2, "nothing to compile");
    }
    delete(classes);
    Files.createDirectories(classes);
    Path sources = Files.createTempFile(work, "sources", ".txt");
    Files.write(sources, output.files().stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    Measured measured = Measured.run(List.of(javaHome("javac"), "-J-Xmx3g", "--release", "17", "-proc:none", "-nowarn",
        "-encoding", "UTF-8", "-cp", classpath, "-d", classes.toString(), "@" + sources), work);
    Files.deleteIfExists(sources);
    delete(classes);
    return measured;
  }

  private void upToDate(Path project) throws IOException, InterruptedException {
    List<String> mvn = List.of("mvn", "-B", "-o", "-f", project.resolve("pom.xml").toString(), "generate-sources");
    Measured.run(mvn, work);
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < Math.max(3, runs); i++) {
      Matcher matcher = UP_TO_DATE.matcher(Measured.run(mvn, work).output());
      if (matcher.find()) {
        millis.add(Long.parseLong(matcher.group(1)));
      }
    }
    millis.sort(Comparator.naturalOrder());
    out.println();
    out.println(millis.isEmpty()
        ? "plugin up-to-date run: no 'is up to date' line (is the plugin installed? run the README's main job first)"
        : "plugin up-to-date run (" + project.getFileName() + "): median " + millis.get(millis.size() / 2) + " ms of " + millis
            + " (target: at most 100 ms)");
  }

  private void printTable(List<Row> rows) {
    out.println();
    String format = "%-40s %8s %10s %8s %10s %9s %9s %9s %8s %13s %17s %6s %13s %6s%n";
    out.printf(Locale.ROOT, format, "spec", "parse s", "clientele", "×parse", "oag s", "oag/clt", "clt MB", "oag MB",
        "MB clt/oag", "files clt/oag", "lines clt/oag", "ratio", "javac clt/oag", "ratio");
    for (Row row : rows) {
      out.printf(Locale.ROOT, format,
          row.spec(),
          seconds(row.parse()),
          seconds(row.clientele()),
          ratio(row.clientele().seconds(), row.parse().seconds(), row.clientele().ok() && row.parse().ok()),
          seconds(row.openapiGenerator()),
          ratio(row.openapiGenerator().seconds(), row.clientele().seconds(), row.clientele().ok() && row.openapiGenerator().ok()),
          megabytes(row.clientele()),
          megabytes(row.openapiGenerator()),
          ratio(row.clientele().peakMegabytes(), row.openapiGenerator().peakMegabytes(),
              row.clientele().ok() && row.openapiGenerator().ok()),
          row.clienteleOutput().files().size() + "/" + row.openapiGeneratorOutput().files().size(),
          row.clienteleOutput().lines() + "/" + row.openapiGeneratorOutput().lines(),
          ratio(row.clienteleOutput().lines(), row.openapiGeneratorOutput().lines(), row.openapiGeneratorOutput().lines() > 0),
          seconds(row.clienteleJavac()) + "/" + seconds(row.openapiGeneratorJavac()),
          ratio(row.clienteleJavac().seconds(), row.openapiGeneratorJavac().seconds(),
              row.clienteleJavac().ok() && row.openapiGeneratorJavac().ok()));
    }
    out.println();
    out.println("×parse: Clientele's time over the parse alone (target ≤ 1.3); oag/clt: how many times faster Clientele is"
        + " (target ≥ 5); MB clt/oag: peak memory ratio (target ≤ 0.5); lines and javac: Clientele's over"
        + " openapi-generator's (targets ≤ 0.5 and ≤ 0.33). 'fail' marks a run that exited non-zero.");
    for (Row row : rows) {
      for (Measured failed : List.of(row.parse(), row.clientele(), row.openapiGenerator(), row.clienteleJavac(),
          row.openapiGeneratorJavac())) {
        if (!failed.ok() && failed.exitCode() != -2) {
          out.println("  " + row.spec() + ": a run failed: " + firstLines(failed.output()));
        }
      }
    }
  }

  private static Measured median(List<Measured> measured) {
    List<Measured> sorted = new ArrayList<>(measured);
    sorted.sort(Comparator.comparingDouble((ToDoubleFunction<Measured>) Measured::seconds));
    Measured middle = sorted.get(sorted.size() / 2);
    List<Double> memory = measured.stream().map(Measured::peakMegabytes).sorted().toList();
    boolean allOk = measured.stream().allMatch(Measured::ok);
    return new Measured(middle.seconds(), memory.get(memory.size() / 2), allOk ? 0 : firstFailure(measured).exitCode(),
        allOk ? "" : firstFailure(measured).output());
  }

  private static Measured firstFailure(List<Measured> measured) {
    return measured.stream().filter(m -> !m.ok()).findFirst().orElseThrow();
  }

  private static Output javaFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return new Output(List.of(), 0);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    long lines = 0;
    for (Path file : files) {
      try (Stream<String> fileLines = Files.lines(file, StandardCharsets.UTF_8)) {
        lines += fileLines.count();
      }
    }
    return new Output(files, lines);
  }

  private static String seconds(Measured measured) {
    return measured.ok() ? String.format(Locale.ROOT, "%.1f", measured.seconds()) : "fail";
  }

  private static String megabytes(Measured measured) {
    return measured.ok() ? String.format(Locale.ROOT, "%.0f", measured.peakMegabytes()) : "fail";
  }

  private static String ratio(double a, double b, boolean valid) {
    return valid && b > 0 ? String.format(Locale.ROOT, "%.2f", a / b) : "-";
  }

  private static String firstLines(String output) {
    String text = output.strip().replace('\n', ' ');
    return text.length() > 300 ? text.substring(text.length() - 300) : text;
  }

  private static String java() {
    return javaHome("java");
  }

  private static String javaHome(String tool) {
    return Path.of(System.getProperty("java.home"), "bin", tool).toString();
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
