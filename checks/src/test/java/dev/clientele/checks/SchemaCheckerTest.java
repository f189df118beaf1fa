package dev.clientele.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemaCheckerTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** GitHub's starred list: items of starred-repository, or of repository. */
  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Starred, version: "1"}
      paths: {}
      components:
        schemas:
          starred:
            anyOf:
              - {type: array, items: {$ref: "#/components/schemas/starred-repository"}}
              - {type: array, items: {$ref: "#/components/schemas/repository"}}
          starred-repository:
            type: object
            required: [starred_at, repo]
            properties:
              starred_at: {type: string, format: date-time}
              repo: {$ref: "#/components/schemas/repository"}
          repository:
            type: object
            required: [id, name]
            properties:
              id: {type: integer}
              name: {type: string}
      """;

  private final SchemaChecker checker = new SchemaChecker(read());

  @Test
  @DisplayName("an item that fills none of an alternative's required properties does not fit that alternative")
  void requiredPropertiesRuleOutAnAlternative() throws Exception {
    JsonNode badDate = JSON.readTree("[{\"starred_at\": \"ipsum\", \"repo\": {\"id\": 1, \"name\": \"r\"}}]");

    List<SchemaChecker.Contradiction> found = checker.check(badDate, ref("starred"));

    assertEquals(1, found.size(), found.toString());
    assertEquals("", found.get(0).path());
  }

  @Test
  @DisplayName("outside unions a missing required property is no contradiction: generated code reads it")
  void missingRequiredOutsideUnions() throws Exception {
    assertEquals(List.of(), checker.check(JSON.readTree("{\"id\": 1}"), ref("repository")));
    assertEquals(List.of(), checker.check(
        JSON.readTree("[{\"starred_at\": \"2024-05-06T07:08:09Z\", \"repo\": {\"id\": 1}}]"), ref("starred")));
  }

  private static JsonNode ref(String name) {
    return JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
  }

  private static RawSpec read() {
    try {
      return new RawSpec(YAML.readTree(SPEC));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
