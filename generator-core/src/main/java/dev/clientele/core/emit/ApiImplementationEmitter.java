package dev.clientele.core.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.RequestBody;
import dev.clientele.core.model.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The HTTP implementation of an operation interface: each method describes its call (path,
 * parameters, body, response and error types) and hands it to the runtime's {@code ApiClient},
 * which sends it, retries and decodes.
 */
final class ApiImplementationEmitter {

  private ApiImplementationEmitter() {}

  static JavaFile emit(ClassName implementation, ClassName api, List<OperationMethod> methods, JavaTypes types) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(implementation)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(api)
            .addJavadoc("{@link $T} over HTTP, through the runtime's {@code ApiClient}.", api)
            .addField(RuntimeTypes.API_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("Sends every call through {@code client}.")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(RuntimeTypes.API_CLIENT, "client")
                    .addStatement("this.client = client")
                    .build());
    if (methods.stream().anyMatch(method -> method.mentionsDeprecated(types))) {
      type.addAnnotation(JavaTypes.suppressDeprecation());
    }
    for (OperationMethod method : methods) {
      CodeBlock arguments = arguments(method);
      TypeName returned = method.declaredReturnType();
      MethodSpec.Builder sync = ApiInterfaceEmitter.signature(method, method.name(), returned).addAnnotation(Override.class);
      // A body the spec promises is checked for, so that a method typed non-null never returns null.
      boolean promisesBody = method.returnType().isPresent() && !method.mayReturnNull();
      if (method.returnType().isPresent()) {
        sync.addStatement("return client.$L($N($L))", promisesBody ? "executeExpectingBody" : "execute", method.callName(), arguments);
      } else {
        sync.addStatement("client.execute($N($L))", method.callName(), arguments);
      }
      type.addMethod(sync.build());
      type.addMethod(
          ApiInterfaceEmitter.signature(method, method.asyncName(), ApiInterfaceEmitter.asyncType(method))
              .addAnnotation(Override.class)
              .addStatement("return client.$L($N($L))", promisesBody ? "executeExpectingBodyAsync" : "executeAsync", method.callName(), arguments)
              .build());
      type.addMethod(call(method, types));
    }
    return GeneratedFiles.file(implementation.packageName(), type);
  }

  private static CodeBlock arguments(OperationMethod method) {
    return CodeBlock.join(
        method.parameters().stream().map(p -> CodeBlock.of("$N", p.name())).toList(), ", ");
  }

  /**
   * The {@code Accept} header: the media types the client reads the operation's responses in (for
   * each response, the one its body is generated for: JSON where the response offers it), when that
   * is more than the runtime's {@code application/json}. A server that only streams
   * {@code text/event-stream} refuses {@code application/json} with 406; one that offers XML beside
   * JSON must not be invited to answer in XML. None when the operation has an {@code Accept}
   * parameter of its own.
   */
  private static Optional<String> accept(Operation operation) {
    boolean ownParameter = operation.parameters().stream()
        .anyMatch(p -> p.location() == Parameter.Location.HEADER && p.name().equalsIgnoreCase("Accept"));
    List<String> mediaTypes = operation.responses().stream()
        .flatMap(response -> response.mediaType().stream())
        .distinct()
        .toList();
    if (ownParameter || mediaTypes.isEmpty() || mediaTypes.equals(List.of("application/json"))) {
      return Optional.empty();
    }
    return Optional.of(String.join(", ", mediaTypes));
  }

  /** The private method that describes the call: what the operation sends and what it gets back. */
  private static MethodSpec call(OperationMethod method, JavaTypes types) {
    Operation operation = method.operation();
    TypeName result = method.returnType().orElse(ClassName.get(Void.class));
    CodeBlock.Builder chain = CodeBlock.builder()
        .add("return $T.of($L, $L, $L)", RuntimeTypes.CALL, Literals.string(operation.method()), Literals.string(operation.path()), typeToken(result))
        .indent()
        .indent();
    accept(operation).ifPresent(accept -> chain.add("\n.header($S, $S)", "Accept", accept));
    for (OperationMethod.MethodParameter parameter : method.parameters()) {
      if (parameter.source().isPresent()) {
        Parameter source = parameter.source().get();
        String setter = switch (source.location()) {
          case PATH -> "path";
          case QUERY -> "query";
          case HEADER -> "header";
          case COOKIE -> "cookie";
        };
        chain.add("\n.$L($L, $N)", setter, Literals.string(source.name()), parameter.name());
      } else {
        chain.add("\n$L", body(operation.requestBody().orElseThrow(), parameter.name()));
      }
    }
    for (OperationMethod.StatusVariant variant : method.responseUnion().map(OperationMethod.ResponseUnion::variants).orElse(List.of())) {
      chain.add("\n.success($L, $T.class)", Literals.string(variant.response().status().toUpperCase(Locale.ROOT)), variant.name());
    }
    for (Response response : operation.responses()) {
      if (!response.isSuccess() && response.type().isPresent()) {
        chain.add("\n.error($L, $L)", Literals.string(response.status().toUpperCase(Locale.ROOT)), typeToken(types.of(response.type().get())));
      }
    }
    chain.add(";\n").unindent().unindent();
    MethodSpec.Builder spec = MethodSpec.methodBuilder(method.callName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.CALL, result))
        .addCode(chain.build());
    for (OperationMethod.MethodParameter parameter : method.parameters()) {
      spec.addParameter(parameter.required() ? parameter.type() : JavaTypes.nullable(parameter.type()), parameter.name());
    }
    if (operation.deprecated()) {
      spec.addAnnotation(Deprecated.class);
    }
    return spec.build();
  }

  private static CodeBlock body(RequestBody body, String name) {
    String mediaType = body.mediaType().toLowerCase(Locale.ROOT);
    if (OperationMethod.isJson(mediaType)) {
      return CodeBlock.of(".jsonBody($N, $L)", name, Literals.string(body.mediaType()));
    }
    if (mediaType.startsWith("application/x-www-form-urlencoded")) {
      return CodeBlock.of(".formBody($N)", name);
    }
    if (mediaType.startsWith("multipart/")) {
      return CodeBlock.of(".multipartBody($N)", name);
    }
    return CodeBlock.of(".rawBody($N, $L)", name, Literals.string(body.mediaType()));
  }

  /** {@code Lead.class}, or a {@code TypeReference} for a generic type such as {@code List<Pet>}. */
  private static CodeBlock typeToken(TypeName type) {
    if (type instanceof ParameterizedTypeName) {
      return CodeBlock.of("new $T<$T>() {}", RuntimeTypes.TYPE_REFERENCE, type);
    }
    if (type instanceof ArrayTypeName) {
      return CodeBlock.of("$T.class", type);
    }
    return CodeBlock.of("$T.class", type.withoutAnnotations());
  }
}
