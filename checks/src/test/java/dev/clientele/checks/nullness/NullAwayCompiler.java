package dev.clientele.checks.nullness;

import dev.clientele.checks.GeneratedCodeClasspath;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Compiles Java sources in a forked {@code javac} with NullAway as a JSpecify user runs it: Error
 * Prone with only NullAway on, {@code OnlyNullMarked}, JSpecify mode, at release 17. JSpecify mode
 * needs the type annotations javac 22+ keeps on symbols, hence a javac of its own rather than this
 * JVM's in-process compiler.
 */
final class NullAwayCompiler {

  /** Error Prone reaches into javac's internals, which a modular JDK must open to it. */
  private static final List<String> JAVAC_PACKAGES = List.of(
      "api", "file", "main", "model", "parser", "processing", "tree", "util", "code", "comp");

  private final Path javac;
  private final List<Path> tools;

  private NullAwayCompiler(Path javac, List<Path> tools) {
    this.javac = javac;
    this.tools = tools;
  }

  /**
   * The compiler, or empty when no JDK 22+ is at hand: {@code nullaway.jdk} when set, else this
   * JVM's JDK when it is one, else the newest one installed beside it ({@code /usr/lib/jvm/*}).
   */
  static Optional<NullAwayCompiler> find() throws IOException {
    Path toolFolder = Path.of(System.getProperty("nullaway.tools", "target/nullaway"));
    List<Path> tools;
    try (Stream<Path> jars = Files.list(toolFolder)) {
      tools = jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
    }
    return jdk().map(home -> new NullAwayCompiler(home.resolve("bin").resolve("javac"), tools));
  }

  /** What the JDK is, for a message when there is none. */
  static String requirement() {
    return "NullAway's JSpecify mode needs javac from JDK 22 or later; none found (this JVM is "
        + Runtime.version() + "): set -Dnullaway.jdk=/path/to/jdk";
  }

  private static Optional<Path> jdk() throws IOException {
    String configured = System.getProperty("nullaway.jdk", "");
    if (!configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    Path home = Path.of(System.getProperty("java.home"));
    if (Runtime.version().feature() >= 22 && Files.isExecutable(home.resolve("bin/javac"))) {
      return Optional.of(home);
    }
    Path installed = home.getParent();
    if (installed == null || !Files.isDirectory(installed)) {
      return Optional.empty();
    }
    try (Stream<Path> siblings = Files.list(installed)) {
      return siblings
          .filter(jdk -> Files.isExecutable(jdk.resolve("bin/javac")))
          .filter(jdk -> feature(jdk) >= 22)
          .max(Comparator.comparingInt(NullAwayCompiler::feature));
    }
  }

  /** The JDK's feature release, from its {@code release} file; 0 when it does not say. */
  private static int feature(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"), StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  /**
   * Compiles every {@code .java} file below {@code sources} and returns NullAway's findings, each
   * with its file, line and message; a compilation that fails otherwise is an {@link AssertionError}.
   */
  List<String> check(Path sources, Path workFolder) throws IOException, InterruptedException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(file -> file.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    Path classes = Files.createDirectories(workFolder.resolve("classes"));
    List<String> arguments = new ArrayList<>();
    arguments.add("--release");
    arguments.add("17");
    arguments.add("-XDcompilePolicy=simple");
    arguments.add("--should-stop=ifError=FLOW");
    arguments.add("-proc:none");
    arguments.add("-processorpath");
    arguments.add(join(tools));
    arguments.add("-classpath");
    arguments.add(join(GeneratedCodeClasspath.find().stream().map(File::toPath).toList()));
    arguments.add("-d");
    arguments.add(classes.toString());
    arguments.add("-Xmaxerrs");
    arguments.add("10000");
    arguments.add("-Xplugin:ErrorProne -XepDisableAllChecks -Xep:NullAway:ERROR"
        + " -XepOpt:NullAway:OnlyNullMarked=true -XepOpt:NullAway:JSpecifyMode=true");
    arguments.addAll(files);
    Path argumentFile = workFolder.resolve("javac.args");
    Files.write(argumentFile, arguments.stream().map(NullAwayCompiler::quoted).toList(), StandardCharsets.UTF_8);

    List<String> command = new ArrayList<>();
    command.add(javac.toString());
    for (String javacPackage : JAVAC_PACKAGES) {
      command.add("-J--add-exports=jdk.compiler/com.sun.tools.javac." + javacPackage + "=ALL-UNNAMED");
    }
    command.add("-J--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED");
    command.add("-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED");
    command.add("@" + argumentFile);
    Path log = workFolder.resolve("javac.log");
    Process javacProcess = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!javacProcess.waitFor(5, TimeUnit.MINUTES)) {
      javacProcess.destroyForcibly();
      throw new AssertionError("javac with NullAway did not finish within 5 minutes");
    }
    List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
    List<String> findings = output.stream().filter(line -> line.contains("error: [NullAway]")).toList();
    long otherErrors = output.stream().filter(line -> line.contains(": error: ") && !line.contains("error: [NullAway]")).count();
    if (otherErrors > 0 || (javacProcess.exitValue() != 0 && findings.isEmpty())) {
      throw new AssertionError("javac failed for another reason than NullAway's findings:\n"
          + String.join("\n", output.subList(0, Math.min(60, output.size()))));
    }
    return findings;
  }

  private static String join(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  /** An argument file entry: quoted, since a path may hold spaces. */
  private static String quoted(String argument) {
    return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
