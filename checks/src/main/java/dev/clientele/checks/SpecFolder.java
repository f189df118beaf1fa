package dev.clientele.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Where the runners find their specs: every spec file directly in one folder. */
public final class SpecFolder {

  private SpecFolder() {}

  /** The spec files ({@code *.yaml}, {@code *.yml}, {@code *.json}) directly in the folder, sorted by name. */
  public static List<Path> specs(Path folder) throws IOException {
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
  public static Path defaultFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("generator-core")) && Files.isDirectory(dir.resolve("checks"))) {
        Path specs = dir.resolveSibling("shared").resolve("specs");
        return Files.isDirectory(specs) ? specs : null;
      }
    }
    return null;
  }
}
