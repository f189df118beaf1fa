package dev.clientele.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.clientele.core.IncrementalGeneration.Generated;
import dev.clientele.core.IncrementalGeneration.UpToDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link IncrementalGeneration}: generates when an input changed, and only then. */
class IncrementalGenerationTest {

  @TempDir Path dir;

  private Path spec;
  private Path stamps;
  private GeneratorConfig config;

  @BeforeEach
  void writeSpec() throws Exception {
    spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Pet: {type: object, properties: {name: {type: string}}}
            Toy: {type: object, properties: {name: {type: string}}}
        """);
    stamps = dir.resolve("target/clientele");
    config = new GeneratorConfig(spec, dir.resolve("out"), "com.example", Map.of(), false, "", true);
  }

  @Test
  @DisplayName("a second run with nothing changed is up to date and names how many files the first generated")
  void secondRunIsUpToDate() throws Exception {
    IncrementalGeneration.Outcome first = IncrementalGeneration.run(config, "default", stamps);

    IncrementalGeneration.Outcome second = IncrementalGeneration.run(config, "default", stamps);

    int generated = assertInstanceOf(Generated.class, first).result().files().size();
    assertEquals(new UpToDate(generated), second);
  }

  @Test
  @DisplayName("a changed spec regenerates and deletes what is no longer generated")
  void changedSpecRegenerates() throws Exception {
    IncrementalGeneration.run(config, "default", stamps);
    Files.writeString(spec, Files.readString(spec).replace("    Toy: {type: object, properties: {name: {type: string}}}\n", ""));

    IncrementalGeneration.Outcome outcome = IncrementalGeneration.run(config, "default", stamps);

    GenerationResult result = assertInstanceOf(Generated.class, outcome).result();
    assertEquals(1, result.deleted());
    assertEquals(0, result.written());
    assertFalse(Files.exists(dir.resolve("out/com/example/model/Toy.java")));
  }

  @Test
  @DisplayName("a generated file deleted by hand is generated again, though the stamp matches")
  void missingOutputRegenerates() throws Exception {
    IncrementalGeneration.run(config, "default", stamps);
    Files.delete(dir.resolve("out/com/example/model/Pet.java"));

    IncrementalGeneration.Outcome outcome = IncrementalGeneration.run(config, "default", stamps);

    assertEquals(1, assertInstanceOf(Generated.class, outcome).result().written());
  }

  @Test
  @DisplayName("a failed run writes no stamp, so the next run tries again and fails again")
  void failureWritesNoStamp() throws Exception {
    Files.writeString(spec, "openapi: 3.1.0\ninfo: {title: t, version: '1'\n");

    assertThrows(GenerationException.class, () -> IncrementalGeneration.run(config, "default", stamps));

    assertFalse(Files.exists(stamps.resolve("default.stamp")));
    assertThrows(GenerationException.class, () -> IncrementalGeneration.run(config, "default", stamps));
  }
}
