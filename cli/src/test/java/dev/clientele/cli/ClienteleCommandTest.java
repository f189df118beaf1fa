package dev.clientele.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClienteleCommandTest {

  private static final Path CLOSE = Path.of("../test-specs/close-lead.yaml");

  @TempDir Path temp;

  /** What one run printed and returned. */
  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = ClienteleCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  @DisplayName("generating the Close client exits 0, says where it went and writes the files")
  void generatesCloseClient() {
    Path output = temp.resolve("out");

    Run run = run("--spec", CLOSE.toString(), "--output", output.toString(), "--package", "com.close.client");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("generated into " + output.toAbsolutePath()), run.out());
    assertTrue(Files.isRegularFile(output.resolve("com/close/client/model/Lead.java")));
    assertTrue(Files.isRegularFile(output.resolve("com/close/client/api/SubpackageLeadsApi.java")));
  }

  @Test
  @DisplayName("a second run rewrites nothing, so unchanged files keep their timestamps")
  void secondRunLeavesFilesAlone() throws IOException {
    Path output = temp.resolve("out");
    run("--spec", CLOSE.toString(), "--output", output.toString(), "--package", "com.close.client");
    Path lead = output.resolve("com/close/client/model/Lead.java");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(lead, old);

    Run second = run("--spec", CLOSE.toString(), "--output", output.toString(), "--package", "com.close.client");

    assertEquals(0, second.exitCode());
    assertTrue(second.out().contains("(0 written, "), second.out());
    assertEquals(old, Files.getLastModifiedTime(lead));
  }

  @Test
  @DisplayName("--jackson 3 generates the Jackson 3 flavour: union deserializers are Jackson 3 ValueDeserializers")
  void jackson3() throws IOException {
    Path output = temp.resolve("out");

    Run run = run("--spec", CLOSE.toString(), "--output", output.toString(), "--package", "com.close.client",
        "--jackson", "3");

    assertEquals(0, run.exitCode(), run.err());
    String union = Files.readString(output.resolve("com/close/client/model/OpportunitySuggestedActionDetails.java"));
    assertTrue(union.contains("import tools.jackson.databind.ValueDeserializer;"), union);
    assertFalse(union.contains("com.fasterxml.jackson.databind"), union);
  }

  @Test
  @DisplayName("--jackson with another major than 2 or 3 fails with a usage error saying what is allowed")
  void otherJacksonMajor() {
    Path output = temp.resolve("out");

    Run run = run("--spec", CLOSE.toString(), "--output", output.toString(), "--package", "com.close.client",
        "--jackson", "4");

    assertEquals(2, run.exitCode());
    assertEquals("clientele: --jackson must be 2 or 3 (the Jackson major the generated code is for), was 4\n",
        run.err().replace("\r\n", "\n"));
    assertFalse(Files.exists(output));
  }

  @Test
  @DisplayName("--tag-name renames a tag's interface")
  void renamesTagInterface() {
    Path output = temp.resolve("out");

    Run run = run("--spec", CLOSE.toString(), "--output", output.toString(), "--package", "com.close.client",
        "--tag-name", "subpackage_leads=Leads");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isRegularFile(output.resolve("com/close/client/api/LeadsApi.java")));
    assertFalse(Files.exists(output.resolve("com/close/client/api/SubpackageLeadsApi.java")));
  }

  @Test
  @DisplayName("--allow-external-refs lets a $ref read a file outside the spec's folder, which is refused without it")
  void allowExternalRefs() throws IOException {
    // Given a spec whose schema is in a file next to its folder
    Path specFolder = Files.createDirectories(temp.resolve("spec"));
    Files.writeString(Files.createDirectories(temp.resolve("shared")).resolve("pet.yaml"), """
        Pet:
          type: object
          properties:
            name: {type: string}
        """);
    Path spec = Files.writeString(specFolder.resolve("api.yaml"), """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths: {}
        components:
          schemas:
            Pet: {$ref: '../shared/pet.yaml#/Pet'}
        """);
    Path output = temp.resolve("out");

    // When it is generated without the option, then with it
    Run refused = run("--spec", spec.toString(), "--output", output.toString(), "--package", "com.example");
    Run allowed = run("--spec", spec.toString(), "--output", output.toString(), "--package", "com.example",
        "--allow-external-refs");

    // Then the first run names the reference and the option, and generates nothing
    assertEquals(1, refused.exitCode(), refused.err());
    assertTrue(refused.err().contains("at #/components/schemas/Pet: $ref '../shared/pet.yaml#/Pet'"), refused.err());
    assertTrue(refused.err().contains("--allow-external-refs"), refused.err());
    // And the second generates the schema from the outside file
    assertEquals(0, allowed.exitCode(), allowed.err());
    assertTrue(Files.isRegularFile(output.resolve("com/example/model/Pet.java")));
  }

  @Test
  @DisplayName("a schema $ref to nothing is a warning and a fallback; --strict makes it an error and writes nothing")
  void strictFailsOnWarnings() throws IOException {
    // Given a spec whose property refers to a schema that is not defined
    Path spec = Files.writeString(temp.resolve("api.yaml"), """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              properties:
                owner: {$ref: '#/components/schemas/Owner'}
        """);

    // When it is generated with --strict, then without
    Run strict = run("--spec", spec.toString(), "--output", temp.resolve("strict").toString(), "--package", "com.example",
        "--strict");
    Run lenient = run("--spec", spec.toString(), "--output", temp.resolve("lenient").toString(), "--package", "com.example");

    // Then the strict run fails on the warning as an error, naming its pointer, and writes nothing
    assertEquals(1, strict.exitCode(), strict.err());
    assertTrue(strict.err().contains("error: " + spec + " at #/components/schemas/Pet/properties/owner: $ref"), strict.err());
    assertFalse(Files.exists(temp.resolve("strict")));
    // And the lenient one warns and generates, the property typed as any value
    assertEquals(0, lenient.exitCode(), lenient.err());
    assertTrue(lenient.err().contains("warning: " + spec + " at #/components/schemas/Pet/properties/owner"), lenient.err());
    assertTrue(Files.readString(temp.resolve("lenient/com/example/model/Pet.java")).contains("@Nullable Object owner"));
  }

  @Test
  @DisplayName("a missing spec file exits 1 with a message naming it, and no stack trace")
  void missingFile() {
    Run run = run("--spec", temp.resolve("nope.yaml").toString(), "--output", temp.toString(), "--package", "a.b");

    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("nope.yaml: the spec file does not exist"), run.err());
    assertNoStackTrace(run);
  }

  @Test
  @DisplayName("a YAML syntax error exits 1 with its line and column")
  void yamlSyntaxError() throws IOException {
    Path spec = temp.resolve("broken.yaml");
    Files.writeString(spec, "openapi: 3.0.0\ninfo: {title: x, version: 1\npaths: {}\n");

    Run run = run("--spec", spec.toString(), "--output", temp.resolve("out").toString(), "--package", "a.b");

    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("broken.yaml at line 3, column 6: YAML syntax error"), run.err());
    assertFalse(Files.exists(temp.resolve("out")), "nothing is written");
    assertNoStackTrace(run);
  }

  @Test
  @DisplayName("every unresolvable reference is listed at once, each with its JSON pointer; a local schema one is a warning")
  void danglingReferences() throws IOException {
    Path spec = temp.resolve("dangling.yaml");
    Files.writeString(spec, """
        openapi: 3.1.0
        info: {title: x, version: '1'}
        paths: {}
        components:
          schemas:
            A:
              properties:
                b: {$ref: '#/components/schemas/B'}
                c: {$ref: 'https://example.com/c.yaml'}
                d: {$ref: 'missing.yaml#/D'}
        """);

    Run run = run("--spec", spec.toString(), "--output", temp.resolve("out").toString(), "--package", "a.b");

    assertEquals(1, run.exitCode());
    List<String> errors = run.err().lines().filter(line -> line.startsWith("error: ")).toList();
    List<String> warnings = run.err().lines().filter(line -> line.startsWith("warning: ")).toList();
    assertEquals(2, errors.size(), run.err());
    assertTrue(errors.get(0).contains("would be fetched from the network"), errors.get(0));
    assertTrue(errors.get(1).contains("names a file that does not exist"), errors.get(1));
    assertEquals(1, warnings.size(), run.err());
    assertTrue(warnings.get(0).contains("at #/components/schemas/A/properties/b: $ref '#/components/schemas/B' points to nothing"),
        warnings.get(0));
    assertNoStackTrace(run);
  }

  @Test
  @DisplayName("an invalid package name exits 1 and says what a valid one looks like")
  void invalidPackage() {
    Run run = run("--spec", CLOSE.toString(), "--output", temp.toString(), "--package", "com.class.client");

    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("'com.class.client' is not a valid Java package name"), run.err());
  }

  @Test
  @DisplayName("a missing required flag is a usage error (exit 2)")
  void usageError() {
    Run run = run("--spec", CLOSE.toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Missing required options"), run.err());
  }

  @Test
  @DisplayName("a badly written --pagination is a usage error (exit 2) that says how to write it")
  void badPaginationOption() {
    Run run = run("--spec", CLOSE.toString(), "--output", temp.toString(), "--package", "com.close.client",
        "--pagination", "list=skip:_skip");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--pagination: the pagination option 'list=skip:_skip' is not valid: 'skip' is not a style"),
        run.err());
    assertTrue(run.err().contains("e.g. listLeads=offset:_skip,_limit,items=data,hasMore=has_more"), run.err());
    assertNoStackTrace(run);
  }

  @Test
  @DisplayName("a --pagination that does not fit the spec exits 1, naming the operation's parameters, and writes nothing")
  void paginationOptionThatDoesNotFit() {
    Path output = temp.resolve("out");

    Run run = run("--spec", "../test-specs/close-leads.yaml", "--output", output.toString(), "--package", "com.close.client",
        "--pagination", "list=offset:_skipp,_limit");

    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("the pagination option 'list=offset:_skipp,_limit' does not fit GET /lead/: '_skipp' is not"
        + " a query parameter of the operation; its query parameters: query, _skip, _limit, _fields"), run.err());
    assertFalse(Files.exists(output));
    assertNoStackTrace(run);
  }

  @Test
  @DisplayName("nothing is written outside the output folder")
  void writesOnlyBelowOutput() throws IOException {
    Path output = temp.resolve("out");

    run("--spec", CLOSE.toString(), "--output", output.toString(), "--package", "com.close.client");

    try (Stream<Path> all = Files.walk(temp)) {
      assertTrue(all.filter(Files::isRegularFile).allMatch(file -> file.startsWith(output)));
    }
  }

  private static void assertNoStackTrace(Run run) {
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }
}
