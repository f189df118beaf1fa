package dev.clientele.core.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The specs in the project's {@code test-specs/} folder. */
public final class Specs {

  private Specs() {}

  /** The {@code test-specs/} folder, found from the module's working directory. */
  public static Path folder() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("test-specs");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no test-specs folder above " + here);
  }

  public static Path named(String fileName) {
    return folder().resolve(fileName);
  }

  /** Every YAML and JSON spec in {@code test-specs/}, sorted by name. */
  public static List<Path> all() {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml") || f.toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
