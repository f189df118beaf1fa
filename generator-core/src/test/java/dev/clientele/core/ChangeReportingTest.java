package dev.clientele.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.clientele.core.IncrementalGeneration.Generated;
import dev.clientele.core.changes.ApiChanges.Change;
import dev.clientele.core.changes.ChangeReport;
import dev.clientele.core.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run compares the API it generates with the previous run's, and can refuse breaking changes. */
class ChangeReportingTest {

  private static final String BEFORE = """
      openapi: 3.1.0
      info: {title: Leads API, version: '1'}
      paths:
        /leads:
          get:
            operationId: listLeads
            tags: [leads]
            parameters:
              - {name: query, in: query, schema: {type: string}}
            responses:
              '200':
                description: The leads.
                content:
                  application/json:
                    schema: {type: array, items: {$ref: '#/components/schemas/Lead'}}
      components:
        schemas:
          Lead:
            type: object
            properties:
              name: {type: string}
              description: {type: string}
              status: {$ref: '#/components/schemas/LeadStatus'}
          LeadStatus: {type: string, enum: [active, inactive]}
      """;

  /** The five edits: a property removed, an optional one added, an enum value, an operation, a required parameter. */
  private static final String AFTER = """
      openapi: 3.1.0
      info: {title: Leads API, version: '1'}
      paths:
        /leads:
          get:
            operationId: listLeads
            tags: [leads]
            parameters:
              - {name: query, in: query, required: true, schema: {type: string}}
            responses:
              '200':
                description: The leads.
                content:
                  application/json:
                    schema: {type: array, items: {$ref: '#/components/schemas/Lead'}}
        /leads/{id}:
          delete:
            operationId: deleteLead
            tags: [leads]
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              '204': {description: Deleted.}
      components:
        schemas:
          Lead:
            type: object
            properties:
              name: {type: string}
              url: {type: string}
              status: {$ref: '#/components/schemas/LeadStatus'}
          LeadStatus: {type: string, enum: [active, inactive, paused]}
      """;

  @TempDir Path dir;

  private GeneratorConfig config(String spec) throws Exception {
    return GeneratorConfig.of(Files.writeString(dir.resolve("api.yaml"), spec), dir.resolve("out"), "com.example");
  }

  private ChangeReport run(String spec, boolean failOnBreakingChanges) throws Exception {
    IncrementalGeneration.Outcome outcome =
        IncrementalGeneration.run(config(spec), "default", dir.resolve("stamps"), new RunPolicy(false, failOnBreakingChanges));
    return ((Generated) outcome).result().changes();
  }

  @Test
  @DisplayName("the first run has nothing to compare with; the next reports the five edits, two of them breaking")
  void reportsTheEdits() throws Exception {
    ChangeReport first = run(BEFORE, false);
    ChangeReport second = run(AFTER, false);

    assertEquals(ChangeReport.Baseline.NONE, first.baseline());
    assertEquals(List.of(
        "breaking: property Lead#description removed (was @Nullable String)",
        "breaking: parameter LeadsApi#listLeads(query) became required (String)",
        "property Lead#url added (@Nullable String)",
        "enum constant Lead.Status#PAUSED added (\"paused\")",
        "operation LeadsApi#deleteLead added (returns void)"),
        second.changes().changes().stream().map(c -> (c.breaking() ? "breaking: " : "") + c.description()).toList());
  }

  @Test
  @DisplayName("with failOnBreakingChanges a breaking edit fails the run, writes nothing and fails again next time")
  void failsOnBreakingChanges() throws Exception {
    run(BEFORE, false);
    Path lead = dir.resolve("out/com/example/model/Lead.java");
    String before = Files.readString(lead);

    GenerationException failure = assertThrows(GenerationException.class, () -> run(AFTER, true));
    assertThrows(GenerationException.class, () -> run(AFTER, true));

    assertEquals(List.of(
        "property Lead#description removed (was @Nullable String)",
        "parameter LeadsApi#listLeads(query) became required (String)"),
        failure.problems().stream().map(Diagnostic::message).toList());
    assertEquals(before, Files.readString(lead));
    List<Change> accepted = run(AFTER, false).changes().breaking();
    assertEquals(2, accepted.size());
  }
}
