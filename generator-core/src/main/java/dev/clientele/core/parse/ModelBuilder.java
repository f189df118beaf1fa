package dev.clientele.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.RequestBody;
import dev.clientele.core.model.Response;
import dev.clientele.core.model.SecurityScheme;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.TypeRef.ScalarKind;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the {@link ApiModel} from a parsed and resolved swagger-parser {@link OpenAPI}. */
final class ModelBuilder {

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^{}]+)}");

  private final OpenAPI api;
  private final Problems problems;
  private final SchemaTranslator schemas;
  private final JsonNode document;
  private final Swagger2Operations swagger2;
  private final Map<String, Paginations.Hints> pagingHints = new LinkedHashMap<>();
  /** The words each operation's inline types are named with, by operation pointer; see {@link #typeHints}. */
  private Map<String, String> typeHints = Map.of();

  private ModelBuilder(OpenAPI api, JsonNode document, Problems problems) {
    this.api = api;
    this.document = document;
    this.swagger2 = new Swagger2Operations(document);
    this.problems = problems;
    Map<String, Schema<?>> components = new LinkedHashMap<>();
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      api.getComponents().getSchemas().forEach(components::put);
    }
    this.schemas = new SchemaTranslator(components, document, problems);
  }

  /**
   * The model of {@code api}; {@code document} is the tree it was parsed from, for the few things
   * swagger-parser does not keep.
   */
  static ApiModel build(OpenAPI api, JsonNode document, Problems problems) {
    return build(api, document, problems, PaginationOptions.defaults(), new ArrayList<>());
  }

  /** The model, with pagination as {@code pagination} says; {@code unpaged} receives list-like operations without. */
  static ApiModel build(OpenAPI api, JsonNode document, Problems problems, PaginationOptions pagination,
      List<UnpagedList> unpaged) {
    return new ModelBuilder(api, document, problems).build(pagination, unpaged);
  }

  private ApiModel build(PaginationOptions pagination, List<UnpagedList> unpaged) {
    schemas.translateComponents();
    List<Operation> operations = operations();
    translateWebhooksAndCallbacks();
    operations = Paginations.attach(operations, schemas.definitions(), pagingHints,
        extensionsOf(api.getExtensions()).path(PaginationExtensions.FERN), pagination, problems, unpaged);
    String title = api.getInfo() == null || api.getInfo().getTitle() == null ? "" : api.getInfo().getTitle();
    String description =
        api.getInfo() == null || api.getInfo().getDescription() == null ? "" : api.getInfo().getDescription().strip();
    List<String> servers = new ArrayList<>();
    if (api.getServers() != null) {
      for (Server server : api.getServers()) {
        if (server.getUrl() != null) {
          servers.add(server.getUrl());
        }
      }
    }
    return IdenticalTypes.merge(FixedParameters.apply(
        new ApiModel(title, description, servers, schemas.definitions(), operations, securitySchemes(), schemas.nesting())));
  }

  private List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    if (api.getPaths() == null) {
      return operations;
    }
    List<String> tags = new ArrayList<>();
    for (PathItem item : api.getPaths().values()) {
      item.readOperations().stream()
          .filter(operation -> operation.getTags() != null && !operation.getTags().isEmpty())
          .forEach(operation -> tags.add(operation.getTags().get(0)));
    }
    OperationNames names = new OperationNames(tags, api.getPaths().keySet());
    typeHints = typeHints(names);
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      PathItem item = path.getValue();
      String pathPointer = "#/paths/" + JsonPointers.escape(path.getKey());
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry :
          item.readOperationsMap().entrySet()) {
        String method = entry.getKey().name();
        operations.add(operation(
            path.getKey(), item, method, entry.getValue(), pathPointer + "/" + method.toLowerCase(Locale.ROOT), names));
      }
    }
    return operations;
  }

  /**
   * The words each operation's inline types are named with, by operation pointer: the short form
   * {@link OperationNames#typeHint} gives, unless two operations would share it (Stripe's {@code
   * checkout/sessions} and {@code financial_connections/sessions}); then both keep the group's name
   * ({@code checkout create session}), as a hint naming an unrelated operation's types must not.
   */
  private Map<String, String> typeHints(OperationNames names) {
    Map<String, String> hints = new LinkedHashMap<>();
    Map<String, String> fallbacks = new HashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      String pathPointer = "#/paths/" + JsonPointers.escape(path.getKey());
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        io.swagger.v3.oas.models.Operation source = entry.getValue();
        String method = entry.getKey().name();
        Optional<String> operationId = operationId(source);
        if (operationId.isPresent() && !OperationNames.isMethodAndPath(operationId.get(), method, path.getKey())) {
          continue;
        }
        List<String> tags = source.getTags() == null ? List.of() : source.getTags();
        String groupName = names.group(tags, path.getKey());
        String action = OperationNames.action(operationId, method, path.getKey(), groupName);
        String pointer = pathPointer + "/" + method.toLowerCase(Locale.ROOT);
        String hint = names.typeHint(tags, path.getKey(), action);
        hints.put(pointer, hint);
        fallbacks.put(pointer, OperationNames.singular(groupName) + " " + action);
        uses.merge(OperationNames.words(hint).toString(), 1, Integer::sum);
      }
    }
    hints.replaceAll((pointer, hint) -> uses.get(OperationNames.words(hint).toString()) > 1 ? fallbacks.get(pointer) : hint);
    return hints;
  }

  /**
   * Webhooks and callbacks are requests the server sends, not operations a client calls: only the
   * types of their bodies are generated (a webhook handler parses them with the models), named after
   * the webhook or callback ({@code NewPetWebhookRequest}, {@code CreateSubscriptionOnEventCallbackRequest}).
   */
  private void translateWebhooksAndCallbacks() {
    if (api.getWebhooks() != null) {
      for (Map.Entry<String, PathItem> webhook : api.getWebhooks().entrySet()) {
        translateModelsOnly(webhook.getValue(), webhook.getKey() + " webhook", "#/webhooks/" + JsonPointers.escape(webhook.getKey()));
      }
    }
    if (api.getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      String pathPointer = "#/paths/" + JsonPointers.escape(path.getKey());
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        io.swagger.v3.oas.models.Operation source = entry.getValue();
        if (source.getCallbacks() == null) {
          continue;
        }
        String method = entry.getKey().name().toLowerCase(Locale.ROOT);
        String operationName = operationId(source).orElse(method + " " + path.getKey());
        for (Map.Entry<String, Callback> declared : source.getCallbacks().entrySet()) {
          Map.Entry<String, Callback> callback = Map.entry(declared.getKey(), resolve(declared.getValue()));
          String callbackPointer = pathPointer + "/" + method + "/callbacks/" + JsonPointers.escape(callback.getKey());
          for (Map.Entry<String, PathItem> expression : callback.getValue().entrySet()) {
            translateModelsOnly(
                expression.getValue(),
                operationName + " " + callback.getKey() + " callback",
                callbackPointer + "/" + JsonPointers.escape(expression.getKey()));
          }
        }
      }
    }
  }

  /** The callback itself, or the one in components/callbacks its $ref names; empty when neither. */
  private Callback resolve(Callback callback) {
    String prefix = "#/components/callbacks/";
    if (callback == null) {
      return new Callback();
    }
    if (callback.get$ref() == null) {
      return callback;
    }
    Callback target = callback.get$ref().startsWith(prefix) && api.getComponents() != null && api.getComponents().getCallbacks() != null
        ? api.getComponents().getCallbacks().get(callback.get$ref().substring(prefix.length()))
        : null;
    return target == null || target.get$ref() != null ? new Callback() : target;
  }

  /** Translates the parameter, request and response schemas of a path item's operations. */
  private void translateModelsOnly(PathItem item, String nameHint, String pointer) {
    if (item == null) {
      return;
    }
    Map<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> operations = item.readOperationsMap();
    for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry : operations.entrySet()) {
      String method = entry.getKey().name().toLowerCase(Locale.ROOT);
      io.swagger.v3.oas.models.Operation source = entry.getValue();
      String hint = operationId(source).orElse(operations.size() == 1 ? nameHint : nameHint + " " + method);
      String operationPointer = pointer + "/" + method;
      addParameters(source.getParameters(), hint, operationPointer + "/parameters", new LinkedHashMap<>());
      requestBody(source.getRequestBody(), hint, operationPointer);
      responses(source, hint, operationPointer + "/responses");
    }
  }

  private static Optional<String> operationId(io.swagger.v3.oas.models.Operation source) {
    return Optional.ofNullable(source.getOperationId()).map(String::strip).filter(id -> !id.isEmpty());
  }

  private Operation operation(
      String path,
      PathItem item,
      String method,
      io.swagger.v3.oas.models.Operation source,
      String pointer,
      OperationNames names) {
    Optional<String> operationId = operationId(source);
    List<String> tags = source.getTags() == null ? List.of() : source.getTags();
    String group = tags.isEmpty() ? names.group(tags, path) : tags.get(0);
    String groupName = names.group(tags, path);
    String action = OperationNames.action(operationId, method, path, groupName);
    // Inline bodies are named after the operation: its own id when it says what it does
    // (createChatCompletion), else the group and the action (customer list: CustomerListResponse).
    boolean idNamesItself = operationId.isPresent() && !OperationNames.isMethodAndPath(operationId.get(), method, path);
    String nameHint = idNamesItself ? operationId.get() : typeHints.get(pointer);

    Map<String, Parameter> parameters = new LinkedHashMap<>();
    addParameters(item.getParameters(), nameHint, pointer.substring(0, pointer.lastIndexOf('/')) + "/parameters", parameters);
    addParameters(source.getParameters(), nameHint, pointer + "/parameters", parameters);
    addUndeclaredPathParameters(path, pointer, parameters);
    Optional<RequestBody> body = requestBody(source.getRequestBody(), nameHint, pointer);
    if (body.isPresent()) {
      // OpenAPI: a header parameter named Content-Type "SHALL be ignored"; the body's media type is
      // the header (Docker's build declares one beside its body, with another media type).
      parameters.keySet().removeIf(key -> key.equalsIgnoreCase("header:Content-Type"));
    }

    pagingHints.put(pointer, pagingHints(source));
    return new Operation(
        operationId,
        method,
        path,
        group,
        text(source.getSummary()),
        text(source.getDescription()),
        Boolean.TRUE.equals(source.getDeprecated()),
        List.copyOf(parameters.values()),
        body,
        responses(source, nameHint, pointer + "/responses"),
        pointer,
        groupName,
        action);
  }

  /** The pagination extensions of an operation, and whether a success response declares a Link header. */
  private Paginations.Hints pagingHints(io.swagger.v3.oas.models.Operation source) {
    JsonNode extensions = extensionsOf(source.getExtensions());
    boolean linkHeader = false;
    if (source.getResponses() != null) {
      for (Map.Entry<String, ApiResponse> entry : source.getResponses().entrySet()) {
        ApiResponse response = entry.getValue() == null ? null : resolve(entry.getValue());
        if (entry.getKey().startsWith("2") && response != null && response.getHeaders() != null) {
          linkHeader |= response.getHeaders().keySet().stream().anyMatch(name -> name.equalsIgnoreCase("Link"));
        }
      }
    }
    return new Paginations.Hints(
        Optional.ofNullable(extensions.get(PaginationExtensions.SPEAKEASY)),
        Optional.ofNullable(extensions.get(PaginationExtensions.FERN)),
        linkHeader);
  }

  /** Extensions as swagger-parser keeps them (maps, lists, scalars), as a JSON tree. */
  private static JsonNode extensionsOf(Map<String, Object> extensions) {
    try {
      return EXTENSIONS.valueToTree(extensions == null ? Map.of() : extensions);
    } catch (IllegalArgumentException e) {
      // An extension swagger-parser kept as something Jackson cannot write is none the generator reads.
      return EXTENSIONS.createObjectNode();
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper EXTENSIONS = new com.fasterxml.jackson.databind.ObjectMapper();

  private void addParameters(
      List<io.swagger.v3.oas.models.parameters.Parameter> sources,
      String nameHint,
      String pointer,
      Map<String, Parameter> into) {
    if (sources == null) {
      return;
    }
    for (int i = 0; i < sources.size(); i++) {
      io.swagger.v3.oas.models.parameters.Parameter source = resolve(sources.get(i));
      String parameterPointer = pointer + "/" + i;
      if (source == null || source.getName() == null || source.getIn() == null) {
        problems.warning("invalid-parameter", parameterPointer, "the parameter has no name or location; skipped", "");
        continue;
      }
      Parameter.Location location;
      switch (source.getIn()) {
        case "path" -> location = Parameter.Location.PATH;
        case "query" -> location = Parameter.Location.QUERY;
        case "header" -> location = Parameter.Location.HEADER;
        case "cookie" -> location = Parameter.Location.COOKIE;
        default -> {
          problems.warning(
              "invalid-parameter", parameterPointer, "unknown parameter location '" + source.getIn() + "'; skipped", "");
          continue;
        }
      }
      Schema<?> schema = source.getSchema();
      String schemaPointer = parameterPointer + "/schema";
      if (schema == null && source.getContent() != null && !source.getContent().isEmpty()) {
        Map.Entry<String, MediaType> first = source.getContent().entrySet().iterator().next();
        schema = first.getValue().getSchema();
        schemaPointer = parameterPointer + "/content/" + JsonPointers.escape(first.getKey()) + "/schema";
      }
      TypeRef type =
          schema == null
              ? TypeRef.scalar(ScalarKind.STRING)
              : parameterType(schema, componentParameter(sources.get(i), parameterPointer), nameHint + " " + source.getName(), schemaPointer);
      boolean required = location == Parameter.Location.PATH || Boolean.TRUE.equals(source.getRequired());
      String key = source.getIn() + ":" + source.getName();
      into.remove(key);
      Parameter.Style style = style(source.getStyle(), location);
      boolean explode = source.getExplode() != null ? source.getExplode() : style == Parameter.Style.FORM;
      into.put(
          key,
          new Parameter(
              source.getName(), location, type, required, text(source.getDescription()),
              Boolean.TRUE.equals(source.getDeprecated()), style, explode));
    }
  }

  /** The parameter's style: as the spec says, else the default of its location (form or simple). */
  private static Parameter.Style style(io.swagger.v3.oas.models.parameters.Parameter.StyleEnum declared, Parameter.Location location) {
    if (declared == null) {
      return Parameter.Style.defaultFor(location);
    }
    return switch (declared) {
      case MATRIX -> Parameter.Style.MATRIX;
      case LABEL -> Parameter.Style.LABEL;
      case FORM -> Parameter.Style.FORM;
      case SIMPLE -> Parameter.Style.SIMPLE;
      case SPACEDELIMITED -> Parameter.Style.SPACE_DELIMITED;
      case PIPEDELIMITED -> Parameter.Style.PIPE_DELIMITED;
      case DEEPOBJECT -> Parameter.Style.DEEP_OBJECT;
    };
  }

  /**
   * A parameter's type. The inline type of a parameter declared once under components/parameters
   * and shared by many operations is named after the parameter ({@code direction}), not after
   * whichever operation came first; that of one declared in place is named after its operation and
   * shared with no other (swagger-parser hands out one object for equal schemas).
   */
  private TypeRef parameterType(Schema<?> schema, Optional<String> component, String inPlaceHint, String pointer) {
    return component.isPresent()
        ? schemas.typeOf(schema, component.get(), pointer).type()
        : schemas.typeOfUnshared(schema, inPlaceHint, pointer).type();
  }

  /** The name under components/parameters a parameter refers to, if it does. */
  private Optional<String> componentParameter(io.swagger.v3.oas.models.parameters.Parameter declared, String pointer) {
    String prefix = "#/components/parameters/";
    // swagger-parser may have replaced the reference by what it points to; the document has it.
    String ref = declared.get$ref() != null
        ? declared.get$ref()
        : document.at(JsonPointers.decodeFragment(pointer.substring(1))).path("$ref").asText("");
    return ref.startsWith(prefix) ? Optional.of(JsonPointers.unescape(ref.substring(prefix.length()))) : Optional.empty();
  }

  private io.swagger.v3.oas.models.parameters.Parameter resolve(
      io.swagger.v3.oas.models.parameters.Parameter parameter) {
    String ref = parameter.get$ref();
    if (ref == null) {
      return parameter;
    }
    String prefix = "#/components/parameters/";
    if (ref.startsWith(prefix) && api.getComponents() != null && api.getComponents().getParameters() != null) {
      return api.getComponents().getParameters().get(ref.substring(prefix.length()));
    }
    return null;
  }

  /**
   * Path template variables no parameter declares get a required path parameter: from the Swagger
   * 2.0 declaration the converter lost (see {@link Swagger2Operations}), else a string, with a
   * warning. Without one the URL cannot be built at all.
   */
  private void addUndeclaredPathParameters(String path, String operationPointer, Map<String, Parameter> parameters) {
    Matcher variables = PATH_VARIABLE.matcher(path);
    while (variables.find()) {
      String name = variables.group(1);
      String key = "path:" + name;
      if (parameters.containsKey(key)) {
        continue;
      }
      Optional<JsonNode> declared = swagger2.pathParameter(operationPointer, name);
      if (declared.isEmpty()) {
        problems.warning(
            "undeclared-path-parameter", operationPointer,
            "the path template names {" + name + "} but no path parameter declares it; taken as a string",
            "declare it under the operation's or the path's parameters with in: path");
      }
      String type = declared.map(node -> node.path("type").asText("")).orElse("");
      TypeRef typeRef = switch (type) {
        case "integer" -> TypeRef.scalar(
            declared.get().path("format").asText("").equals("int32") ? ScalarKind.INT32 : ScalarKind.INT64);
        case "number" -> TypeRef.scalar(ScalarKind.DOUBLE);
        case "boolean" -> TypeRef.scalar(ScalarKind.BOOLEAN);
        default -> TypeRef.scalar(ScalarKind.STRING);
      };
      String description = declared.map(node -> node.path("description").asText("")).orElse("");
      parameters.put(key, new Parameter(name, Parameter.Location.PATH, typeRef, true, text(description), false));
    }
  }

  private Optional<RequestBody> requestBody(
      io.swagger.v3.oas.models.parameters.RequestBody body, String nameHint, String operationPointer) {
    String pointer = operationPointer + "/requestBody";
    if (body != null && body.get$ref() != null) {
      String prefix = "#/components/requestBodies/";
      String ref = body.get$ref();
      body =
          ref.startsWith(prefix) && api.getComponents() != null && api.getComponents().getRequestBodies() != null
              ? api.getComponents().getRequestBodies().get(ref.substring(prefix.length()))
              : null;
    }
    if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
      return Optional.empty();
    }
    Content content = body.getContent();
    String mediaType = swagger2.formMediaType(operationPointer, content.keySet()).orElseGet(() -> chooseMediaType(content));
    Schema<?> schema = content.get(mediaType).getSchema();
    if (admitsNothing(schema)) {
      // Stripe gives 239 GETs and DELETEs a form body of no properties and no others: a parameter
      // that can only ever be empty is noise in every call.
      return Optional.empty();
    }
    TypeRef type =
        schemas
            .typeOf(schema, nameHint + " request", pointer + "/content/" + JsonPointers.escape(mediaType) + "/schema")
            .type();
    return Optional.of(new RequestBody(
        contentTypeToSend(mediaType, type), type, Boolean.TRUE.equals(body.getRequired()), text(body.getDescription())));
  }

  /** An object schema that allows no property at all: no properties, {@code additionalProperties: false}. */
  private boolean admitsNothing(Schema<?> schema) {
    Schema<?> target = schema;
    if (schema != null && schema.get$ref() != null && schema.get$ref().startsWith("#/components/schemas/")
        && api.getComponents() != null && api.getComponents().getSchemas() != null) {
      target = api.getComponents().getSchemas().get(JsonPointers.unescape(schema.get$ref().substring("#/components/schemas/".length())));
    }
    return target != null
        && "object".equals(target.getType() != null ? target.getType()
            : target.getTypes() != null && target.getTypes().size() == 1 ? target.getTypes().iterator().next() : null)
        && (target.getProperties() == null || target.getProperties().isEmpty())
        && (Boolean.FALSE.equals(target.getAdditionalProperties())  // 3.0; 3.1 reads false as a boolean schema
            || target.getAdditionalProperties() instanceof Schema<?> none && Boolean.FALSE.equals(none.getBooleanSchemaValue()))
        && target.getAllOf() == null && target.getOneOf() == null && target.getAnyOf() == null
        && target.getPatternProperties() == null;
  }

  /**
   * The {@code Content-Type} a body the spec accepts as {@code mediaType} is sent with. A media
   * range ({@code *}{@code /*}, {@code application/*}: Kubernetes accepts every body as {@code *}{@code /*})
   * names no type, and a server cannot parse a body labelled with one: the client names the type it
   * writes.
   */
  private static String contentTypeToSend(String mediaType, TypeRef type) {
    if (!mediaType.contains("*")) {
      return mediaType;
    }
    if (type instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.BINARY) {
      return "application/octet-stream";
    }
    return mediaType.toLowerCase(Locale.ROOT).startsWith("text/") ? "text/plain" : "application/json";
  }

  private List<Response> responses(io.swagger.v3.oas.models.Operation source, String nameHint, String pointer) {
    List<Response> responses = new ArrayList<>();
    if (source.getResponses() == null) {
      return responses;
    }
    boolean firstSuccess = true;
    for (Map.Entry<String, ApiResponse> entry : source.getResponses().entrySet()) {
      String status = entry.getKey();
      ApiResponse response = resolve(entry.getValue());
      if (response == null) {
        continue;
      }
      Content content = response.getContent();
      Optional<String> mediaType = Optional.empty();
      Optional<TypeRef> type = Optional.empty();
      Optional<Response.EventStream> eventStream = Optional.empty();
      if (content != null && !content.isEmpty()) {
        String chosen = chooseMediaType(content);
        boolean success = status.startsWith("2");
        String hint = success && firstSuccess ? nameHint + " response" : nameHint + " " + status + " response";
        mediaType = Optional.of(chosen);
        type = Optional.of(bodyType(content.get(chosen).getSchema(), chosen, hint,
            pointer + "/" + JsonPointers.escape(status) + "/content/" + JsonPointers.escape(chosen) + "/schema"));
        if (success) {
          eventStream = eventStream(content, nameHint + " stream event", pointer + "/" + JsonPointers.escape(status) + "/content/");
        }
      }
      if (status.startsWith("2")) {
        firstSuccess = false;
      }
      responses.add(new Response(status, text(response.getDescription()), mediaType, type, eventStream));
    }
    return responses;
  }

  /**
   * The {@code text/event-stream} content of a success response, if it has one: typed when its
   * schema is more than a string (OpenAI's chat completion chunks), since each event's data is
   * then JSON of that schema.
   */
  private Optional<Response.EventStream> eventStream(Content content, String nameHint, String pointer) {
    for (Map.Entry<String, MediaType> entry : content.entrySet()) {
      if (!entry.getKey().toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
        continue;
      }
      Schema<?> schema = entry.getValue() == null ? null : entry.getValue().getSchema();
      boolean untyped = schema == null
          || (schema.get$ref() == null && ("string".equals(schema.getType())
              || (schema.getTypes() != null && schema.getTypes().equals(java.util.Set.of("string")))));
      if (untyped) {
        return Optional.of(new Response.EventStream(Optional.empty()));
      }
      TypeRef type = schemas.typeOf(schema, nameHint, pointer + JsonPointers.escape(entry.getKey()) + "/schema").type();
      return Optional.of(new Response.EventStream(Optional.of(type)));
    }
    return Optional.empty();
  }

  /** A response body's type: JSON as its schema says, text as a string, anything else as bytes. */
  private TypeRef bodyType(Schema<?> schema, String mediaType, String nameHint, String pointer) {
    if (isJson(mediaType)) {
      return schemas.typeOf(schema, nameHint, pointer).type();
    }
    if (mediaType.startsWith("text/")) {
      return TypeRef.scalar(ScalarKind.STRING);
    }
    return TypeRef.scalar(ScalarKind.BINARY);
  }

  private ApiResponse resolve(ApiResponse response) {
    String ref = response.get$ref();
    if (ref == null) {
      return response;
    }
    String prefix = "#/components/responses/";
    if (ref.startsWith(prefix) && api.getComponents() != null && api.getComponents().getResponses() != null) {
      return api.getComponents().getResponses().get(ref.substring(prefix.length()));
    }
    return null;
  }

  /** JSON first, then form bodies, then whatever the spec lists first. */
  private static String chooseMediaType(Content content) {
    for (String candidate : content.keySet()) {
      if (isJson(candidate)) {
        return candidate;
      }
    }
    return content.keySet().iterator().next();
  }

  private static boolean isJson(String mediaType) {
    String lower = mediaType.toLowerCase(Locale.ROOT);
    return lower.startsWith("application/json") || lower.contains("+json") || lower.equals("*/*");
  }

  private List<SecurityScheme> securitySchemes() {
    List<SecurityScheme> result = new ArrayList<>();
    if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
      return result;
    }
    for (Map.Entry<String, io.swagger.v3.oas.models.security.SecurityScheme> entry :
        api.getComponents().getSecuritySchemes().entrySet()) {
      io.swagger.v3.oas.models.security.SecurityScheme scheme = entry.getValue();
      SecurityScheme.Kind kind = SecurityScheme.Kind.OTHER;
      String parameterName = "";
      if (scheme.getType() != null) {
        switch (scheme.getType()) {
          case HTTP -> {
            String httpScheme = scheme.getScheme() == null ? "" : scheme.getScheme().toLowerCase(Locale.ROOT);
            kind = httpScheme.equals("basic") ? SecurityScheme.Kind.HTTP_BASIC
                : httpScheme.equals("bearer") ? SecurityScheme.Kind.HTTP_BEARER
                : SecurityScheme.Kind.OTHER;
          }
          case APIKEY -> {
            parameterName = scheme.getName() == null ? "" : scheme.getName();
            kind = switch (scheme.getIn() == null ? io.swagger.v3.oas.models.security.SecurityScheme.In.HEADER : scheme.getIn()) {
              case HEADER -> SecurityScheme.Kind.API_KEY_HEADER;
              case QUERY -> SecurityScheme.Kind.API_KEY_QUERY;
              case COOKIE -> SecurityScheme.Kind.API_KEY_COOKIE;
            };
          }
          case OAUTH2 -> kind = SecurityScheme.Kind.OAUTH2;
          case OPENIDCONNECT -> kind = SecurityScheme.Kind.OPEN_ID_CONNECT;
          default -> kind = SecurityScheme.Kind.OTHER;
        }
      }
      result.add(new SecurityScheme(entry.getKey(), kind, parameterName, text(scheme.getDescription())));
    }
    return result;
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
