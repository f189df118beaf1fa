package dev.clientele.checks.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.checks.RawSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One operation as the spec's authors wrote it (OpenAPI 3.x or Swagger 2.0): the schemas of its
 * parameters and body, its security and its responses, read from the raw document so that the
 * values sent are judged against the spec, not against what generator-core made of it.
 *
 * @param spec the document
 * @param node the operation object
 * @param pathItem the path item that holds it
 */
record RawOperation(RawSpec spec, JsonNode node, JsonNode pathItem) {

  /** A security scheme as declared. */
  record Scheme(String name, String type, String scheme, String in, String parameterName) {}

  /** The operation at {@code pointer} ({@code #/paths/~1pets/get}), or null when there is none. */
  static RawOperation at(RawSpec spec, String pointer) {
    JsonNode node = spec.resolve(pointer);
    int slash = pointer.lastIndexOf('/');
    JsonNode pathItem = slash < 0 ? null : spec.deref(spec.resolve(pointer.substring(0, slash)));
    return node == null || pathItem == null ? null : new RawOperation(spec, node, pathItem);
  }

  /** Its parameters, the path item's first and the operation's overriding them by name and location. */
  List<JsonNode> parameters() {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    for (JsonNode list : List.of(pathItem.path("parameters"), node.path("parameters"))) {
      for (JsonNode parameterOrRef : list) {
        JsonNode parameter = spec.deref(parameterOrRef);
        if (parameter != null) {
          byKey.put(parameter.path("in").asText() + " " + parameter.path("name").asText(), parameter);
        }
      }
    }
    return List.copyOf(byKey.values());
  }

  /** The parameter with that name in that location ({@code query}, {@code header}...), or null. */
  JsonNode parameter(String name, String location) {
    for (JsonNode parameter : parameters()) {
      if (parameter.path("in").asText().equalsIgnoreCase(location)
          && (parameter.path("name").asText().equals(name)
              || (location.equalsIgnoreCase("header") && parameter.path("name").asText().equalsIgnoreCase(name)))) {
        return parameter;
      }
    }
    return null;
  }

  /** A parameter's schema: its {@code schema} or {@code content}'s, or (Swagger 2.0) the parameter itself. */
  JsonNode parameterSchema(JsonNode parameter) {
    if (parameter.has("schema")) {
      return parameter.get("schema");
    }
    if (parameter.path("content").isObject() && parameter.get("content").size() > 0) {
      return parameter.get("content").elements().next().path("schema");
    }
    return parameter;
  }

  /**
   * The request body's schema for the media type generator-core chose; in Swagger 2.0 the
   * {@code body} parameter's, or an object made of the {@code formData} parameters. Null when the
   * spec has none.
   */
  JsonNode bodySchema(String mediaType) {
    JsonNode body = spec.deref(node.path("requestBody"));
    if (body != null && body.path("content").isObject()) {
      JsonNode content = body.get("content");
      JsonNode media = content.has(mediaType) ? content.get(mediaType) : null;
      if (media == null) {
        for (Map.Entry<String, JsonNode> entry : content.properties()) {
          if (entry.getKey().equalsIgnoreCase(mediaType)) {
            media = entry.getValue();
          }
        }
      }
      if (media == null) {
        // A body the spec accepts under a media range (Kubernetes' */*) is sent as a type it covers.
        String type = mediaType.substring(0, Math.max(0, mediaType.indexOf('/')));
        for (Map.Entry<String, JsonNode> entry : content.properties()) {
          if (entry.getKey().equals("*/*") || entry.getKey().equalsIgnoreCase(type + "/*")) {
            media = entry.getValue();
          }
        }
      }
      return media == null ? null : media.path("schema");
    }
    ObjectNode properties = JsonNodeFactory.instance.objectNode();
    ArrayNode required = JsonNodeFactory.instance.arrayNode();
    for (JsonNode parameter : parameters()) {
      switch (parameter.path("in").asText()) {
        case "body" -> {
          return parameter.path("schema");
        }
        case "formData" -> {
          properties.set(parameter.path("name").asText(), parameter);
          if (parameter.path("required").asBoolean(false)) {
            required.add(parameter.path("name").asText());
          }
        }
        default -> { }
      }
    }
    if (properties.isEmpty()) {
      return null;
    }
    ObjectNode form = JsonNodeFactory.instance.objectNode().put("type", "object");
    form.set("properties", properties);
    form.set("required", required);
    return form;
  }

