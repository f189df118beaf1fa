package dev.clientele.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keeps the pipeline one-way: parse → model → emit, each stage importing only what it may. */
class ArchitectureTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/clientele/core");

  @DisplayName("a stage imports nothing it must not")
  @ParameterizedTest(name = "{0} does not import {1}")
  @CsvSource({
      "model, io.swagger",
      "model, com.palantir.javapoet",
      "model, com.fasterxml.jackson",
      "model, dev.clientele.core.parse",
      "model, dev.clientele.core.emit",
      "emit, io.swagger",
      "emit, dev.clientele.core.parse",
      "parse, com.palantir.javapoet",
      "parse, dev.clientele.core.emit",
      "write, io.swagger",
      "write, com.palantir.javapoet",
      "write, dev.clientele.core.parse",
      "changes, io.swagger",
      "changes, com.palantir.javapoet",
      "changes, dev.clientele.core.parse",
      "changes, dev.clientele.core.emit",
      "changes, dev.clientele.core.model",
  })
  void stageDoesNotImport(String stage, String forbidden) throws IOException {
    assertEquals(List.of(), importsOf(SOURCES.resolve(stage), forbidden));
  }

  @Test
  @DisplayName("generator-core knows nothing of Maven: the plugin adapts to it, not the other way round")
  void noMavenImports() throws IOException {
    assertEquals(List.of(), importsOf(SOURCES, "org.apache.maven"));
  }

  private static List<String> importsOf(Path folder, String forbidden) throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.startsWith("import ") && line.contains(" " + forbidden + ".")
              || line.startsWith("import static " + forbidden + ".")) {
            offenders.add(file.getFileName() + ": " + line);
          }
        }
      }
    }
    return offenders;
  }
}
