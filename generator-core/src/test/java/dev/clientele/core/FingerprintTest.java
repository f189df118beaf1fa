package dev.clientele.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Fingerprint}: it changes exactly when something that decides the output changes. */
class FingerprintTest {

  private static final String VERSION = "1.0.0";

  @TempDir Path dir;

  private Path spec;
  private Path pets;
  private Path owner;
  private GeneratorConfig config;

  @BeforeEach
  void writeSpecWithReferencedFiles() throws IOException {
    // A spec that refers to pets.yaml, which refers to schemas/owner.yaml: a chain of local files.
    spec = dir.resolve("api.yaml");
    pets = dir.resolve("pets.yaml");
    owner = dir.resolve("schemas/owner.yaml");
    Files.createDirectories(owner.getParent());
    Files.writeString(spec, """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Pet: {$ref: 'pets.yaml#/Pet'}
            Remote: {$ref: 'https://example.com/remote.yaml#/Remote'}
            Self: {$ref: '#/components/schemas/Pet'}
        """);
    Files.writeString(pets, """
        Pet:
          type: object
          properties:
            owner: {$ref: 'schemas/owner.yaml'}
        """);
    Files.writeString(owner, "type: object\nproperties: {name: {type: string}}\n");
    config = new GeneratorConfig(spec, dir.resolve("out"), "com.example", Map.of("pets", "Animals"), false, "", true);
  }

  @Test
  @DisplayName("the inputs are the spec and every local file it refers to, transitively; URLs are not followed")
  void inputsFollowLocalRefs() {
    Fingerprint fingerprint = Fingerprint.of(config, VERSION);

    assertEquals(List.of(abs(spec), abs(pets), abs(owner)), fingerprint.inputs());
  }

  @Test
  @DisplayName("with nothing changed, the fingerprint is the same and still current")
  void stable() {
    Fingerprint first = Fingerprint.of(config, VERSION);

    Fingerprint second = Fingerprint.of(config, VERSION);

    assertEquals(first, second);
    assertTrue(first.isCurrent(config, VERSION));
  }

  @Test
  @DisplayName("editing the spec changes the fingerprint")
  void specChange() throws IOException {
    Fingerprint before = Fingerprint.of(config, VERSION);

    Files.writeString(spec, Files.readString(spec) + "# a comment\n");

    assertFalse(before.isCurrent(config, VERSION));
  }

  @Test
  @DisplayName("editing a file the spec refers to, even two refs away, changes the fingerprint")
  void referencedFileChange() throws IOException {
    Fingerprint before = Fingerprint.of(config, VERSION);

    Files.writeString(owner, "type: object\nproperties: {name: {type: integer}}\n");

    assertFalse(before.isCurrent(config, VERSION));
  }

  @Test
  @DisplayName("a referenced file that goes missing changes the fingerprint")
  void referencedFileDeleted() throws IOException {
    Fingerprint before = Fingerprint.of(config, VERSION);

    Files.delete(pets);

    assertFalse(before.isCurrent(config, VERSION));
  }

  @Test
  @DisplayName("each option of the configuration is part of the fingerprint")
  void configChange() {
    Fingerprint before = Fingerprint.of(config, VERSION);

    List<GeneratorConfig> changed = List.of(
        new GeneratorConfig(spec, dir.resolve("other"), "com.example", Map.of("pets", "Animals"), false, "", true),
        new GeneratorConfig(spec, dir.resolve("out"), "com.other", Map.of("pets", "Animals"), false, "", true),
        new GeneratorConfig(spec, dir.resolve("out"), "com.example", Map.of("pets", "Pets"), false, "", true),
        new GeneratorConfig(spec, dir.resolve("out"), "com.example", Map.of(), false, "", true),
        new GeneratorConfig(spec, dir.resolve("out"), "com.example", Map.of("pets", "Animals"), true, "", true),
        new GeneratorConfig(spec, dir.resolve("out"), "com.example", Map.of("pets", "Animals"), false, "PetClient", true),
        new GeneratorConfig(spec, dir.resolve("out"), "com.example", Map.of("pets", "Animals"), false, "", false),
        new GeneratorConfig(spec, dir.resolve("out"), "com.example", Map.of("pets", "Animals"), false, "", true, true));

    for (GeneratorConfig other : changed) {
      assertFalse(before.isCurrent(other, VERSION), other.toString());
    }
  }

  @Test
  @DisplayName("another generator version changes the fingerprint")
  void versionChange() {
    Fingerprint before = Fingerprint.of(config, VERSION);

    assertNotEquals(before, Fingerprint.of(config, "1.0.1"));
  }

  @Test
  @DisplayName("a fingerprint written to a stamp reads back equal; a missing or foreign stamp reads as none")
  void stampRoundTrip() throws IOException {
    Fingerprint fingerprint = Fingerprint.of(config, VERSION);
    Path stamp = dir.resolve("target/clientele/default.stamp");

    fingerprint.writeTo(stamp);

    assertEquals(Optional.of(fingerprint), Fingerprint.readFrom(stamp));
    assertEquals(Optional.empty(), Fingerprint.readFrom(dir.resolve("none.stamp")));
    Files.writeString(stamp, "something else\n");
    assertEquals(Optional.empty(), Fingerprint.readFrom(stamp));
  }

  private static Path abs(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
