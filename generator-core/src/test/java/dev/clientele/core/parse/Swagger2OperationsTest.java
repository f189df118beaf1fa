package dev.clientele.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.Parameter.Location;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.TypeRef.ScalarKind;
import dev.clientele.core.support.Specs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Swagger 2.0 converter loses about operations of test-specs/wire-faults-swagger-2.0.yaml
 * (shapes of Slack's and Kubernetes' specs), and the media ranges a body must not be labelled with.
 * Prism refused all of them: Slack's form operations sent as JSON, Kubernetes' bodies sent as
 * {@code Content-Type: *}{@code /*}, and its proxy operations not sent at all.
 */
class Swagger2OperationsTest {

  private static List<Operation> operations;

  @BeforeAll
  static void read() throws Exception {
    operations = SpecReader.read(Specs.named("wire-faults-swagger-2.0.yaml"), SpecReader.Options.defaults())
        .model().operations();
  }

  @Test
  @DisplayName("formData parameters are sent as a URL-encoded form, though the operation also consumes JSON")
  void formDataIsAForm() {
    assertEquals("application/x-www-form-urlencoded", operation("adminAppsApprove").requestBody().orElseThrow().mediaType());
  }

  @Test
  @DisplayName("formData with a file is sent as multipart, though the form is listed first")
  void fileIsMultipart() {
    assertEquals("multipart/form-data", operation("filesUpload").requestBody().orElseThrow().mediaType());
  }

  @Test
  @DisplayName("a body consumed as */* is labelled application/json, the type the client writes")
  void wildcardBodyIsJson() {
    assertEquals("application/json", operation("createNamespacedConfigMap").requestBody().orElseThrow().mediaType());
  }

  @Test
  @DisplayName("a path parameter and a query parameter of the same name are both kept")
  void samePathAndQueryName() {
    List<Parameter> parameters = operation("connectGetNodeProxyWithPath").parameters();

    assertEquals(
        List.of("PATH name", "QUERY path", "PATH path"),
        parameters.stream().map(p -> p.location() + " " + p.name()).toList());
    Parameter path = parameters.get(2);
    assertEquals(TypeRef.scalar(ScalarKind.STRING), path.type());
    assertEquals("path to the resource", path.description());
  }

  @Test
  @DisplayName("a Content-Type header parameter beside a body is ignored, as OpenAPI says: the body's media type is the header")
  void contentTypeParameterIgnored() {
    Operation build = operation("imageBuild");

    assertEquals(List.of(), build.parameters());
    assertEquals("application/octet-stream", build.requestBody().orElseThrow().mediaType());
  }

  @Test
  @DisplayName("a path template variable nobody declares becomes a string path parameter, with a warning naming it")
  void undeclaredPathVariable(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("undeclared.yaml");
    Files.writeString(spec, """
        openapi: 3.0.3
        info: {title: Undeclared, version: "1"}
        paths:
          /files/{fileId}:
            get:
              operationId: getFile
              responses:
                "200": {description: OK}
        """, StandardCharsets.UTF_8);

    var parsed = SpecReader.read(spec, SpecReader.Options.defaults());

    Operation operation = parsed.model().operations().get(0);
    assertEquals(List.of("PATH fileId"), operation.parameters().stream().map(p -> p.location() + " " + p.name()).toList());
    assertEquals(Location.PATH, operation.parameters().get(0).location());
    Diagnostic warning = parsed.warnings().stream()
        .filter(d -> d.code().equals("undeclared-path-parameter")).findFirst().orElseThrow();
    assertEquals("#/paths/~1files~1{fileId}/get", warning.location());
  }

  private static Operation operation(String id) {
    return operations.stream()
        .filter(operation -> operation.operationId().orElse("").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + id));
  }
}
