package dev.clientele.core.hostile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.clientele.core.Clientele;
import dev.clientele.core.GenerationException;
import dev.clientele.core.GeneratorConfig;
import dev.clientele.core.emit.SourceFile;
import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs made to exhaust the generator: schemas nested thousands of levels deep, through inline
 * objects, arrays or chains of $refs, and an enum of 100,000 values. Each either generates or fails
 * with problems that name the code, the place and what to do — never a StackOverflowError.
 */
class DeepAndLargeSpecsTest {

  /** Generous: each case takes well under a few seconds; this only stops a runaway. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  private static final String HEAD =
      "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"deep\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{";

  @TempDir Path dir;

  @Test
  @DisplayName("schemas nested 128 levels deep (127 objects and a string) generate code that compiles, with short type names")
  void nestingAtTheLimitGenerates() {
    // Given schemas nested as deep as Clientele follows, each inner object named after all above it
    String spec = HEAD + "\"Root\":" + nestedObjects(127, "level") + "}}}";

    // When it is generated and compiled
    List<SourceFile> sources = assertTimeoutPreemptively(BOUND, () -> render(spec));

    // Then every object is a record (nested in the one above it while names stay short), even the
    // deepest one's file name is short, and the code compiles
    assertTrue(sources.stream().allMatch(source -> fileName(source).length() <= 100 + ".java".length()));
    Compilation compilation = Generated.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    long records = classes.names().stream().filter(name -> classes.load(name).isRecord()).count();
    assertEquals(127, records, "one record per object");
  }

  @Test
  @DisplayName("schemas nested 129 levels deep fail with schema-too-deep at the place it happens")
  void nestingBeyondTheLimitFails() {
    String spec = HEAD + "\"Root\":" + nestedObjects(128, "p") + "}}}";

    GenerationException failure = assertTimeoutPreemptively(BOUND, () -> assertThrows(GenerationException.class, () -> render(spec)));

    Diagnostic problem = only(failure, "schema-too-deep");
    assertEquals("#/components/schemas/Root" + "/properties/p".repeat(128), problem.location());
    assertFalse(problem.hint().isEmpty());
  }

  @Test
  @DisplayName("arrays nested 200 levels deep fail with schema-too-deep, not a stack overflow")
  void deepArraysFail() {
    StringBuilder spec = new StringBuilder(HEAD + "\"Root\":{\"type\":\"object\",\"properties\":{\"p\":");
    spec.append("{\"type\":\"array\",\"items\":".repeat(200)).append("{\"type\":\"string\"}").append("}".repeat(200));
    spec.append("}}}}}");

    GenerationException failure =
        assertTimeoutPreemptively(BOUND, () -> assertThrows(GenerationException.class, () -> render(spec.toString())));

    assertTrue(only(failure, "schema-too-deep").location().startsWith("#/components/schemas/Root/properties/p/items/items/"));
  }

  @Test
  @DisplayName("JSON nested 10,000 levels deep fails clearly when it is read, not with a stack trace")
  void tenThousandLevelsOfJson() {
    String spec = HEAD + "\"Root\":" + nestedObjects(5_000, "p") + "}}}";

    GenerationException failure =
        assertTimeoutPreemptively(BOUND, () -> assertThrows(GenerationException.class, () -> render(spec)));

    assertTrue(failure.getMessage().contains("nesting depth"), failure.getMessage());
  }

  @Test
  @DisplayName("YAML nested 10,000 levels deep fails clearly, not with a stack trace")
  void tenThousandLevelsOfYaml() {
    StringBuilder spec = new StringBuilder("openapi: 3.1.0\ninfo: {title: deep, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Root: ");
    spec.append("{type: object, properties: {p: ".repeat(5_000)).append("{type: string}").append("}}".repeat(5_000)).append('\n');

    GenerationException failure = assertTimeoutPreemptively(
        BOUND, () -> assertThrows(GenerationException.class, () -> render(spec.toString(), "deep.yaml")));

    assertFalse(failure.problems().isEmpty());
  }

  @Test
  @DisplayName("a chain of 60 $refs, each schema pointing to the next, generates code that compiles")
  void shortRefChainGenerates() {
    List<SourceFile> sources = assertTimeoutPreemptively(BOUND, () -> render(refChain(60)));

    assertEquals(60 + 2, sources.size());
    assertThat(Generated.compile(sources)).succeededWithoutWarnings();
  }

  @Test
  @DisplayName("a chain of 10,000 $refs fails with a problem, not a StackOverflowError")
  void longRefChainFails() {
    GenerationException failure =
        assertTimeoutPreemptively(BOUND, () -> assertThrows(GenerationException.class, () -> render(refChain(10_000))));

    Diagnostic problem = failure.problems().get(0);
    assertTrue(List.of("too-deep", "schema-too-deep").contains(problem.code()), problem.format());
    assertFalse(problem.hint().isEmpty());
  }

  @Test
  @DisplayName("an enum of 100,000 values is its plain type with a warning, and compiles")
  void hundredThousandEnumValues() throws Exception {
    // Given a property whose enum lists 100,000 values
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      values.append(i == 0 ? "" : ",").append("\"value-").append(i).append('"');
    }
    String spec = HEAD + "\"Thing\":{\"type\":\"object\",\"properties\":{\"code\":{\"type\":\"string\",\"enum\":["
        + values + "]}}}}}}";
    Path file = dir.resolve("enum.json");
    Files.writeString(file, spec);

    // When it is generated
    List<SourceFile> sources = new ArrayList<>();
    // (2 s here; 15 s is a bound generous for a slow CI, which the quadratic dedupe took 28 s to pass)
    List<Diagnostic> warnings = assertTimeoutPreemptively(
        Duration.ofSeconds(15), () -> Clientele.render(GeneratorConfig.of(file, dir.resolve("out"), "com.example"), sources));

    // Then the enum is a String with a warning, the record stays small, and it compiles
    assertEquals("large-enum", warnings.stream().map(Diagnostic::code).filter("large-enum"::equals).findFirst().orElse(""));
    SourceFile thing = sources.stream().filter(source -> source.relativePath().endsWith("/Thing.java")).findFirst().orElseThrow();
    assertTrue(thing.content().length() < 20_000, "the values are not in the code: " + thing.content().length());
    assertEquals(3, sources.size());
    assertThat(Generated.compile(sources)).succeededWithoutWarnings();
  }

  @Test
  @DisplayName("a spec too large for the heap fails with an out-of-memory problem that says what to do")
  void tooLargeForTheHeap() throws Exception {
    // Given a 10 MB spec, and a JVM with 64 MB of heap to generate it
    Path spec = dir.resolve("large.json");
    LargeSpecs.write(spec, 10L << 20);
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
            "-cp", System.getProperty("java.class.path"), LargeSpecs.class.getName(), spec.toString())
        .redirectErrorStream(true)
        .start();

    // When it runs out of memory
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    assertTrue(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "still running");

    // Then generation reports a problem with a hint, and no stack trace
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.startsWith("problems=1 error: ") && output.contains("MiB of heap") && output.contains("-Xmx"), output);
    assertFalse(output.contains("Exception") || output.contains("\tat "), output);
  }

  private List<SourceFile> render(String spec) throws Exception {
    return render(spec, "spec.json");
  }

  private List<SourceFile> render(String spec, String name) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, spec);
    List<SourceFile> sources = new ArrayList<>();
    Clientele.render(GeneratorConfig.of(file, dir.resolve("out"), "com.example"), sources);
    return sources;
  }

  /** {@code depth} objects, each the only property of the one above, the innermost holding a string. */
  private static String nestedObjects(int depth, String property) {
    return ("{\"type\":\"object\",\"properties\":{\"" + property + "\":").repeat(depth)
        + "{\"type\":\"string\"}" + "}}".repeat(depth);
  }

  private static String refChain(int length) {
    StringBuilder spec = new StringBuilder(HEAD);
    for (int i = 0; i < length; i++) {
      spec.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"type\":\"object\",\"properties\":{\"next\":");
      spec.append(i + 1 < length ? "{\"$ref\":\"#/components/schemas/S" + (i + 1) + "\"}" : "{\"type\":\"string\"}");
      spec.append("}}");
    }
    return spec.append("}}}").toString();
  }

  private static Diagnostic only(GenerationException failure, String code) {
    List<Diagnostic> matching = failure.problems().stream().filter(problem -> problem.code().equals(code)).toList();
    assertEquals(1, matching.size(), failure.getMessage());
    return matching.get(0);
  }

  private static String fileName(SourceFile source) {
    return source.relativePath().substring(source.relativePath().lastIndexOf('/') + 1);
  }
}
