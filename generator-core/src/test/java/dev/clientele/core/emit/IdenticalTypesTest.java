package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.testing.compile.Compilation;
import dev.clientele.core.model.ApiModel;
import dev.clientele.core.parse.SpecReader;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Inline schemas declared word for word alike in several places are one type, named after what the
 * places' names share (Cloudflare declares each product's response bodies again in every operation).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdenticalTypesTest {

  private static final String INDEX_BODY = """
      content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          success: {type: boolean, description: Whether the call succeeded.}
                          result:
                            type: object
                            properties:
                              name: {type: string}
                          errors: {type: array, items: {$ref: '#/components/schemas/Message'}}""";

  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Vectors, version: '1'}
      paths:
        /indexes:
          get:
            tags: [Vectorize]
            operationId: vectorize-list-indexes
            responses:
              '200':
                description: OK
                %1$s
        /indexes/{id}:
          get:
            tags: [Vectorize]
            operationId: vectorize-get-index
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            responses:
              '200':
                description: OK
                %1$s
          delete:
            tags: [Vectorize]
            operationId: vectorize-delete-index
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            responses:
              '200':
                description: OK
                %2$s
        /stats:
          get:
            tags: [Vectorize]
            operationId: stats-of-index
            responses:
              '200':
                description: OK
                %1$s
        /filters/columns:
          get:
            tags: [Columns]
            operationId: filter-list-columns
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema: {type: array, items: {type: object, properties: {label: {type: string}}}}
        /columns:
          get:
            tags: [Columns]
            operationId: column-list
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema: {type: array, items: {type: object, properties: {label: {type: string}}}}
      components:
        schemas:
          Message:
            type: object
            properties:
              code: {type: integer}
          Failure:
            type: object
            properties:
              code: {type: integer}
      """.formatted(INDEX_BODY, INDEX_BODY.replace("Whether the call succeeded.", "Whether the index is gone."));

  private CompiledClasses classes;

  @BeforeAll
  void generate() {
    classes = compiledCleanly(SPEC);
  }

  @Test
  @DisplayName("two operations' identical inline bodies are one type, with what is declared in it, named after the words their names share")
  void identicalInlineBodiesAreOneType() {
    Class<?> shared = classes.load("com.example.model.VectorizeResponse");
    classes.load("com.example.model.VectorizeResponse$Result");

    List<Method> getters = Arrays.stream(classes.load("com.example.api.VectorizeApi").getMethods())
        .filter(method -> !method.getName().endsWith("Async") && !method.getName().startsWith("delete")
            && method.getReturnType().getName().startsWith("com.example.model."))
        .toList();
    // Given a third operation with the same body, whose name shares only "response" with theirs
    assertEquals(3, getters.size(), getters.toString());
    getters = getters.stream().filter(method -> !method.getName().contains("stats")).toList();
    assertEquals(2, getters.size(), getters.toString());
    getters.forEach(method -> assertEquals(shared, method.getReturnType(), method.getName()));
    assertFalse(classes.names().contains("com.example.model.VectorizeListIndexesResponse"));
    assertFalse(classes.names().contains("com.example.model.VectorizeGetIndexResponse"));
  }

  @Test
  @DisplayName("where each of the identical bodies sits in the spec names the shared type (the corpus runner parses examples by it)")
  void everyPlaceNamesTheSharedType() throws Exception {
    Path spec = Files.createTempFile("identical-types", ".yaml");
    try {
      Files.writeString(spec, SPEC);
      ApiModel model = SpecReader.read(spec, SpecReader.Options.defaults()).model();
      Map<String, String> byPointer =
          JavaEmitter.emit(model, new EmitOptions("com.example", Map.of(), "", true)).classNamesByPointer();

      for (String path : List.of("~1indexes", "~1indexes~1{id}")) {
        assertEquals("com.example.model.VectorizeResponse",
            byPointer.get("#/paths/" + path + "/get/responses/200/content/application~1json/schema"), path);
        assertEquals("com.example.model.VectorizeResponse$Result", byPointer.get(
            "#/paths/" + path + "/get/responses/200/content/application~1json/schema/properties/result"), path);
      }
    } finally {
      Files.delete(spec);
    }
  }

  @Test
  @DisplayName("a body that differs in a description only is a type of its own, and so is each of two identical components")
  void differentDescriptionsAndComponentsStayApart() throws Exception {
    assertNotEquals(classes.load("com.example.model.VectorizeResponse"),
        classes.load("com.example.api.VectorizeApi").getMethod("deleteIndex", String.class).getReturnType());
    assertNotEquals(classes.load("com.example.model.Message"), classes.load("com.example.model.Failure"));
  }

  @Test
  @DisplayName("identical bodies whose names share only words such as response and item keep a type each: ResponseItem would say nothing")
  void noNameOfRoleWordsOnly() {
    assertFalse(classes.names().contains("com.example.model.ResponseItem"), classes.names().toString());
    assertEquals(2, classes.names().stream().filter(name -> name.endsWith("ResponseItem")).count(), classes.names().toString());
  }

  @Test
  @DisplayName("identical bodies whose names differ in a number only share the name one of them has, or the first one's when another type has their common name")
  void numberedNamesShareTheFirst() {
    String body = """
        requestBody:
                content:
                  application/json:
                    schema: {type: object, properties: {%s: {type: string}}}
              responses:
                '204': {description: Done}""";
    String spec = """
        openapi: 3.0.3
        info: {title: Roles, version: '1'}
        paths:
          /roles:
            put:
              %s
          /roles/{id}:
            put:
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              %s
          /role/{id}:
            put:
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              %s
          /roles/{id}/default:
            put:
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              %s
        """.formatted(body.formatted("title"), body.formatted("name"), body.formatted("name"), body.formatted("title"));
    // Given "role update request" (title), "… request 2" and "… request 3" (name), "role update default request" (title)
    CompiledClasses roles = compiledCleanly(spec);

    List<String> models = roles.names().stream()
        .filter(name -> name.startsWith("com.example.model.") && !name.contains("$") && !name.endsWith("package-info"))
        .sorted().toList();
    assertEquals(List.of("com.example.model.RoleUpdateRequest", "com.example.model.RoleUpdateRequest2"), models);
  }

  @Test
  @DisplayName("alike nested types do not take a name another type has, even when their owners' names have no letters to tell them apart")
  void nestedTypesLeaveTakenNamesAlone() {
    // Given a component Status, and two owners named without letters, each declaring a status enum alike
    String spec = """
        openapi: 3.0.3
        info: {title: Marks, version: '1'}
        paths: {}
        components:
          schemas:
            Status: {type: object, properties: {code: {type: integer}}}
            '-': {type: object, properties: {status: {type: string, enum: [open, shut]}}}
            '+': {type: object, properties: {status: {type: string, enum: [open, shut]}}}
        """;

    // When generated
    CompiledClasses marks = compiledCleanly(spec);

    // Then it compiles, Status stays the component's record, and each owner keeps its enum
    assertEquals(true, marks.load("com.example.model.Status").isRecord());
    assertEquals(2, marks.names().stream().filter(name -> name.endsWith("$Status")).count(), marks.names().toString());
  }

  @Test
  @DisplayName("an enum that operations of one group declare alike in a parameter of one name is one type in their interface; another one stays in its params record")
  void parameterEnumsDeclaredAlikeAreOneTypeInTheInterface() throws Exception {
    // Given three task operations whose opt_fields list the same fields, and a fourth that lists others
    String fields = "{name: opt_fields, in: query, schema: {type: array, items: {type: string, enum: [name, notes]}}}";
    String spec = """
        openapi: 3.0.3
        info: {title: Tasks, version: '1'}
        paths:
          /tasks:
            get: {tags: [Tasks], operationId: getTasks, parameters: [%1$s], responses: {'204': {description: Done}}}
          /tasks/{id}:
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            get: {tags: [Tasks], operationId: getTask, parameters: [%1$s], responses: {'204': {description: Done}}}
            put: {tags: [Tasks], operationId: updateTask, parameters: [%1$s], responses: {'204': {description: Done}}}
          /search:
            get: {tags: [Tasks], operationId: searchTasks, parameters: [%2$s], responses: {'204': {description: Done}}}
        """.formatted(fields, fields.replace("[name, notes]", "[name]"));

    // When generated
    CompiledClasses tasks = compiledCleanly(spec);

    // Then the three take one enum nested in TasksApi, and the fourth keeps its own
    Class<?> shared = tasks.load("com.example.api.TasksApi$OptField");
    for (String params : List.of("GetTasksParams", "GetTaskParams", "UpdateTaskParams")) {
      java.lang.reflect.ParameterizedType optFields = (java.lang.reflect.ParameterizedType)
          tasks.load("com.example.api.TasksApi$" + params).getMethod("optFields").getGenericReturnType();
      assertEquals(shared, optFields.getActualTypeArguments()[0], params);
    }
    tasks.load("com.example.api.TasksApi$SearchTasksParams$OptField");
    assertEquals(2, tasks.names().stream().filter(name -> name.endsWith("OptField")).count(), tasks.names().toString());
  }

  @Test
  @DisplayName("the empty string Stripe lists beside an object or a list to clear it is one top-level Empty, which each union holds as EmptyValue")
  void emptyStringMembersAreOneEmpty() throws Exception {
    // Given two unions, each of something and the empty string
    String spec = """
        openapi: 3.0.3
        info: {title: Clearing, version: '1'}
        paths: {}
        components:
          schemas:
            Customer:
              type: object
              properties:
                metadata:
                  anyOf: [{type: object, additionalProperties: {type: string}}, {type: string, enum: ['']}]
            Invoice:
              type: object
              properties:
                tax_rates:
                  anyOf: [{type: array, items: {type: string}}, {type: string, enum: ['']}]
        """;

    // When generated
    CompiledClasses clearing = compiledCleanly(spec);

    // Then both unions hold the one Empty
    Class<?> empty = clearing.load("com.example.model.Empty");
    assertEquals(empty, clearing.load("com.example.model.Customer$Metadata$EmptyValue").getMethod("value").getReturnType());
    assertEquals(empty, clearing.load("com.example.model.Invoice$TaxRates$EmptyValue").getMethod("value").getReturnType());
  }

  /** The classes of a spec's client, which compiles without a warning. */
  private static CompiledClasses compiledCleanly(String spec) {
    Compilation compilation = Generated.compile(Generated.sources(spec, "com.example"));
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClasses(compilation);
  }
}
