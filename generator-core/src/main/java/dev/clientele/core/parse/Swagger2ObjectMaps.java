package dev.clientele.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives back the declared properties that swagger-parser drops from a Swagger 2.0 property schema
 * with both {@code properties} and {@code additionalProperties} (Netlify's audit log payload,
 * Slack's responses): its 2.0 model has no such thing as a map property with properties, so the
 * converted schema is a plain map and a declared string property no longer parses. The 2.0 tree
 * and the converted document are walked side by side; each such schema gets its properties, converted
 * the way the converter converts a definition's.
 */
final class Swagger2ObjectMaps {

  private static final int MAX_DEPTH = 200;

  private Swagger2ObjectMaps() {}

  static void restore(JsonNode tree, OpenAPI converted) {
    if (converted.getComponents() != null && converted.getComponents().getSchemas() != null) {
      tree.path("definitions").properties().forEach(definition ->
          restore(definition.getValue(), converted.getComponents().getSchemas().get(definition.getKey()), 0));
    }
    if (converted.getComponents() != null && converted.getComponents().getResponses() != null) {
      tree.path("responses").properties().forEach(response -> {
        ApiResponse target = converted.getComponents().getResponses().get(response.getKey());
        restore(response.getValue().path("schema"), target == null ? null : target.getContent());
      });
    }
    if (converted.getComponents() != null && converted.getComponents().getRequestBodies() != null) {
      tree.path("parameters").properties().forEach(parameter -> {
        RequestBody target = converted.getComponents().getRequestBodies().get(parameter.getKey());
        restore(parameter.getValue().path("schema"), target == null ? null : target.getContent());
      });
    }
    if (converted.getPaths() == null) {
      return;
    }
    tree.path("paths").properties().forEach(path -> {
      PathItem item = converted.getPaths().get(path.getKey());
      if (item == null) {
        return;
      }
      for (Map.Entry<PathItem.HttpMethod, Operation> operation : item.readOperationsMap().entrySet()) {
        JsonNode source = path.getValue().path(operation.getKey().name().toLowerCase(java.util.Locale.ROOT));
        Operation target = operation.getValue();
        List<JsonNode> parameters = new ArrayList<>();
        path.getValue().path("parameters").forEach(parameters::add);
        source.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
          if (parameter.path("in").asText().equals("body") && target.getRequestBody() != null) {
            restore(parameter.path("schema"), target.getRequestBody().getContent());
          }
        }
        if (target.getResponses() != null) {
          source.path("responses").properties().forEach(response -> {
            ApiResponse answer = target.getResponses().get(response.getKey());
            restore(response.getValue().path("schema"), answer == null ? null : answer.getContent());
          });
        }
      }
    });
  }

  private static void restore(JsonNode schema, Content content) {
    if (content != null) {
      for (MediaType media : content.values()) {
        restore(schema, media.getSchema(), 0);
      }
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void restore(JsonNode source, Schema<?> target, int depth) {
    if (target == null || !source.isObject() || source.has("$ref") || depth > MAX_DEPTH) {
      return;
    }
    JsonNode properties = source.path("properties");
    boolean hasExtras = source.has("additionalProperties") && !source.get("additionalProperties").equals(JsonNodeFactory.instance.booleanNode(false));
    if (properties.isObject() && !properties.isEmpty() && hasExtras
        && (target.getProperties() == null || target.getProperties().isEmpty())) {
      Schema<?> declared = convertDeclaredProperties((ObjectNode) source);
      if (declared != null && declared.getProperties() != null) {
        target.setProperties(declared.getProperties());
        target.setRequired(declared.getRequired());
        target.setType("object");
      }
    }
    if (target.getProperties() != null) {
      properties.properties().forEach(property ->
          restore(property.getValue(), target.getProperties().get(property.getKey()), depth + 1));
    }
    restore(source.path("items"), target.getItems(), depth + 1);
    if (target.getAdditionalProperties() instanceof Schema extras) {
      restore(source.path("additionalProperties"), extras, depth + 1);
    }
    List<Schema> parts = target.getAllOf();
    JsonNode sourceParts = source.path("allOf");
    for (int i = 0; parts != null && i < parts.size() && i < sourceParts.size(); i++) {
      restore(sourceParts.get(i), parts.get(i), depth + 1);
    }
  }

  /**
   * The schema's properties and required list, converted as the converter converts a definition
   * (whose 2.0 model keeps both): a one-definition document of the schema without its extras.
   */
  private static Schema<?> convertDeclaredProperties(ObjectNode schema) {
    ObjectNode copy = schema.deepCopy();
    copy.remove("additionalProperties");
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.put("swagger", "2.0");
    document.putObject("info").put("title", "properties").put("version", "1");
    document.putObject("paths");
    document.putObject("definitions").set("Properties", copy);
    SwaggerParseResult result = new SwaggerConverter().convert(new SwaggerDeserializer().deserialize(document));
    if (result.getOpenAPI() == null || result.getOpenAPI().getComponents() == null
        || result.getOpenAPI().getComponents().getSchemas() == null) {
      return null;
    }
    return result.getOpenAPI().getComponents().getSchemas().get("Properties");
  }
}
