package dev.clientele.checks.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.checks.RawSpec;
import dev.clientele.core.parse.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Finds the examples a spec gives: on component schemas ({@code example}, or a 3.1 {@code examples}
 * array), on the properties of the objects they and body schemas declare, and on JSON request and
 * response bodies of operations and webhooks, whatever their schema (a component, an array of one,
 * or an inline schema). Swagger 2.0 keeps them under {@code
 * definitions} and in a response's {@code examples} by media type. Bodies reached through a {@code
 * $ref} are read where they are defined, so that each example is counted once.
 */
final class ExampleFinder {

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** Where the generated classes of component schemas are keyed, whatever the document's version. */
  private static final String MODEL_SCHEMAS = "#/components/schemas/";

  private static final int MAX_DEPTH = 12;

  private final RawSpec spec;
  private final List<Example> found = new ArrayList<>();

  private ExampleFinder(RawSpec spec) {
    this.spec = spec;
  }

  static List<Example> find(RawSpec spec) {
    ExampleFinder finder = new ExampleFinder(spec);
    finder.componentExamples();
    finder.bodyExamples();
    return finder.found;
  }

  private void componentExamples() {
    JsonNode schemas = spec.isSwagger2()
        ? spec.tree().path("definitions")
        : spec.tree().path("components").path("schemas");
    for (Map.Entry<String, JsonNode> entry : schemas.properties()) {
      String pointer = spec.schemasPointer() + JsonPointers.escape(entry.getKey());
      JsonNode ref = ref(pointer);
      JsonNode schema = entry.getValue();
      schemaExamples(schema, pointer, (at, value) -> add(at, value, ref, pointer));
      propertyExamples(schema, pointer, MODEL_SCHEMAS + JsonPointers.escape(entry.getKey()), 0);
    }
  }

