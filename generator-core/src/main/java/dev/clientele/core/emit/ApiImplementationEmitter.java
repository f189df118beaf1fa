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
import dev.clientele.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
    if (methods.stream().anyMatch(method -> method.mentionsDeprecated(types) || PagedMethods.mentionsDeprecated(method, types))) {
      type.addAnnotation(JavaTypes.suppressDeprecation());
    }
    List<OperationMethod> raw = new ArrayList<>();
    for (OperationMethod method : methods) {
      CodeBlock arguments = arguments(method);
      if (!method.streamsOnly()) {
        raw.add(method);
        java.util.Optional<PagedMethods.Paged> paged = PagedMethods.of(method, types);
        if (paged.isPresent()) {
          type.addField(PagedMethods.pagingField(method, paged.get()));
          type.addMethod(ApiInterfaceEmitter.signature(method, method.name(), paged.get().pageType())
              .addAnnotation(Override.class).addStatement(PagedMethods.pageStatement(method, arguments, false)).build());
          type.addMethod(ApiInterfaceEmitter.signature(method, method.asyncName(), paged.get().asyncType())
              .addAnnotation(Override.class).addStatement(PagedMethods.pageStatement(method, arguments, true)).build());
        } else {
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
                  .addStatement("return client.$L($N($L))", promisesBody ? "executeExpectingBodyAsync" : "executeAsync",
                      method.callName(), arguments)
                  .build());
        }
        type.addMethod(call(method, method.callName(), method.returnType().orElse(ClassName.get(Void.class)), true, false, types));
      }
      if (method.streaming().isPresent()) {
        OperationMethod.Streaming streaming = method.streaming().get();
        MethodSpec.Builder spec = ApiInterfaceEmitter.signature(method, streaming.name(), streaming.returnType())
            .addAnnotation(Override.class);
        if (streaming.typed()) {
          // An event whose data is [DONE] (OpenAI's end marker, and never JSON) ends a typed stream.
          spec.addStatement("return client.streamJson($N($L), $S)", streaming.callName(), arguments, "[DONE]");
        } else {
          spec.addStatement("return client.stream($N($L))", streaming.callName(), arguments);
        }
        type.addMethod(spec.build());
        TypeName events = streaming.typed() ? streaming.eventType() : ClassName.get(Void.class);
        type.addMethod(call(method, streaming.callName(), events, !streaming.twin(), streaming.setsStreamField(), types));
      }
    }
    if (!raw.isEmpty()) {
      ClassName rawInterface = api.nestedClass(OperationMethod.RAW_INTERFACE);
      ClassName rawClass = implementation.nestedClass("RawResponses");
      type.addMethod(MethodSpec.methodBuilder(OperationMethod.WITH_RAW_RESPONSE)
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(rawInterface)
          .addStatement("return new $T()", rawClass)
          .build());
      TypeSpec.Builder rawType = TypeSpec.classBuilder(rawClass)
          .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
          .addSuperinterface(rawInterface);
      if (raw.stream().anyMatch(method -> method.mentionsDeprecated(types))) {
        rawType.addAnnotation(JavaTypes.suppressDeprecation());
      }
      for (OperationMethod method : raw) {
        CodeBlock arguments = arguments(method);
        rawType.addMethod(ApiInterfaceEmitter.signature(method, method.name(), ApiInterfaceEmitter.rawType(method))
            .addAnnotation(Override.class)
            .addStatement("return client.executeRaw($N($L))", method.callName(), arguments)
            .build());
        rawType.addMethod(ApiInterfaceEmitter.signature(method, method.asyncName(), ApiInterfaceEmitter.rawAsyncType(method))
            .addAnnotation(Override.class)
            .addStatement("return client.executeRawAsync($N($L))", method.callName(), arguments)
            .build());
      }
      type.addType(rawType.build());
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

  /**
   * The private method that describes the call: what the operation sends and what it gets back.
   *
   * @param result the success body's type, or for a stream the events' type
   * @param accept whether to send the {@code Accept} header of the operation's media types; a
   *     streaming twin leaves it to the runtime, which asks for {@code text/event-stream}
   * @param streamField whether to set the JSON body's {@code stream} field to true
   */
  private static MethodSpec call(
      OperationMethod method, String name, TypeName result, boolean accept, boolean streamField, JavaTypes types) {
    Operation operation = method.operation();
    CodeBlock.Builder chain = CodeBlock.builder()
        .add("return $T.of($L, $L, $L)", RuntimeTypes.CALL, Literals.string(operation.method()), Literals.string(operation.path()), typeToken(result))
        .indent()
        .indent();
    if (accept) {
      accept(operation).ifPresent(value -> chain.add("\n.header($S, $S)", "Accept", value));
    }
    for (OperationMethod.MethodParameter parameter : method.parameters()) {
      switch (parameter.kind()) {
        case PATH -> chain.add("\n.path($L, $N)", Literals.string(parameter.source().get().name()), parameter.name());
        case PARAMS -> {
          for (OperationMethod.Component component : method.params().get().components()) {
            chain.add("\n$L", parameter(component, parameter.name()));
          }
        }
        case BODY -> chain.add("\n$L", body(operation.requestBody().orElseThrow(), parameter.name()));
      }
    }
    for (Parameter fixed : operation.parameters()) {
      fixed.fixedValue().ifPresent(value -> chain.add("\n.$L($L, $L)", fixed.location().name().toLowerCase(Locale.ROOT),
          Literals.string(fixed.name()), Literals.string(value)));
    }
    if (streamField) {
      chain.add("\n.bodyField($S, true)", "stream");
    }
    if (!streamField && accept) {
      for (OperationMethod.StatusVariant variant : method.responseUnion().map(OperationMethod.ResponseUnion::variants).orElse(List.of())) {
        chain.add("\n.success($L, $T.class)", Literals.string(variant.response().status().toUpperCase(Locale.ROOT)), variant.name());
      }
    }
    for (Response response : operation.responses()) {
      if (!response.isSuccess() && response.type().isPresent()) {
        chain.add("\n.error($L, $L)", Literals.string(response.status().toUpperCase(Locale.ROOT)), typeToken(types.of(response.type().get())));
      }
    }
    chain.add(";\n").unindent().unindent();
    MethodSpec.Builder spec = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.CALL, result));
    for (OperationMethod.MethodParameter parameter : method.parameters()) {
      if (parameter.kind() == OperationMethod.Kind.PARAMS) {
        String record = method.params().orElseThrow().name().simpleName();
        spec.addStatement("$T.requireNonNull($N, $S)", Objects.class, parameter.name(),
            parameter.name() + " is null; pass " + record + ".builder().build() for none");
      }
    }
    spec.addCode(chain.build());
    for (OperationMethod.MethodParameter parameter : method.parameters()) {
      spec.addParameter(parameter.required() ? parameter.type() : JavaTypes.nullable(parameter.type()), parameter.name());
    }
    if (operation.deprecated()) {
      spec.addAnnotation(Deprecated.class);
    }
    return spec.build();
  }

  /** One parameter of the params record, written as its location and style say. */
  private static CodeBlock parameter(OperationMethod.Component component, String params) {
    Parameter source = component.source();
    String name = Literals.string(source.name());
    return switch (source.location()) {
      case QUERY -> source.style() == Parameter.Style.FORM && source.explode()
          ? CodeBlock.of(".query($L, $N.$N())", name, params, component.name())
          : CodeBlock.of(".query($L, $N.$N(), $S, $L)", name, params, component.name(), style(source.style()), source.explode());
      case HEADER -> source.explode()
          ? CodeBlock.of(".header($L, $N.$N(), true)", name, params, component.name())
          : CodeBlock.of(".header($L, $N.$N())", name, params, component.name());
      case COOKIE -> source.explode()
          ? CodeBlock.of(".cookie($L, $N.$N(), true)", name, params, component.name())
          : CodeBlock.of(".cookie($L, $N.$N())", name, params, component.name());
      case PATH -> throw new IllegalStateException("a path parameter is not in the params record");
    };
  }

  /** The style's name as OpenAPI spells it; the runtime writes styles a query cannot have as form. */
  private static String style(Parameter.Style style) {
    return switch (style) {
      case SPACE_DELIMITED -> "spaceDelimited";
      case PIPE_DELIMITED -> "pipeDelimited";
      case DEEP_OBJECT -> "deepObject";
      default -> "form";
    };
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
    if (body.type() instanceof TypeRef.Named || body.type() instanceof TypeRef.ArrayOf || body.type() instanceof TypeRef.MapOf) {
      // An object or a list under another media type (Docker's network connect says
      // application/octet-stream) has no encoding but JSON; its text would be Java's toString.
      return CodeBlock.of(".jsonBody($N, $L)", name, Literals.string(body.mediaType()));
    }
    return CodeBlock.of(".rawBody($N, $L)", name, Literals.string(body.mediaType()));
  }

  /** {@code Lead.class}, or a {@code TypeToken} for a generic type such as {@code List<Pet>}. */
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
