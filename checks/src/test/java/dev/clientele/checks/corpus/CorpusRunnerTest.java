package dev.clientele.checks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusRunnerTest {

  /**
   * A pet with an example on the component, one on a property, one on a response, one on an inline
   * request body and one on an item of its array, and one that contradicts the schema.
   */
  private static final String GOOD = """
      openapi: 3.0.3
      info: {title: Pets, version: "1"}
      paths:
        /pets:
          post:
            operationId: createPet
            requestBody:
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      name: {type: string}
                      tags: {type: array, items: {type: string, example: good}}
                  example: {name: Rex, tags: [good, dog], extra: kept}
            responses:
              "204": {description: created}
        /pets/{id}:
          get:
            operationId: getPet
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              "200":
                description: the pet
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/Pet"}
                    examples:
                      rex: {value: {id: 7, name: Rex, born: "2020-01-02", kind: dog}}
                      wrong: {value: {id: "seven", name: Rex}}
      components:
        schemas:
          Pet:
            type: object
            required: [id]
            properties:
              id: {type: integer, format: int64}
              name: {type: string, example: Tom}
              born: {type: string, format: date}
            example: {id: 1, name: Tom, born: "2019-05-06"}
      """;

  private static final String BROKEN = """
      openapi: 3.0.3
      info: [unclosed
      """;

  @TempDir Path folder;

  /** What one run printed and returned. */
  private record Run(int exitCode, String out) {
    List<String> lines() {
      return out.lines().toList();
    }

    /** The table row of a spec, header → cell (columns are at least two spaces apart). */
    Map<String, String> row(String spec) {
      List<String> lines = lines();
      int header = lines.indexOf(lines.stream().filter(line -> line.startsWith("spec ")).findFirst().orElseThrow());
      String[] names = lines.get(header).split("\\s{2,}");
      String[] cells = lines.stream().skip(header).filter(line -> line.startsWith(spec + " ")).findFirst()
          .orElseThrow(() -> new AssertionError("no row for " + spec + " in\n" + out)).split("\\s{2,}");
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < names.length; i++) {
        row.put(names[i], i < cells.length ? cells[i] : "");
      }
      return row;
    }
  }

  @BeforeEach
  void writeSpecs() throws IOException {
    Files.writeString(folder.resolve("good.yaml"), GOOD);
    Files.writeString(folder.resolve("broken.yaml"), BROKEN);
    Files.writeString(folder.resolve("notes.md"), "not a spec");
  }

  private Run run(String... extraArgs) {
    StringWriter out = new StringWriter();
    String[] args = new String[extraArgs.length + 1];
    args[0] = folder.toString();
    System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
    int exitCode = CorpusRunner.run(new PrintWriter(out, true), args);
    return new Run(exitCode, out.toString());
  }

  @Test
  @DisplayName("a good spec and a broken one give a passing row, a failing row, the reason and '1 passed, 1 failed'")
  void oneGoodOneBroken() {
    // Given a folder with a good spec, a spec that is not valid YAML, and a file that is not a spec

    // When the corpus runs
    Run run = run();

    // Then there is one row per spec, in name order, and the last line counts them
    Map<String, String> good = run.row("good.yaml");
    assertEquals("3.0.3", good.get("openapi"), run.out());
    assertEquals("2", good.get("schemas"), "Pet and the inline request body");
    assertEquals("2", good.get("ops"));
    assertEquals("yes", good.get("compiles"));
    assertEquals("0", good.get("javac warn"));
    assertEquals("5/5", good.get("examples"),
        "the component's, its name's, the inline request body's and its tag item's, and the 'rex' response example");
    assertEquals("1", good.get("contra"), "the 'wrong' example, whose id is a string");
    assertEquals("pass", good.get("result"));

    Map<String, String> broken = run.row("broken.yaml");
    assertEquals("-", broken.get("compiles"));
    assertEquals("-", broken.get("examples"));
    assertEquals("FAIL", broken.get("result"));
    assertTrue(run.out().indexOf("broken.yaml  ") < run.out().indexOf("good.yaml  "), "sorted by name");
    assertTrue(run.out().lines().noneMatch(line -> line.startsWith("notes.md")));

    List<String> lines = run.lines();
    int failures = lines.indexOf("Failures:");
    assertEquals("  broken.yaml", lines.get(failures + 1), run.out());
    assertTrue(lines.get(failures + 2).startsWith("    generation: yaml-syntax at line "), lines.get(failures + 2));
    assertTrue(run.out().contains(
        "#/paths/~1pets~1{id}/get/responses/200/content/application~1json/examples/wrong/value contradicts schema:"
            + " /id: the schema says integer, the example has string \"seven\""), run.out());
    assertEquals("1 passed, 1 failed", lines.get(lines.size() - 1));
    assertEquals(1, run.exitCode());
  }

  @Test
  @DisplayName("--strict=false reports failures but exits 0, for CI until the corpus passes")
  void reportOnly() {
    Run run = run("--strict=false");

    assertEquals("1 passed, 1 failed", run.lines().get(run.lines().size() - 1));
    assertEquals(0, run.exitCode());
  }

  @Test
  @DisplayName("a spec that takes longer than the timeout fails as a timeout, and the run goes on")
  void timeout() {
    // Given no time at all for each spec
    // When the corpus runs
    Run run = run("--timeout=0");

    // Then the good spec fails, saying why, and the broken one still gets its row
    assertEquals("FAIL", run.row("good.yaml").get("result"), run.out());
    assertTrue(run.out().contains("\n    timeout: over 0 s, while "), run.out());
    assertEquals("FAIL", run.row("broken.yaml").get("result"));
    assertEquals("0 passed, 2 failed", run.lines().get(run.lines().size() - 1));
  }

  @Test
  @DisplayName("--jackson=3 compiles the Jackson 3 flavour against Jackson 3 and parses the same examples with a plain JsonMapper")
  void jackson3() {
    // Given the folder of a good and a broken spec

    // When the corpus runs for Jackson 3
    Run run = run("--jackson=3");

    // Then the javac class path is Jackson 3's, and the good spec compiles and parses all its examples
    String header = run.lines().get(0);
    assertTrue(header.contains(", Jackson 3; javac against ") && header.contains("jackson-databind-3."), header);
    assertTrue(!header.contains("jackson-databind-2."), header);
    Map<String, String> good = run.row("good.yaml");
    assertEquals("yes", good.get("compiles"), run.out());
    assertEquals("0", good.get("javac warn"));
    assertEquals("5/5", good.get("examples"));
    assertEquals("1", good.get("contra"), "the 'wrong' example still contradicts its schema");
    assertEquals("pass", good.get("result"));
    assertEquals("1 passed, 1 failed", run.lines().get(run.lines().size() - 1));
  }

  @Test
  @DisplayName("--specs runs only the named files of the folder, and a name that is not there is a usage error")
  void namedSpecs() {
    Run one = run("--specs=good.yaml");
    Run missing = run("--specs=good.yaml,stripe.yaml");

    assertEquals("1 passed, 0 failed", one.lines().get(one.lines().size() - 1), one.out());
    assertEquals(0, one.exitCode());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.out().contains("--specs names files that are not in " + folder + ": stripe.yaml"), missing.out());
  }

  @Test
  @DisplayName("a folder without specs is a usage error")
  void noSpecs() throws IOException {
    Files.delete(folder.resolve("good.yaml"));
    Files.delete(folder.resolve("broken.yaml"));

    Run run = run();

    assertEquals(2, run.exitCode());
    assertTrue(run.out().contains("no *.yaml, *.yml or *.json files"), run.out());
    assertTrue(Arrays.stream(run.out().split("\n")).noneMatch(line -> line.endsWith("failed")));
  }
}
