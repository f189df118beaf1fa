package dev.clientele.core.emit;

import com.palantir.javapoet.TypeName;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.RequestBody;
import dev.clientele.core.model.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
 */
record OperationMethod(
    Operation operation,
    String name,
    String asyncName,
    String callName,
    List<MethodParameter> parameters,
    Optional<TypeName> returnType) {

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

  /** The methods of one group of operations, with names unique in the interface. */
  static List<OperationMethod> of(List<Operation> operations, JavaTypes types, boolean hasSecuritySchemes) {
    NameScope methods = NameScope.forMembers();
    List<OperationMethod> result = new ArrayList<>();
    for (Operation operation : operations) {
      String name = methods.allocate(baseName(operation));
      result.add(new OperationMethod(
          operation,
          name,
          methods.allocate(name + "Async"),
          methods.allocate(name + "Call"),
          parameters(operation, types, hasSecuritySchemes),
          operation.successResponse().flatMap(Response::type).map(types::of)));
    }
    return result;
  }

  /** The operationId in lowerCamelCase; without one, the method and path ({@code getPetsByPetId}). */
  private static String baseName(Operation operation) {
    if (operation.operationId().isPresent()) {
      return JavaNames.memberName(operation.operationId().get());
    }
    String path = operation.path().replaceAll("\\{([^}]*)}", " by $1 ");
    return JavaNames.memberName(operation.method().toLowerCase(Locale.ROOT) + " " + path);
  }

  /**
   * Path, query, header and cookie parameters in that order, then the body. When the spec declares
   * security schemes an {@code Authorization} header is client configuration, not a parameter.
   */
  private static List<MethodParameter> parameters(Operation operation, JavaTypes types, boolean hasSecuritySchemes) {
    NameScope names = NameScope.forMembers();
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