  /**
   * The examples on the properties of an object schema and of the objects inside it. Each is parsed
   * as an object with just that property ({@code {"created": "2024-05-06T07:08:09Z"}}) into the
   * generated class of the schema that declares it: the property's Java type, with its annotations,
   * is what reads it, as when a client parses a whole payload.
   *
   * @param pointer where the schema sits in this document
   * @param modelPointer where it sits in the OpenAPI 3 layout the generated classes are keyed by
   */
  private void propertyExamples(JsonNode schema, String pointer, String modelPointer, int depth) {
    if (depth > MAX_DEPTH || !schema.isObject() || schema.has("$ref")) {
      return;
    }
    String owner = declaringObject(modelPointer);
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      String name = JsonPointers.escape(property.getKey());
      JsonNode propertySchema = property.getValue();
      String propertyPointer = pointer + "/properties/" + name;
      schemaExamples(propertySchema, propertyPointer, (at, value) ->
          add(at, single(property.getKey(), value), declaring(property.getKey(), propertySchema), owner));
      JsonNode items = propertySchema.path("items");
      if (items.has("example") && !items.get("example").isNull()) {
        // An array item's example, as the one element of the property's array.
        add(propertyPointer + "/items/example",
            single(property.getKey(), JsonNodeFactory.instance.arrayNode().add(items.get("example"))),
            declaring(property.getKey(), propertySchema), owner);
      }
      propertyExamples(propertySchema, propertyPointer, modelPointer + "/properties/" + name, depth + 1);
    }
    if (schema.has("items")) {
      propertyExamples(schema.get("items"), pointer + "/items", modelPointer + "/items", depth + 1);
    }
    if (schema.path("additionalProperties").isObject()) {
      propertyExamples(schema.get("additionalProperties"), pointer + "/additionalProperties",
          modelPointer + "/additionalProperties", depth + 1);
    }
    for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
      for (int i = 0; i < schema.path(keyword).size(); i++) {
        propertyExamples(schema.get(keyword).get(i), pointer + "/" + keyword + "/" + i,
            modelPointer + "/" + keyword + "/" + i, depth + 1);
      }
    }
  }

  /** A schema's own examples: its {@code example}, and each of a 3.1 {@code examples} array, with their pointers. */
  private static void schemaExamples(JsonNode schema, String pointer, BiConsumer<String, JsonNode> example) {
    if (schema.has("example")) {
      example.accept(pointer + "/example", schema.get("example"));
    }
    JsonNode examples = schema.path("examples");
    for (int i = 0; examples.isArray() && i < examples.size(); i++) {
      example.accept(pointer + "/examples/" + i, examples.get(i));
    }
  }

  /** An allOf part's properties belong to the object that merges the parts. */
  private static String declaringObject(String modelPointer) {
    String owner = modelPointer;
    while (owner.matches(".*/allOf/\\d+$")) {
      owner = owner.substring(0, owner.lastIndexOf("/allOf/"));
    }
    return owner;
  }

  private static JsonNode single(String name, JsonNode value) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    object.set(name, value);
    return object;
  }

  /** An object schema with just the one property, for checking an example against its schema. */
  private static JsonNode declaring(String name, JsonNode propertySchema) {
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("type", "object");
    schema.putObject("properties").set(name, propertySchema);
    return schema;
  }

  private void bodyExamples() {
    JsonNode tree = spec.tree();
    operations(tree.path("paths"), "#/paths/");
    operations(tree.path("webhooks"), "#/webhooks/");
    JsonNode components = tree.path("components");
    for (Map.Entry<String, JsonNode> body : components.path("requestBodies").properties()) {
      content(body.getValue(), "#/components/requestBodies/" + JsonPointers.escape(body.getKey()));
    }
    for (Map.Entry<String, JsonNode> response : components.path("responses").properties()) {
      response(response.getValue(), "#/components/responses/" + JsonPointers.escape(response.getKey()));
    }
    for (Map.Entry<String, JsonNode> response : tree.path("responses").properties()) {
      response(response.getValue(), "#/responses/" + JsonPointers.escape(response.getKey()));
    }
  }

  private void operations(JsonNode paths, String prefix) {
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (String method : METHODS) {
        JsonNode operation = path.getValue().path(method);
        String pointer = prefix + JsonPointers.escape(path.getKey()) + "/" + method;
        content(operation.path("requestBody"), pointer + "/requestBody");
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
          response(response.getValue(), pointer + "/responses/" + JsonPointers.escape(response.getKey()));
        }
      }
    }
  }

  private void response(JsonNode response, String pointer) {
    if (spec.isSwagger2()) {
      JsonNode schema = response.path("schema");
      for (Map.Entry<String, JsonNode> example : response.path("examples").properties()) {
        if (isJson(example.getKey())) {
          // A converted Swagger 2.0 document lays schemas out otherwise: no pointer to match.
          add(pointer + "/examples/" + JsonPointers.escape(example.getKey()), example.getValue(), schema, "");
        }
      }
    } else {
      content(response, pointer);
    }
  }

  /** The examples of a request body or response (not of a {@code $ref} to one: that is read where it is defined). */
  private void content(JsonNode body, String pointer) {
    for (Map.Entry<String, JsonNode> media : body.path("content").properties()) {
      if (!isJson(media.getKey())) {
        continue;
      }
      String mediaPointer = pointer + "/content/" + JsonPointers.escape(media.getKey());
      JsonNode schema = media.getValue().path("schema");
      String schemaPointer = mediaPointer + "/schema";
      propertyExamples(schema, schemaPointer, schemaPointer, 0);
      if (media.getValue().has("example")) {
        add(mediaPointer + "/example", media.getValue().get("example"), schema, schemaPointer);
      }
      for (Map.Entry<String, JsonNode> example : media.getValue().path("examples").properties()) {
        JsonNode object = spec.deref(example.getValue());
        if (object != null && object.has("value")) {
          add(mediaPointer + "/examples/" + JsonPointers.escape(example.getKey()) + "/value", object.get("value"), schema,
              schemaPointer);
        }
      }
    }
  }

  /** Keeps an example with its schema; a null value illustrates nothing. */
  private void add(String pointer, JsonNode value, JsonNode schema, String schemaPointer) {
    if (value == null || value.isNull() || schema.isMissingNode()) {
      return;
    }
    found.add(new Example(pointer, value, schema, schemaPointer));
  }

  private static boolean isJson(String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT);
    return type.contains("json") || type.startsWith("*/*");
  }

  private static JsonNode ref(String pointer) {
    ObjectNode ref = JsonNodeFactory.instance.objectNode();
    ref.put("$ref", pointer);
    return ref;
  }
}
