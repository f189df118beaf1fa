package dev.clientele.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientele.core.Clientele;
import dev.clientele.core.GenerationException;
import dev.clientele.core.GenerationResult;
import dev.clientele.core.GeneratorConfig;
import dev.clientele.core.emit.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generates a spec onto disk, as a user's build does, and reads back what was written — the bytes
 * in the files, not the strings in memory, so that what UTF-8 cannot hold shows.
 */
final class OnDisk {

  private OnDisk() {}

  /** What one run left on disk. */
  record Run(Path root, GenerationResult result, List<SourceFile> sources) {}

  /**
   * Generates {@code spec} into {@code workspace/out} and checks that every file the run wrote, and
   * nothing else, is below {@code out}: the workspace holds only {@code out}, and the files in
   * {@code out} are exactly those the run reports plus its manifest and API surface.
   */
  static Run generate(Path spec, Path workspace, String basePackage) throws GenerationException {
    Path out = workspace.resolve("out");
    GenerationResult result = Clientele.generate(GeneratorConfig.of(spec, out, basePackage));
    assertEquals(Set.of(out), filesBelow(workspace, 1), "the run created something next to its output folder");
    Set<Path> expected = new TreeSet<>(result.files());
    expected.add(out.toAbsolutePath().normalize().resolve(".clientele-" + basePackage + ".manifest"));
    expected.add(out.toAbsolutePath().normalize().resolve(".clientele-" + basePackage + ".api"));
    assertEquals(expected, filesBelow(out, Integer.MAX_VALUE), "the files in the output folder");
    for (Path file : result.files()) {
      assertTrue(file.toAbsolutePath().normalize().startsWith(out.toAbsolutePath().normalize()), file.toString());
    }
    return new Run(out, result, read(out, result.files()));
  }

  private static Set<Path> filesBelow(Path folder, int depth) {
    try (Stream<Path> files = Files.walk(folder, depth)) {
      return files.filter(file -> !file.equals(folder))
          .filter(file -> depth == 1 || Files.isRegularFile(file))
          .map(file -> file.toAbsolutePath().normalize())
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<SourceFile> read(Path root, List<Path> files) {
    List<SourceFile> sources = new ArrayList<>();
    for (Path file : files) {
      try {
        String relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
            .toString().replace('\\', '/');
        sources.add(new SourceFile(relative, Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }
}
