package dev.clientele.checks.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner against a real Prism on 127.0.0.1. Tagged {@code prism}: it runs in the conformance
 * profile, which installs Prism ({@code mvn verify -Pconformance -pl checks -am}).
 */
@Tag("prism")
class ConformanceRunnerPrismTest {

  private static final String PETS = """
      openapi: 3.0.3
      info: {title: Pets, version: "1"}
      servers: [{url: "https://pets.example.com/v1"}]
      security: [{key: []}]
      paths:
        /pets/{petId}:
          get:
            operationId: getPet
            parameters:
              - {name: petId, in: path, required: true, schema: {type: string, pattern: "^pet-[0-9]{4}$"}}
              - {name: fields, in: query, required: true, schema: {type: array, items: {type: string, enum: [name, born]}}}
              - {name: X-Trace, in: header, required: true, schema: {type: string, format: uuid}}
            responses:
              "200":
                description: the pet
                content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
          delete:
            operationId: deletePet
            parameters:
              - {name: petId, in: path, required: true, schema: {type: string, pattern: "^pet-[0-9]{4}$"}}
            responses:
              "204": {description: gone}
        /pets:
          post:
            operationId: createPet
            requestBody:
              required: true
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/NewPet"}
            responses:
              "201":
                description: created
                content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
        /pets/search:
          get:
            operationId: searchPets
            responses:
              default: {description: whatever the server says}
      components:
        securitySchemes:
          key: {type: apiKey, in: header, name: X-Api-Key}
        schemas:
          NewPet:
            type: object
            required: [name, kind, age]
            properties:
              name: {type: string, minLength: 2, maxLength: 10}
              kind: {type: string, enum: [dog, cat]}
              age: {type: integer, minimum: 1, maximum: 30}
              born: {type: string, format: date}
          Pet:
            type: object
            required: [id, name]
            properties:
              id: {type: integer, format: int64}
              name: {type: string}
              born: {type: string, format: date-time}
              tags: {type: array, items: {type: string}}
      """;

  /** A pattern beyond the value generator and a wrong example: the runner sends what Prism must reject. */
  private static final String WRONG_EXAMPLE = """
      openapi: 3.0.3
      info: {title: Codes, version: "1"}
      paths:
        /codes:
          get:
            operationId: listCodes
            parameters:
              - {name: code, in: query, required: true, schema: {type: string, pattern: "^(?=y)y$", example: nope}}
            responses:
              "200": {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
      """;

  @TempDir Path folder;

  @Test
  @DisplayName("every operation of a small spec is called through the generated client; Prism accepts each request and the client reads each answer")
  void passes() throws IOException {
    // Given a spec with constrained path, query, header and body values, an API key, a 204 and no 2xx
    Files.writeString(folder.resolve("pets.yaml"), PETS);

    // When the runner runs it against Prism
    StringWriter out = new StringWriter();
    int exit = ConformanceRunner.run(new PrintWriter(out, true), folder.toString(), "--prism=" + prism(), "--timeout=120");

    // Then three operations are ok, the one without a 2xx is not judged, and the spec passes
    List<String> lines = out.toString().lines().toList();
    String row = lines.stream().filter(line -> line.startsWith("pets.yaml ")).findFirst().orElseThrow(() -> new AssertionError(out));
    assertEquals(List.of("pets.yaml", "4", "3", "0", "0", "1"), List.of(row.split("\\s+")).subList(0, 6), out.toString());
    assertTrue(out.toString().contains("1 x the spec declares no 2xx response"), out.toString());
    assertEquals("1 passed, 0 failed", lines.get(lines.size() - 1));
    assertEquals(0, exit);
  }

  @Test
  @DisplayName("a request Prism rejects fails the spec, with Prism's violation and what was sent")
  void rejected() throws IOException {
    Files.writeString(folder.resolve("codes.yaml"), WRONG_EXAMPLE);

    StringWriter out = new StringWriter();
    int exit = ConformanceRunner.run(new PrintWriter(out, true), folder.toString(), "--prism=" + prism(), "--timeout=120");

    assertTrue(out.toString().contains("listCodes (GET /codes) rejected: query.code: Request query parameter code must match pattern"),
        out.toString());
    assertTrue(out.toString().contains("[sent GET /codes?code=nope]"), out.toString());
    List<String> lines = out.toString().lines().toList();
    assertEquals("0 passed, 1 failed", lines.get(lines.size() - 1));
    assertEquals(1, exit);
  }

  private static Path prism() {
    String executable = System.getProperty("prism.executable", "");
    assumeTrue(!executable.isEmpty() && Files.isExecutable(Path.of(executable)),
        "Prism is not installed (mvn verify -Pconformance -pl checks -am installs it)");
    return Path.of(executable);
  }
}
