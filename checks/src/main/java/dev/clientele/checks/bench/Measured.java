package dev.clientele.checks.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One process run under GNU time: its wall time, peak resident memory and exit code.
 *
 * @param seconds wall time
 * @param peakMegabytes the largest resident set the process had
 * @param exitCode the process's exit code (-1 when it ran out of time)
 * @param output what it printed, both streams, for a failure's message
 */
record Measured(double seconds, double peakMegabytes, int exitCode, String output) {

  private static final long TIMEOUT_MINUTES = 15;

  boolean ok() {
    return exitCode == 0;
  }

  static Measured run(List<String> command, Path workDir) throws IOException, InterruptedException {
    Path times = Files.createTempFile(workDir, "time", ".txt");
    Path log = Files.createTempFile(workDir, "log", ".txt");
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", times.toString()));
    timed.addAll(command);
    Process process = new ProcessBuilder(timed).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      return new Measured(TIMEOUT_MINUTES * 60.0, 0, -1, "timed out after " + TIMEOUT_MINUTES + " minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    List<String> lines = Files.readAllLines(times, StandardCharsets.UTF_8);
    String last = lines.isEmpty() ? "0 0" : lines.get(lines.size() - 1).strip();
    String[] parts = last.split(" ");
    Files.deleteIfExists(times);
    Files.deleteIfExists(log);
    double seconds = parts.length == 2 ? Double.parseDouble(parts[0]) : 0;
    double megabytes = parts.length == 2 ? Long.parseLong(parts[1]) / 1024.0 : 0;
    return new Measured(seconds, megabytes, process.exitValue(), output);
  }
}
