package dev.clientele.checks.nullness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientele.core.emit.EmitOptions;
import dev.clientele.core.emit.JavaEmitter;
import dev.clientele.core.emit.SourceFile;
import dev.clientele.core.parse.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code is {@code @NullMarked}, so JSpecify users run NullAway over it; annotations the
 * checker contradicts would be worse than none.
 */
class NullAwayTest {

  private static NullAwayCompiler nullAway;

  @BeforeAll
  static void findCompiler() throws IOException {
    nullAway = NullAwayCompiler.find().orElse(null);
    Assumptions.assumeTrue(nullAway != null, NullAwayCompiler::requirement);
  }

  @Test
  @DisplayName("NullAway finds nothing in the code generated for the seed and every test spec")
  void generatedCodeOfEveryTestSpecPassesNullAway(@TempDir Path work) throws Exception {
    // Given every spec of test-specs, each generated into a package of its own
    List<Path> specs;
    try (Stream<Path> files = Files.walk(Path.of("..", "test-specs"))) {
      specs = files.filter(file -> file.toString().matches(".*\\.(yaml|yml|json)$")).sorted().toList();
    }
    assertTrue(specs.size() >= 12, "the test specs, seed included: " + specs);
    Path sources = work.resolve("src");
    for (int i = 0; i < specs.size(); i++) {
      var parsed = SpecReader.read(specs.get(i), SpecReader.Options.defaults());
      write(sources, JavaEmitter.emit(parsed.model(), EmitOptions.of("nullaway.spec" + i, Map.of())).files());
    }

    // When they are compiled with NullAway
    List<String> findings = nullAway.check(sources, work);

    // Then it has nothing to say
    assertEquals(List.of(), findings, "specs, by package number: " + specs);
  }

  @Test
  @DisplayName("the check fails on a builder that passes a field it checked for null into a non-null component in a way NullAway cannot see")
  void checkFindsTheOldBuilderShape(@TempDir Path work) throws Exception {
    // Given the shape builders had before: a list of missing names, then the unchecked fields
    Path sources = work.resolve("src");
    write(sources, List.of(
        new SourceFile("wrong/package-info.java", "@org.jspecify.annotations.NullMarked\npackage wrong;\n"),
        new SourceFile("wrong/Lead.java", """
            package wrong;

            import java.util.ArrayList;
            import java.util.List;
            import org.jspecify.annotations.Nullable;

            public record Lead(String id) {
              public static final class Builder {
                private @Nullable String id;

                public Lead build() {
                  List<String> missing = new ArrayList<>();
                  if (id == null) {
                    missing.add("id");
                  }
                  if (!missing.isEmpty()) {
                    throw new IllegalStateException("Cannot build Lead: missing required " + missing);
                  }
                  return new Lead(id);
                }
              }
            }
            """)));

    // When it is compiled with NullAway
    List<String> findings = nullAway.check(sources, work);

    // Then NullAway reports the call
    assertEquals(1, findings.size(), String.join("\n", findings));
    assertTrue(findings.get(0).contains("Lead.java:19"), findings.get(0));
  }

  private static void write(Path folder, List<SourceFile> files) throws IOException {
    for (SourceFile file : files) {
      Path target = folder.resolve(file.relativePath());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content());
    }
  }
}
