package dev.clientele.core.hostile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.clientele.core.emit.SourceFile;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import dev.clientele.core.support.PlainJson;
import dev.clientele.core.support.Specs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * test-specs/hostile/file-names-3.1.yaml names schemas, tags and operations like paths, Windows
 * devices, java.lang and imported types, names that differ only in case, and names of 1,000
 * characters: every file lands inside the output folder under a name every file system takes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileNamesTest {

  private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

  private OnDisk.Run run;
  private Compilation compilation;

  @BeforeAll
  void generate(@TempDir Path workspace) throws Exception {
    // Given the sources generated for the spec, written to disk and read back (OnDisk checks that
    // nothing was written outside the output folder)
    run = OnDisk.generate(Specs.folder().resolve("hostile/file-names-3.1.yaml"), workspace, "com.example.names");
    compilation = Generated.compile(run.sources());
  }

  @Test
  @DisplayName("the generated code compiles with -Xlint:all -Werror")
  void compiles() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  @DisplayName("every file name is short, portable, no Windows device, and unique ignoring case")
  void fileNamesArePortable() {
    Set<String> seen = new HashSet<>();
    for (SourceFile source : run.sources()) {
      for (String segment : source.relativePath().split("/")) {
        assertTrue(segment.getBytes(StandardCharsets.UTF_8).length <= 255, segment);
        assertTrue(segment.matches("[A-Za-z0-9_.-]+"), segment);
        assertFalse(WINDOWS_DEVICE.matcher(segment).matches(), source.relativePath());
      }
      assertTrue(seen.add(source.relativePath().toLowerCase(Locale.ROOT)), "collides ignoring case: " + source.relativePath());
    }
  }

  @Test
  @DisplayName("class files stay under 255 bytes too, nested classes included")
  void classFileNamesAreShort() {
    compilation.generatedFiles().forEach(file -> {
      String name = file.getName().substring(file.getName().lastIndexOf('/') + 1);
      assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
    });
  }

  @Test
  @DisplayName("Pet, pet and PET are three types in three files, and each parses its own JSON")
  void caseCollidingSchemasStayApart() throws Exception {
    CompiledClasses classes = new CompiledClasses(compilation);
    List<String> models = run.sources().stream()
        .map(SourceFile::relativePath)
        .filter(path -> path.matches("(?i)com/example/names/model/Pet[0-9]*\\.java"))
        .sorted()
        .toList();
    // Pet, pet, the enum PET and the union pEt, numbered in document order
    assertEquals(List.of("com/example/names/model/PET3.java", "com/example/names/model/PEt4.java",
        "com/example/names/model/Pet.java", "com/example/names/model/Pet2.java"), models);

    // The record for "pet" (the second schema of the three) reads its own properties
    Class<?> pet = classes.load("com.example.names.model.Pet2");
    Object parsed = PlainJson.MAPPER.readValue("{\"name\":\"Rex\",\"owner\":{\"pet\":\"a\",\"Pet\":\"b\",\"PET\":\"c\"}}", pet);
    assertEquals(
        PlainJson.MAPPER.readTree("{\"name\":\"Rex\",\"owner\":{\"pet\":\"a\",\"Pet\":\"b\",\"PET\":\"c\"}}"),
        PlainJson.MAPPER.valueToTree(parsed));
  }

  @Test
  @DisplayName("schemas named like java.lang types or Windows devices get a Model suffix")
  void reservedNamesGetASuffix() {
    Set<String> files = new HashSet<>();
    run.sources().forEach(source -> files.add(source.relativePath()));
    for (String name : List.of("StringModel", "ObjectModel", "OverrideModel", "RecordModel", "ClassModel", "ConModel",
        "CONModel2", "AuxModel", "NulModel", "Com1Model", "LPT9Model")) {
      assertTrue(files.contains("com/example/names/model/" + name + ".java"), name + " in " + files);
    }
  }
}
