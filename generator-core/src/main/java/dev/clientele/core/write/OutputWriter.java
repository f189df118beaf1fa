package dev.clientele.core.write;

import dev.clientele.core.emit.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Writes sources below one folder, leaving files whose content is already right untouched. */
public final class OutputWriter {

  /**
   * What a write did.
   *
   * @param files every file that now holds generated content, in the order given
   * @param written how many were created or changed
   * @param unchanged how many already had the right content
   */
  public record Outcome(List<Path> files, int written, int unchanged) {
    public Outcome {
      files = List.copyOf(files);
    }
  }

  private OutputWriter() {}

  /**
   * Writes {@code sources} below {@code folder}.
   *
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if a source's path would leave the folder
   */
  public static Outcome write(Path folder, List<SourceFile> sources) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    List<Path> files = new ArrayList<>();
    int written = 0;
    int unchanged = 0;
    for (SourceFile source : sources) {
      Path target = root.resolve(source.relativePath()).normalize();
      if (!target.startsWith(root) || target.equals(root)) {
        throw new IllegalArgumentException("refusing to write outside " + root + ": " + source.relativePath());
      }
      byte[] content = source.content().getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
        unchanged++;
      } else {
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        written++;
      }
      files.add(target);
    }
    return new Outcome(files, written, unchanged);
  }
}
