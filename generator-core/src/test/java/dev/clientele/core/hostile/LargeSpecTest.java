package dev.clientele.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB spec (12,000 documented schemas and as many operations, which make 59,000 files),
 * written at test time and generated in a JVM of its own, whose heap is bounded: it generates
 * within 4 GB, and with 1 GB it fails with an out-of-memory problem that says what to do, not a
 * stack trace. The test prints the time and peak heap. Slow (minutes on 2 cores), so tagged {@code
 * slow} and left out of the default build; run it with
 * {@code mvn -B verify -pl generator-core -am -Pslow -Dtest=LargeSpecTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class LargeSpecTest {

  @TempDir static Path dir;

  private static Path spec;
  private static int schemas;

  @org.junit.jupiter.api.BeforeAll
  static void writeSpec() throws IOException {
    // Given a 50 MB spec of thousands of documented schemas and operations
    spec = dir.resolve("large.json");
    schemas = LargeSpecs.write(spec, 50L << 20);
    assertTrue(Files.size(spec) >= 50L << 20);
  }

  @Test
  @DisplayName("a 50 MB spec generates within a 4 GB heap")
  void fiftyMegabyteSpec() throws Exception {
    // When a JVM limited to 4 GB generates it
    String output = run("-Xmx4g");

    // Then it generated a record per schema (plus enums, interfaces, clients and package-info files)
    System.out.println("LargeSpecTest: " + Files.size(spec) / 1_000_000 + " MB, " + schemas + " schemas, -Xmx4g: " + output);
    Matcher result = Pattern.compile("files=(\\d+) millis=(\\d+) peakHeapMiB=(\\d+)").matcher(output);
    assertTrue(result.find(), output);
    assertTrue(Integer.parseInt(result.group(1)) > schemas, output);
  }

  @Test
  @DisplayName("with too little heap, the 50 MB spec fails with an out-of-memory problem and a hint, not a stack trace")
  void tooLittleHeap() throws Exception {
    String output = run("-Xmx1g");

    System.out.println("LargeSpecTest: -Xmx1g: " + output);
    assertTrue(output.startsWith("problems=1 error: ") && output.contains("-Xmx"), output);
    assertTrue(!output.contains("Exception") && !output.contains("\tat "), output);
  }

  private static String run(String heap) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-cp", System.getProperty("java.class.path"), LargeSpecs.class.getName(), spec.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    // Read while it runs, so that a full pipe never blocks it.
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "still running after 10 minutes");
    assertEquals(0, process.exitValue(), new String(output, StandardCharsets.UTF_8));
    return new String(output, StandardCharsets.UTF_8).strip();
  }
}