  /**
   * The alternatives of its security requirement (the operation's, else the document's), each the
   * names of the schemes that must all be present; one empty alternative when it needs none.
   */
  List<List<String>> securityAlternatives() {
    JsonNode security = node.has("security") ? node.get("security") : spec.tree().path("security");
    List<List<String>> alternatives = new ArrayList<>();
    for (JsonNode requirement : security) {
      List<String> names = new ArrayList<>();
      requirement.fieldNames().forEachRemaining(names::add);
      alternatives.add(names);
    }
    return alternatives.isEmpty() ? List.of(List.of()) : alternatives;
  }

  /** The declared scheme of that name (components or Swagger 2.0's securityDefinitions), or null. */
  Scheme scheme(String name) {
    JsonNode declared = spec.tree().path("components").path("securitySchemes").path(name);
    if (declared.isMissingNode()) {
      declared = spec.tree().path("securityDefinitions").path(name);
    }
    declared = spec.deref(declared);
    if (declared == null || declared.isMissingNode()) {
      return null;
    }
    return new Scheme(name, declared.path("type").asText(), declared.path("scheme").asText("").toLowerCase(Locale.ROOT),
        declared.path("in").asText(""), declared.path("name").asText(""));
  }

  /** Every security scheme the document declares, in order. */
  List<Scheme> declaredSchemes() {
    List<Scheme> schemes = new ArrayList<>();
    JsonNode declared = spec.tree().path("components").path("securitySchemes");
    if (declared.isMissingNode()) {
      declared = spec.tree().path("securityDefinitions");
    }
    declared.fieldNames().forEachRemaining(name -> {
      Scheme scheme = scheme(name);
      if (scheme != null) {
        schemes.add(scheme);
      }
    });
    return schemes;
  }

  /** Whether the spec declares a success status (2xx) for it. */
  boolean declaresSuccess() {
    for (Iterator<String> it = node.path("responses").fieldNames(); it.hasNext(); ) {
      if (it.next().startsWith("2")) {
        return true;
      }
    }
    return false;
  }

  /** The response object for a status, the {@code 2XX} range or {@code default} in that order; null if none. */
  JsonNode response(int status) {
    JsonNode responses = node.path("responses");
    for (String key : List.of(String.valueOf(status), status / 100 + "XX", status / 100 + "xx", "default")) {
      if (responses.has(key)) {
        return spec.deref(responses.get(key));
      }
    }
    return null;
  }

  /** The JSON schema of a response (3.x: its first JSON content's; 2.0: its schema), or null. */
  JsonNode responseSchema(int status) {
    JsonNode response = response(status);
    if (response == null) {
      return null;
    }
    if (response.has("schema")) {
      return response.get("schema");
    }
    for (Map.Entry<String, JsonNode> media : response.path("content").properties()) {
      if (media.getKey().toLowerCase(Locale.ROOT).contains("json") && media.getValue().has("schema")) {
        return media.getValue().get("schema");
      }
    }
    return null;
  }

  /** Whether the spec names a media type for its request body: 3.x always; Swagger 2.0 by {@code consumes}. */
  boolean declaresRequestMediaType() {
    if (!spec.isSwagger2()) {
      return true;
    }
    JsonNode consumes = node.has("consumes") ? node.get("consumes") : spec.tree().path("consumes");
    return consumes.isArray() && !consumes.isEmpty();
  }

  /** The media types of its success responses (3.x content; Swagger 2.0 produces). */
  List<String> successMediaTypes() {
    List<String> types = new ArrayList<>();
    for (Map.Entry<String, JsonNode> response : node.path("responses").properties()) {
      if (response.getKey().startsWith("2")) {
        JsonNode resolved = spec.deref(response.getValue());
        if (resolved != null) {
          resolved.path("content").fieldNames().forEachRemaining(types::add);
        }
      }
    }
    JsonNode produces = node.has("produces") ? node.get("produces") : spec.tree().path("produces");
    produces.forEach(type -> types.add(type.asText()));
    return types;
  }

  /** Whether the spec gives this status a body. */
  boolean responseHasBody(int status) {
    JsonNode response = response(status);
    return response != null && (response.has("schema") || response.path("content").size() > 0);
  }
}
