package dev.clientele.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.RequestBody;
import dev.clientele.core.model.Response;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.TypeReferences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How one operation is spelled in Java, shared by the operation interface and its HTTP
 * implementation so that both agree: method names, parameters and the returned type.
 *
 * @param operation the operation
 * @param name the method's name
 * @param asyncName the name of the method returning a {@code CompletableFuture}
 * @param callName the name of the implementation's private method that describes the call
 * @param parameters the method's parameters: path parameters first, then the params record of the
 *     others (query, header, cookie) if it has any, then the body
 * @param returnType the returned type, or empty for {@code void}
 * @param mayReturnNull whether a success status without a body makes the method return null
 * @param responseUnion the type that tells apart success statuses with different bodies, if the
 *     operation has such statuses; it is then the return type
 * @param params the record of the query, header and cookie parameters, if the operation has any
 * @param streaming the method that returns the response's events, if a success response is an
 *     event stream
 */
record OperationMethod(
    Operation operation,
    String name,
    String asyncName,
    String callName,
    List<MethodParameter> parameters,
    Optional<TypeName> returnType,
    boolean mayReturnNull,
    Optional<ResponseUnion> responseUnion,
    Optional<ParamsRecord> params,
    Optional<Streaming> streaming) {

  /**
   * A sealed interface, nested in the operation interface, with a record per success status whose
   * body differs from the others' ({@code 201 Created} with a {@code Deployment}, {@code 202
   * Accepted} with a message).
   */
  record ResponseUnion(ClassName name, List<StatusVariant> variants) {}

  /** The record for one success status, holding its body. */
  record StatusVariant(Response response, ClassName name, TypeName bodyType) {}

  /**
   * The immutable record, nested in the operation interface (top-level when operations of several
   * interfaces share it), that holds an operation's query, header and cookie parameters, built with
   * a builder.
   *
   * @param name its class ({@code IssuesApi.ListForRepoParams})
   * @param components one per parameter, in the order path, query, header, cookie
   * @param nestedTypes the types declared inline in its parameters, which nest in it
   */
  record ParamsRecord(ClassName name, List<Component> components, List<String> nestedTypes) {

    /** Whether {@code build()} has anything to check: without, the method has an overload without it. */
    boolean anyRequired() {
      return components.stream().anyMatch(component -> component.source().required());
    }
  }

  /** A component of a params record: a parameter under its Java name. */
  record Component(String name, TypeName type, Parameter source) {}

  /**
   * A method that returns an event stream.
   *
   * @param name its name: the operation's method name when the operation only streams, else that
   *     name with {@code Streaming} ({@code createStreaming}) beside the plain JSON method
   * @param callName the implementation's method that describes its call
   * @param eventType what each event is: the spec's type of the event data, or the runtime's
   *     {@code ServerSentEvent} for untyped events
   * @param typed whether the events' data is decoded as JSON into {@code eventType}
   * @param twin whether it sits beside a plain method that returns JSON
   * @param setsStreamField whether the request body has a boolean {@code stream} property, which the
   *     streaming call sets to {@code true} (OpenAI's convention)
   */
  record Streaming(String name, String callName, TypeName eventType, boolean typed, boolean twin, boolean setsStreamField) {

    /** {@code EventStream<Event>}. */
    TypeName returnType() {
      return ParameterizedTypeName.get(RuntimeTypes.EVENT_STREAM, eventType);
    }
  }

  /** Whether the operation only streams: its method returns the event stream and has no async or raw twin. */
  boolean streamsOnly() {
    return streaming.isPresent() && !streaming.get().twin();
  }

  /** The return type as the interface declares it: {@code @Nullable} when a body may be absent. */
  TypeName declaredReturnType() {
    TypeName type = returnType.orElse(TypeName.VOID);
    return mayReturnNull && returnType.isPresent() ? JavaTypes.nullable(type) : type;
  }

  /** What a raw response of the method holds: the body type, {@code Void} without one. */
  TypeName rawBodyType() {
    return returnType.orElse(ClassName.get(Void.class));
  }

  /** What a method parameter is. */
  enum Kind {
    PATH,
    PARAMS,
    BODY
  }

  /**
   * A method parameter and what it stands for.
   *
   * @param source the HTTP parameter of a path parameter; empty for the params record and the body
   */
  record MethodParameter(String name, TypeName type, boolean required, String description, Optional<Parameter> source, Kind kind) {}

  /** Whether the method's signature or error types use a deprecated schema's class. */
  boolean mentionsDeprecated(JavaTypes types) {
    return operation.parameters().stream().anyMatch(p -> types.mentionsDeprecated(p.type()))
        || operation.requestBody().map(body -> types.mentionsDeprecated(body.type())).orElse(false)
        || operation.responses().stream().anyMatch(r -> r.type().map(types::mentionsDeprecated).orElse(false)
            || r.eventStream().flatMap(Response.EventStream::dataType).map(types::mentionsDeprecated).orElse(false));
  }

  /**
   * The methods of one group of operations, with names unique in {@code api}, the interface that
   * declares them. An enum declared inline in a parameter takes its place in the params record here.
   */
  static List<OperationMethod> of(List<Operation> operations, ClassName api, JavaTypes types, boolean hasSecuritySchemes,
      SharedParams.AcrossGroups acrossGroups, Consumer<String> warnings) {
    // Object's methods: an operation named hashCode or toString would be an override that does not compile.
    NameScope methods = NameScope.forMembers()
        .reserve("hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
            WITH_RAW_RESPONSE);
    NameScope nestedTypes = NameScope.forTypes().reserve(api.simpleName(), RAW_INTERFACE);
    // A record of this interface named like a top-level one would hide it from the interface's implementation.
    Map<SharedParams.Key, String> sharedNames =
        SharedParams.names(operations, hasSecuritySchemes, types, acrossGroups.simpleNames());
    sharedNames.keySet().removeIf(key -> acrossGroups.name(key) != null);
    Map<SharedParams.Key, ParamsRecord> sharedRecords = new HashMap<>();
    List<OperationMethod> result = new ArrayList<>();
    for (Operation operation : operations) {
      String name = methods.allocate(baseName(operation));
      List<Response> successes = operation.successResponses();
      List<Response> withBody = successes.stream().filter(r -> r.type().isPresent()).toList();
      List<TypeRef> bodyTypes = withBody.stream().map(r -> r.type().get()).distinct().toList();
      Optional<Response> eventResponse = successes.stream().filter(r -> r.eventStream().isPresent()).findFirst();
      boolean streamsOnly = eventResponse.isPresent()
          && eventResponse.get().mediaType().map(OperationMethod::isEventStream).orElse(false);
      Optional<ResponseUnion> union = Optional.empty();
      if (streamsOnly) {
        // The events are the body; the other success statuses' bodies cannot be returned beside them.
        withBody = List.of();
        bodyTypes = List.of();
      }
      if (bodyTypes.size() > 1 && withBody.stream().allMatch(r -> isJson(r.mediaType().orElse("application/json")))) {
        union = Optional.of(responseUnion(api.nestedClass(nestedTypes.allocate(JavaNames.typeName(name) + "Response")), withBody, types));
      } else if (bodyTypes.size() > 1) {
        warnings.accept("the success responses of " + operation.method() + " " + operation.path()
            + " have different bodies, not all JSON; the method returns the " + withBody.get(0).status() + " response's");
      }
      Optional<TypeName> returnType = union.isPresent()
          ? union.map(ResponseUnion::name)
          : withBody.stream().findFirst().map(r -> types.of(r.type().get()));
      String asyncName = streamsOnly ? name + "Async" : methods.allocate(name + "Async");
      String callName = methods.allocate(name + "Call");
      Optional<Streaming> streaming = eventResponse.map(response -> {
        Optional<TypeRef> dataType = response.eventStream().get().dataType();
        String streamingName = streamsOnly ? name : methods.allocate(name + "Streaming");
        String streamingCall = streamsOnly ? callName : methods.allocate(streamingName + "Call");
        TypeName eventType = dataType.map(types::of).orElse(RuntimeTypes.SERVER_SENT_EVENT);
        return new Streaming(streamingName, streamingCall, eventType, dataType.isPresent(), !streamsOnly,
            hasBooleanStreamProperty(operation, types));
      });
      List<Parameter> own = ownParameters(operation, hasSecuritySchemes);
      List<Parameter> carried = carried(own);
      SharedParams.Key shareKey = SharedParams.Key.of(carried, operation);
      Optional<ParamsRecord> params;
      if (carried.isEmpty()) {
        params = Optional.empty();
      } else if (acrossGroups.name(shareKey) != null) {
        params = Optional.of(acrossGroups.record(shareKey, key -> paramsRecord(acrossGroups.name(key), api, nestedTypes, own, types)));
      } else if (sharedNames.containsKey(shareKey)) {
        params = Optional.of(sharedRecords.computeIfAbsent(shareKey,
            key -> paramsRecord(api.nestedClass(nestedTypes.allocate(sharedNames.get(key))), api, nestedTypes, own, types)));
      } else {
        params = Optional.of(paramsRecord(
            api.nestedClass(nestedTypes.allocate(JavaNames.typeName(name) + "Params")), api, nestedTypes, own, types));
      }
      result.add(new OperationMethod(
          operation,
          name,
          asyncName,
          callName,
          parameters(operation, own, params, types),
          streamsOnly ? Optional.of(streaming.get().returnType()) : returnType,
          !streamsOnly && !withBody.isEmpty() && withBody.size() < successes.size(),
          union,
          params,
          streaming));
    }
    return result;
  }

  /** The name of the accessor that gives an interface's raw-response methods. */
  static final String WITH_RAW_RESPONSE = "withRawResponse";

  /** The nested interface of an interface's raw-response methods. */
  static final String RAW_INTERFACE = "WithRawResponse";

  /** Whether a media type is {@code text/event-stream}. */
  static boolean isEventStream(String mediaType) {
    return mediaType.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
  }

  /**
   * Whether the request body is an object with a boolean {@code stream} property: JSON, or a form or
   * multipart body (OpenAI's transcriptions).
   */
  private static boolean hasBooleanStreamProperty(Operation operation, JavaTypes types) {
    return operation.requestBody()
        .filter(body -> isJson(body.mediaType()) || body.mediaType().startsWith("application/x-www-form-urlencoded")
            || body.mediaType().startsWith("multipart/"))
        .map(body -> body.type() instanceof TypeRef.Named named ? types.definition(named.name()) : null)
        .filter(ObjectSchema.class::isInstance)
        .map(definition -> ((ObjectSchema) definition).properties().stream()
            .anyMatch(property -> property.wireName().equals("stream")
                && property.type().equals(TypeRef.scalar(TypeRef.ScalarKind.BOOLEAN))))
        .orElse(false);
  }

  /** The parameters a params record carries: the query, header and cookie ones. */
  static List<Parameter> carried(List<Parameter> own) {
    return own.stream().filter(p -> p.location() != Parameter.Location.PATH).toList();
  }

  /**
   * The params record: a component per query, header and cookie parameter, named after it, and
   * the types declared inline in those parameters nested in it, named after the parameter too.
   */
  private static ParamsRecord paramsRecord(
      ClassName record, ClassName api, NameScope apiTypes, List<Parameter> own, JavaTypes types) {
    NameScope components = NameScope.forMembers()
        .reserve("builder", "toBuilder", "hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait",
            "clone", "finalize");
    // Its header names the components' types by simple name: a nested type of the same name would win there.
    NameScope nested = NameScope.forTypes().reserve(record.simpleName(), api.simpleName(), "Builder");
    JavaTypes.HEADER_NAMES.forEach(nested::reserve);
    List<Parameter> queryHeaderCookie = carried(own);
    List<String> nestedTypes = new ArrayList<>();
    for (Parameter parameter : queryHeaderCookie) {
      String typeName = TypeReferences.ofParameter(parameter.type());
      if (typeName == null || !types.awaitsParameterPlace(typeName)) {
        Set<String> used = new HashSet<>();
        JavaTypes.simpleNames(types.of(parameter.type()), used);
        used.forEach(nested::reserve);
      }
    }
    for (Parameter parameter : queryHeaderCookie) {
      String typeName = TypeReferences.ofParameter(parameter.type());
      if (typeName != null && types.awaitsParameterPlace(typeName)) {
        String local = parameter.type() instanceof TypeRef.ArrayOf ? JavaTypes.localTypeName(parameter.name() + " item")
            : JavaNames.typeName(parameter.name());
        if (JavaTypes.needsSuffix(local)) {
          local = local + "Model";
        }
        if (types.isSharedParameterType(typeName)) {
          // Another shared type of this name (a list's fields beside an item's) is named after its first record.
          String shared = apiTypes.isTaken(local) ? record.simpleName().replaceFirst("Params$", "") + local : local;
          types.placeSharedParameterType(typeName, api.nestedClass(apiTypes.allocate(shared)));
          nested.reserve(shared);
        } else {
          types.placeParameterType(typeName, record.nestedClass(nested.allocate(local)));
          nestedTypes.add(typeName);
        }
      }
    }
    List<Component> result = new ArrayList<>();
    for (Parameter parameter : queryHeaderCookie) {
      result.add(new Component(components.allocate(JavaNames.memberName(parameter.name())), types.of(parameter.type()), parameter));
    }
    return new ParamsRecord(record, result, nestedTypes);
  }


  private static ResponseUnion responseUnion(ClassName name, List<Response> withBody, JavaTypes types) {
    NameScope records = NameScope.forTypes().reserve(name.simpleName());
    List<StatusVariant> variants = new ArrayList<>();
    for (Response response : withBody) {
      variants.add(new StatusVariant(
          response, name.nestedClass(records.allocate(statusName(response.status()))), types.of(response.type().get())));
    }
    return new ResponseUnion(name, variants);
  }

  /** The record name for a status: its reason phrase ({@code Accepted}), else {@code Status207}. */
  private static String statusName(String status) {
    return switch (status.toUpperCase(Locale.ROOT)) {
      case "200" -> "Ok";
      case "201" -> "Created";
      case "202" -> "Accepted";
      case "203" -> "NonAuthoritativeInformation";
      case "206" -> "PartialContent";
      case "2XX", "DEFAULT" -> "Success";
      default -> "Status" + status.replaceAll("[^0-9A-Za-z]", "");
    };
  }

  /** Whether a body of this media type is JSON, which the runtime encodes and decodes with Jackson. */
  static boolean isJson(String mediaType) {
    String lower = mediaType.toLowerCase(Locale.ROOT);
    return lower.contains("json") || lower.equals("*/*");
  }

  /** The method's name: what the operation does in its group ({@code listForRepo}, {@code retrieve}). */
  static String baseName(Operation operation) {
    return JavaNames.memberName(operation.action());
  }

  /**
   * The operation's parameters in the order path, query, header, cookie. When the spec declares
   * security schemes an {@code Authorization} header is client configuration, not a parameter; a
   * parameter with a fixed value is the implementation's to send.
   */
  static List<Parameter> ownParameters(Operation operation, boolean hasSecuritySchemes) {
    List<Parameter> ordered = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      if (hasSecuritySchemes
          && parameter.location() == Parameter.Location.HEADER
          && parameter.name().equalsIgnoreCase("Authorization")
          || parameter.fixedValue().isPresent()) {
        continue;
      }
      ordered.add(parameter);
    }
    ordered.sort(Comparator.comparing(Parameter::location));
    return ordered;
  }

  /** Path parameters, then the params record if there is one, then the body. */
  private static List<MethodParameter> parameters(
      Operation operation, List<Parameter> own, Optional<ParamsRecord> params, JavaTypes types) {
    // A parameter named like a type the method uses, or like the implementation's client field,
    // would hide it in the method's body.
    NameScope names = NameScope.forMembers().reserve("client");
    Set<String> typeNames = new HashSet<>();
    own.stream().filter(p -> p.location() == Parameter.Location.PATH)
        .forEach(parameter -> JavaTypes.simpleNames(types.of(parameter.type()), typeNames));
    operation.requestBody().ifPresent(body -> JavaTypes.simpleNames(types.of(body.type()), typeNames));
    params.ifPresent(record -> typeNames.add(record.name().simpleName()));
    typeNames.forEach(names::reserve);
    List<MethodParameter> result = new ArrayList<>();
    for (Parameter parameter : own) {
      if (parameter.location() == Parameter.Location.PATH) {
        result.add(new MethodParameter(
            names.allocate(JavaNames.memberName(parameter.name())), types.of(parameter.type()), true,
            parameter.description(), Optional.of(parameter), Kind.PATH));
      }
    }
    params.ifPresent(record -> result.add(new MethodParameter(names.allocate("params"), record.name(), true,
        "the query, header and cookie parameters", Optional.empty(), Kind.PARAMS)));
    if (operation.requestBody().isPresent()) {
      RequestBody body = operation.requestBody().get();
      result.add(new MethodParameter(names.allocate("body"), types.of(body.type()), body.required(),
          body.description(), Optional.empty(), Kind.BODY));
    }
    return result;
  }
}
