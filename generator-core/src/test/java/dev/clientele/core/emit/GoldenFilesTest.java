package dev.clientele.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.clientele.core.support.Generated;
import dev.clientele.core.support.Specs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What we generate for the seed, file by file. A change here is a change to what users get, so it
 * is made on purpose: run with {@code -Dgolden.update=true} to rewrite the expected files, then
 * review the diff.
 */
class GoldenFilesTest {

  private static final Path EXPECTED = Path.of("src/test/resources/expected/close");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private static final Map<String, SourceFile> CLOSE =
      Generated.sources(Specs.named("close-lead.yaml"), "com.close.client").stream()
          .collect(Collectors.toMap(SourceFile::relativePath, file -> file));

  @DisplayName("the Close client's file matches its golden copy")
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "com/close/client/model/Lead.java",
      "com/close/client/model/CallStatus.java",
      "com/close/client/model/OpportunitySuggestedActionDetails.java",
      "com/close/client/api/SubpackageLeadsApi.java",
      "com/close/client/api/SubpackageLeadsApiClient.java",
      "com/close/client/CloseClient.java"
  })
  void matchesGoldenFile(String relativePath) throws IOException {
    SourceFile generated = CLOSE.get(relativePath);
    if (generated == null) {
      fail("not generated: " + relativePath + "; generated: " + CLOSE.keySet());
    }
    Path expected = EXPECTED.resolve(Path.of(relativePath).getFileName());
    if (UPDATE) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, generated.content(), StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expected)) {
      fail("no golden file " + expected + "; run with -Dgolden.update=true to create it");
    }
    String want = Files.readString(expected, StandardCharsets.UTF_8);
    if (!want.equals(generated.content())) {
      fail("generated " + relativePath + " differs from " + expected
          + " (rerun with -Dgolden.update=true if intended, and review the diff)\n"
          + firstDifference(want, generated.content()));
    }
  }

  /** The first line that differs, with a little context from both sides. */
  static String firstDifference(String expected, String actual) {
    List<String> want = expected.lines().toList();
    List<String> got = actual.lines().toList();
    int line = 0;
    while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
      line++;
    }
    StringBuilder diff = new StringBuilder("first difference at line " + (line + 1) + ":\n");
    for (int i = Math.max(0, line - 2); i < line; i++) {
      diff.append("  ").append(want.get(i)).append('\n');
    }
    for (int i = line; i < Math.min(want.size(), line + 3); i++) {
      diff.append("- ").append(want.get(i)).append('\n');
    }
    for (int i = line; i < Math.min(got.size(), line + 3); i++) {
      diff.append("+ ").append(got.get(i)).append('\n');
    }
    return diff.toString();
  }

  @DisplayName("generating twice gives byte-identical files")
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"close-lead.yaml"})
  void outputIsDeterministic(String spec) {
    List<SourceFile> first = Generated.sources(Specs.named(spec), "com.close.client");
    List<SourceFile> second = Generated.sources(Specs.named(spec), "com.close.client");
    assertEquals(first, second);
  }
}
