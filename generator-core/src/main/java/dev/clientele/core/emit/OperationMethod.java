package dev.clientele.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.RequestBody;
import dev.clientele.core.model.Response;
import dev.clientele.core.model.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * @param parameters the method's parameters, path first, then query, header, cookie and the body
 * @param returnType the returned type, or empty for {@code void}
 * @param mayReturnNull whether a success status without a body makes the method return null
 * @param responseUnion the type that tells apart success statuses with different bodies, if the
 *     operation has such statuses; it is then the return type
 */
record OperationMethod(
    Operation operation,
    String name,
    String asyncName,
    String callName,
    List<MethodParameter> parameters,
    Optional<TypeName> returnType,
    boolean mayReturnNull,
    Optional<ResponseUnion> responseUnion) {

  /**
   * A sealed interface, nested in the operation interface, with a record per success status whose
   * body differs from the others' ({@code 201 Created} with a {@code Deployment}, {@code 202
   * Accepted} with a message).
   */
  record ResponseUnion(ClassName name, List<StatusVariant> variants) {}

  /** The record for one success status, holding its body. */
  record StatusVariant(Response response, ClassName name, TypeName bodyType) {}

  /** The return type as the interface declares it: {@code @Nullable} when a body may be absent. */
  TypeName declaredReturnType() {
    TypeName type = returnType.orElse(TypeName.VOID);
    return mayReturnNull && returnType.isPresent() ? JavaTypes.nullable(type) : type;
  }

  /**
   * A method parameter and what it stands for.
   *
   * @param source the HTTP parameter, or empty for the request body
   */
  record MethodParameter(String name, TypeName type, boolean required, String description, Optional<Parameter> source) {}

  /** Whether the method's signature or error types use a deprecated schema's class. */
  boolean mentionsDeprecated(JavaTypes types) {
    return operation.parameters().stream().anyMatch(p -> types.mentionsDeprecated(p.type()))
        || operation.requestBody().map(body -> types.mentionsDeprecated(body.type())).orElse(false)
        || operation.responses().stream().anyMatch(r -> r.type().map(types::mentionsDeprecated).orElse(false));
  }

  /**
   * The methods of one group of operations, with names unique in {@code api}, the interface that
   * declares them.
   */
  static List<OperationMethod> of(
      List<Operation> operations, ClassName api, JavaTypes types, boolean hasSecuritySchemes, Consumer<String> warnings) {
    // Object's methods: an operation named hashCode or toString would be an override that does not compile.
    NameScope methods = NameScope.forMembers()
        .reserve("hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");
    NameScope nestedTypes = NameScope.forTypes().reserve(api.simpleName());
    List<OperationMethod> result = new ArrayList<>();
    for (Operation operation : operations) {
      String name = methods.allocate(baseName(operation));
      List<Response> successes = operation.successResponses();
      List<Response> withBody = successes.stream().filter(r -> r.type().isPresent()).toList();
      List<TypeRef> bodyTypes = withBody.stream().map(r -> r.type().get()).distinct().toList();
      Optional<ResponseUnion> union = Optional.empty();
      if (bodyTypes.size() > 1 && withBody.stream().allMatch(r -> isJson(r.mediaType().orElse("application/json")))) {
        union = Optional.of(responseUnion(api.nestedClass(nestedTypes.allocate(JavaNames.typeName(name) + "Response")), withBody, types));
      } else if (bodyTypes.size() > 1) {
        warnings.accept("the success responses of " + operation.method() + " " + operation.path()
            + " have different bodies, not all JSON; the method returns the " + withBody.get(0).status() + " response's");
      }
      Optional<TypeName> returnType = union.isPresent()
          ? union.map(ResponseUnion::name)
          : withBody.stream().findFirst().map(r -> types.of(r.type().get()));
      result.add(new OperationMethod(
          operation,
          name,
          methods.allocate(name + "Async"),
          methods.allocate(name + "Call"),
          parameters(operation, types, hasSecuritySchemes),
          returnType,
          !withBody.isEmpty() && withBody.size() < successes.size(),
          union));
    }
    return result;
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
  private static String baseName(Operation operation) {
    return JavaNames.memberName(operation.action());
  }

  /**
   * Path, query, header and cookie parameters in that order, then the body. When the spec declares
   * security schemes an {@code Authorization} header is client configuration, not a parameter.
   */
  private static List<MethodParameter> parameters(Operation operation, JavaTypes types, boolean hasSecuritySchemes) {
    // A parameter named like a type the method uses, or like the implementation's client field,
    // would hide it in the method's body.
    NameScope names = NameScope.forMembers().reserve("client");
    Set<String> typeNames = new HashSet<>();
    operation.parameters().forEach(parameter -> JavaTypes.simpleNames(types.of(parameter.type()), typeNames));
    operation.requestBody().ifPresent(body -> JavaTypes.simpleNames(types.of(body.type()), typeNames));
    typeNames.forEach(names::reserve);
    List<MethodParameter> result = new ArrayList<>();
    List<Parameter> ordered = new ArrayList<>(operation.parameters());
    ordered.sort(Comparator.comparing(Parameter::location));
    for (Parameter parameter : ordered) {
      if (hasSecuritySchemes
          && parameter.location() == Parameter.Location.HEADER
          && parameter.name().equalsIgnoreCase("Authorization")) {
        continue;
      }
      result.add(new MethodParameter(
          names.allocate(JavaNames.memberName(parameter.name())), types.of(parameter.type()), parameter.required(),
          parameter.description(), Optional.of(parameter)));
    }
    if (operation.requestBody().isPresent()) {
      RequestBody body = operation.requestBody().get();
      result.add(new MethodParameter(names.allocate("body"), types.of(body.type()), body.required(),
          body.description(), Optional.empty()));
    }
    return result;
  }
}
