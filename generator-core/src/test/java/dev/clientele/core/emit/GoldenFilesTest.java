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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What we generate, file by file: the seed's main files, and one telling file per construct spec in
 * test-specs/. A change here is a change to what users get, so it is made on purpose: run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class GoldenFilesTest {

  private static final Path EXPECTED = Path.of("src/test/resources/expected");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** Generated sources by spec, then by relative path; each spec generated once. */
  private static final Map<String, Map<String, SourceFile>> GENERATED = new ConcurrentHashMap<>();

  @DisplayName("the generated file matches its golden copy")
  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource({
      "close-lead.yaml,                 com.close.client, com/close/client/model/Lead.java",
      "close-lead.yaml,                 com.close.client, com/close/client/model/CallStatus.java",
      "close-lead.yaml,                 com.close.client, com/close/client/model/OpportunitySuggestedActionDetails.java",
      "close-lead.yaml,                 com.close.client, com/close/client/api/SubpackageLeadsApi.java",
      "close-lead.yaml,                 com.close.client, com/close/client/api/SubpackageLeadsApiClient.java",
      "close-lead.yaml,                 com.close.client, com/close/client/CloseClient.java",
      "enums-and-values-3.1.yaml,       com.example,      com/example/model/Priority.java",
      "enums-and-values-3.1.yaml,       com.example,      com/example/model/Report.java",
      "unions-and-maps-3.1.yaml,        com.example,      com/example/model/Content.java",
      "unions-and-maps-3.1.yaml,        com.example,      com/example/model/InputContent.java",
      "bodies-and-responses-3.0.yaml,   com.example,      com/example/api/FilesApi.java",
      "bodies-and-responses-3.0.yaml,   com.example,      com/example/api/FilesApiClient.java",
      "webhooks-and-callbacks-3.1.yaml, com.example,      com/example/model/OrderShippedWebhookRequest.java",
      "calling-operations-3.1.yaml,     com.example,      com/example/api/IssuesApi.java",
      "calling-operations-3.1.yaml,     com.example,      com/example/api/IssuesApiClient.java",
      "calling-operations-3.1.yaml,     com.example,      com/example/api/ChatApi.java",
      "calling-operations-3.1.yaml,     com.example,      com/example/api/ChatApiClient.java",
      "calling-operations-3.1.yaml,     com.example,      com/example/api/EventsApi.java",
      "calling-operations-3.1.yaml,     com.example,      com/example/api/EventsApiClient.java",
      "calling-operations-3.1.yaml,     com.example,      com/example/AcmeClient.java",
      "paging-styles-3.1.yaml,          com.example,      com/example/api/ItemsApiClient.java",
  })
  void matchesGoldenFile(String spec, String basePackage, String relativePath) throws IOException {
    Map<String, SourceFile> files = GENERATED.computeIfAbsent(spec, name ->
        Generated.sources(Specs.named(name), basePackage).stream()
            .collect(Collectors.toMap(SourceFile::relativePath, file -> file)));
    SourceFile generated = files.get(relativePath);
    if (generated == null) {
      fail("not generated: " + relativePath + "; generated: " + files.keySet());
    }
    Path expected = EXPECTED.resolve(goldenFolder(spec)).resolve(Path.of(relativePath).getFileName());
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

  /** Jackson 3 sources by spec, then by relative path. */
  private static final Map<String, Map<String, SourceFile>> GENERATED_FOR_JACKSON_3 = new ConcurrentHashMap<>();

  @DisplayName("the file generated for Jackson 3 matches its golden copy")
  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource({
      "close-lead.yaml,          com.close.client, com/close/client/model/OpportunitySuggestedActionDetails.java",
      "close-lead.yaml,          com.close.client, com/close/client/CloseClient.java",
      "unions-and-maps-3.1.yaml, com.example,      com/example/model/Content.java",
  })
  void matchesJackson3GoldenFile(String spec, String basePackage, String relativePath) throws IOException {
    Map<String, SourceFile> files = GENERATED_FOR_JACKSON_3.computeIfAbsent(spec, name ->
        Generated.sources(Specs.named(name), basePackage, 3).stream()
            .collect(Collectors.toMap(SourceFile::relativePath, file -> file)));
    SourceFile generated = files.get(relativePath);
    if (generated == null) {
      fail("not generated: " + relativePath + "; generated: " + files.keySet());
    }
    Path expected = EXPECTED.resolve(goldenFolder(spec) + "-jackson3").resolve(Path.of(relativePath).getFileName());
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
      fail("generated " + relativePath + " for Jackson 3 differs from " + expected
          + " (rerun with -Dgolden.update=true if intended, and review the diff)\n"
          + firstDifference(want, generated.content()));
    }
  }

  /** The folder of a spec's golden files: {@code close} for the seed, else the spec's base name. */
  private static String goldenFolder(String spec) {
    return spec.equals("close-lead.yaml") ? "close" : spec.substring(0, spec.lastIndexOf('.'));
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
  @ValueSource(strings = {"close-lead.yaml", "enums-and-values-3.1.yaml", "unions-and-maps-3.1.yaml", "bodies-and-responses-3.0.yaml",
      "calling-operations-3.1.yaml"})
  void outputIsDeterministic(String spec) {
    List<SourceFile> first = Generated.sources(Specs.named(spec), "com.close.client");
    List<SourceFile> second = Generated.sources(Specs.named(spec), "com.close.client");
    assertEquals(first, second);
  }
}
