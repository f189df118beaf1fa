package dev.clientele.core.changes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a run keeps its API surface for the next run to compare with: a text file in the output
 * folder, beside the run's manifest, headed by the Clientele version that generated it.
 */
public final class SurfaceFile {

  private static final String HEADER = "# Clientele ";

  /**
   * A stored surface.
   *
   * @param version the Clientele version that generated it
   * @param surface the surface
   */
  public record Stored(String version, ApiSurface surface) {}

  private SurfaceFile() {}

  /** The file of run {@code runFileName} (a run name as it appears in file names) in {@code folder}. */
  public static Path of(Path folder, String runFileName) {
    return folder.resolve(".clientele-" + runFileName + ".api");
  }

  /** The stored surface, or empty when there is none or it is not one. */
  public static Optional<Stored> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
      return Optional.empty();
    }
    return Optional.of(new Stored(lines.get(0).substring(HEADER.length()).strip(), ApiSurface.parse(lines.subList(1, lines.size()))));
  }

  public static void write(Path file, String version, ApiSurface surface) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER + version);
    lines.addAll(surface.lines());
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
