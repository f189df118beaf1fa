package dev.clientele.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * The operations of one group (tag) as an interface: per operation a method named from its
 * {@code operationId}, with typed parameters and body and the success response's type as return
 * type, and the same returning a {@code CompletableFuture}.
 */
final class ApiInterfaceEmitter {

  static final ClassName COMPLETABLE_FUTURE = ClassName.get(CompletableFuture.class);

  private ApiInterfaceEmitter() {}

  static JavaFile emit(ClassName interfaceName, String group, List<OperationMethod> methods, JavaTypes types) {
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(interfaceName)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The operations grouped under $L. The future of each {@code Async} method fails\n"
                + "with the {@code ApiException} its blocking twin would throw.\n", Javadocs.code(group));
    if (methods.stream().anyMatch(method -> method.mentionsDeprecated(types) || PagedMethods.mentionsDeprecated(method, types))) {
      type.addAnnotation(JavaTypes.suppressDeprecation());
    }
    for (OperationMethod method : methods) {
      if (!method.streamsOnly()) {
        // A list whose pages can be followed returns its first page instead of the response.
        java.util.Optional<PagedMethods.Paged> paged = PagedMethods.of(method, types);
        TypeName returns = paged.map(PagedMethods.Paged::pageType).orElse(method.declaredReturnType());
        TypeName asyncReturns = paged.map(PagedMethods.Paged::asyncType).orElse(asyncType(method));
        type.addMethod(method(method, method.name(), returns, Shape.SYNC, paged.isPresent()));
        type.addMethod(method(method, method.asyncName(), asyncReturns, Shape.ASYNC, paged.isPresent()));
        withoutParams(method, method.name(), returns).ifPresent(type::addMethod);
        withoutParams(method, method.asyncName(), asyncReturns).ifPresent(type::addMethod);
      }
      if (method.streaming().isPresent()) {
        OperationMethod.Streaming streaming = method.streaming().get();
        type.addMethod(method(method, streaming.name(), streaming.returnType(), Shape.STREAMING));
        withoutParams(method, streaming.name(), streaming.returnType()).ifPresent(type::addMethod);
      }
    }
    List<OperationMethod> raw = methods.stream().filter(method -> !method.streamsOnly()).toList();
    ClassName rawInterface = interfaceName.nestedClass(OperationMethod.RAW_INTERFACE);
    if (!raw.isEmpty()) {
      type.addMethod(MethodSpec.methodBuilder(OperationMethod.WITH_RAW_RESPONSE)
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .addJavadoc("The same operations, each returning the response's status and headers with its body\n"
              + "(rate limits, a request id): {@code api.withRawResponse().$L(...).headers()}.\n\n@return the raw-response view of these operations\n",
              raw.get(0).name())
          .returns(rawInterface)
          .build());
    }
    // A record that several operations share comes once, after the first of them; one that other
    // interfaces share too is a file of its own.
    Map<ClassName, List<String>> paramsUsers = new LinkedHashMap<>();
    for (OperationMethod method : methods) {
      method.params().filter(params -> interfaceName.equals(params.name().enclosingClassName())).ifPresent(params ->
          paramsUsers.computeIfAbsent(params.name(), key -> new ArrayList<>()).add(ParamsRecordEmitter.user(interfaceName, method)));
    }
    for (OperationMethod method : methods) {
      method.responseUnion().ifPresent(union -> type.addType(responseUnion(method, union)));
      method.params().ifPresent(params -> {
        // Taken out as it is emitted: the operations after the first that share it find it gone.
        List<String> users = paramsUsers.remove(params.name());
        if (users != null) {
          type.addType(ParamsRecordEmitter.emit(users, params, types));
        }
      });
    }
    // The parameter types its operations share, after the records that use them.
    for (String shared : types.interfaceParameterTypes(interfaceName)) {
      type.addType(types.parameterTypeSpec(shared));
    }
    if (!raw.isEmpty()) {
      type.addType(rawInterface(interfaceName, rawInterface, raw, types));
    }
    return GeneratedFiles.file(interfaceName.packageName(), type);
  }

  /** What a generated method returns: the body, a future of it, or the events. */
  enum Shape {
    SYNC,
    ASYNC,
    STREAMING,
    RAW,
    RAW_ASYNC
  }

  /**
   * The interface of the raw-response methods: the same names and parameters, returning the
   * {@code RawResponse} (status, headers, body) or a future of it.
   */
  private static TypeSpec rawInterface(ClassName api, ClassName name, List<OperationMethod> methods, JavaTypes types) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The operations of {@link $T}, each returning the response's status code and headers\n"
            + "together with the decoded body. Errors throw as the plain methods do.\n", api);
    if (methods.stream().anyMatch(method -> method.mentionsDeprecated(types))) {
      type.addAnnotation(JavaTypes.suppressDeprecation());
    }
    for (OperationMethod method : methods) {
      type.addMethod(method(method, method.name(), rawType(method), Shape.RAW));
      type.addMethod(method(method, method.asyncName(), rawAsyncType(method), Shape.RAW_ASYNC));
      withoutParams(method, method.name(), rawType(method)).ifPresent(type::addMethod);
      withoutParams(method, method.asyncName(), rawAsyncType(method)).ifPresent(type::addMethod);
    }
    return type.build();
  }

  /** {@code RawResponse<T>}, with {@code Void} for an operation without a body. */
  static TypeName rawType(OperationMethod method) {
    return ParameterizedTypeName.get(RuntimeTypes.RAW_RESPONSE, method.rawBodyType());
  }

  /** {@code CompletableFuture<RawResponse<T>>}. */
  static TypeName rawAsyncType(OperationMethod method) {
    return ParameterizedTypeName.get(COMPLETABLE_FUTURE, rawType(method));
  }

  /**
   * The overload without the params record, when none of its parameters is required: {@code
   * leads().list()} for {@code leads().list(ListParams.builder().build())}.
   */
  private static java.util.Optional<MethodSpec> withoutParams(OperationMethod method, String name, TypeName returns) {
    if (method.params().isEmpty() || method.params().get().anyRequired()) {
      return java.util.Optional.empty();
    }
    ClassName record = method.params().get().name();
    MethodSpec.Builder spec = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT).returns(returns);
    List<CodeBlock> arguments = new ArrayList<>();
    // Its parameters and result are described on the method it calls.
    CodeBlock doc = CodeBlock.of("{@link #$L} with no query, header or cookie parameter set.\n", name);
    for (OperationMethod.MethodParameter parameter : method.parameters()) {
      if (parameter.kind() == OperationMethod.Kind.PARAMS) {
        arguments.add(CodeBlock.of("$T.builder().build()", record));
        continue;
      }
      spec.addParameter(ParameterSpec.builder(
          parameter.required() ? parameter.type() : JavaTypes.nullable(parameter.type()), parameter.name()).build());
      arguments.add(CodeBlock.of("$N", parameter.name()));
    }
    if (method.operation().deprecated()) {
      spec.addAnnotation(Deprecated.class);
    }
    spec.addJavadoc(doc);
    CodeBlock call = CodeBlock.of("$N($L)", name, CodeBlock.join(arguments, ", "));
    if (returns.equals(TypeName.VOID)) {
      spec.addStatement("$L", call);
    } else {
      spec.addStatement("return $L", call);
    }
    return java.util.Optional.of(spec.build());
  }

  /**
   * {@code CompletableFuture<T>}, with {@code @Nullable Void} for an operation without a body: the
   * future completes with null, and a null checker must be told so.
   */
  static TypeName asyncType(OperationMethod method) {
    TypeName result = method.returnType().isPresent() ? method.declaredReturnType() : JavaTypes.nullable(ClassName.get(Void.class));
    return ParameterizedTypeName.get(COMPLETABLE_FUTURE, result);
  }

  /**
   * What a method returns when its success statuses carry different bodies: a sealed interface with
   * a record per status, each holding its body and written as it.
   */
  private static TypeSpec responseUnion(OperationMethod method, OperationMethod.ResponseUnion union) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(union.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.SEALED)
        .addJavadoc("What {@link #$L} returns: the body of the success status the server answered with.\n", method.name());
    for (OperationMethod.StatusVariant variant : union.variants()) {
      Response response = variant.response();
      String description = response.description().isEmpty() ? "" : " " + Javadocs.inline(response.description());
      type.addPermittedSubclass(variant.name());
      type.addType(TypeSpec.recordBuilder(variant.name())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addJavadoc("The $L response.$L\n\n@param body the response body", Javadocs.code(response.status()), description)
          .recordConstructor(MethodSpec.constructorBuilder()
              .addParameter(ParameterSpec.builder(variant.bodyType(), "body").addAnnotation(Jackson.JSON_VALUE).build())
              .build())
          .addMethod(Jackson.delegatingConstructor())
          .addSuperinterface(union.name())
          .build());
    }
    return type.build();
  }

  /** The method's signature (parameters and return type), without a body. */
  static MethodSpec.Builder signature(OperationMethod method, String name, TypeName returns) {
    MethodSpec.Builder spec = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
    for (OperationMethod.MethodParameter parameter : method.parameters()) {
      spec.addParameter(
          ParameterSpec.builder(parameter.required() ? parameter.type() : JavaTypes.nullable(parameter.type()), parameter.name())
              .build());
    }
    if (method.operation().deprecated()) {
      spec.addAnnotation(Deprecated.class);
    }
    return spec;
  }

  private static MethodSpec method(OperationMethod method, String name, TypeName returns, Shape shape) {
    return method(method, name, returns, shape, false);
  }

  private static MethodSpec method(OperationMethod method, String name, TypeName returns, Shape shape, boolean paged) {
    return signature(method, name, returns)
        .addModifiers(Modifier.ABSTRACT)
        .addJavadoc(javadoc(method, shape, paged))
        .build();
  }

  /**
   * The method's Javadoc. The operation's description, parameters and result are said once, on the
   * plain method; its async and raw-response twins say what they are and link to it.
   */
  private static CodeBlock javadoc(OperationMethod method, Shape shape, boolean paged) {
    switch (shape) {
      case ASYNC, RAW_ASYNC -> {
        // What its future fails with, the interface's Javadoc says once.
        return CodeBlock.of("Like {@link #$L}, without blocking.\n", method.name());
      }
      case RAW -> {
        return CodeBlock.of("{@code $L}, returning the status code and headers with the body.\n", method.name());
      }
      default -> {
        return fullJavadoc(method, shape, paged);
      }
    }
  }

  private static CodeBlock fullJavadoc(OperationMethod method, Shape shape, boolean paged) {
    Operation operation = method.operation();
    CodeBlock.Builder doc = CodeBlock.builder();
    List<String> paragraphs = new ArrayList<>();
    switch (shape) {
      case STREAMING -> {
        if (method.streaming().get().twin()) {
          paragraphs.add("Like {@link #" + method.name() + "}, but the server answers with a stream of events\n"
              + "({@code text/event-stream})" + (method.streaming().get().setsStreamField()
                  ? ", asked for with {@code \"stream\": true} in the body (whatever the body's {@code stream} says)" : "")
              + ", read as they arrive.");
        } else {
          addDescription(operation, paragraphs);
        }
        paragraphs.add("Close the stream (try-with-resources) to close the connection when you stop early; it\n"
            + "closes itself at the end.");
      }
      default -> addDescription(operation, paragraphs);
    }
    paragraphs.add("<code>" + operation.method() + " " + Javadocs.escape(operation.path()) + "</code>");
    if (paged && shape == Shape.SYNC) {
      paragraphs.add(PagedMethods.javadoc(operation.pagination().orElseThrow()));
    }
    doc.add("$L\n", String.join("\n\n<p>", paragraphs));
    boolean returnsValue = method.returnType().isPresent() || shape != Shape.SYNC;
    if (!method.parameters().isEmpty() || returnsValue) {
      doc.add("\n");
    }
    for (OperationMethod.MethodParameter parameter : method.parameters()) {
      doc.add("@param $L $L\n", parameter.name(), parameterDescription(parameter));
    }
    if (returnsValue) {
      String description = shape == Shape.STREAMING ? "the events, as they arrive; close it when done" : returnDescription(method);
      if (paged) {
        description = "the first page" + (description.equals("the response body") ? "" : " of: " + description);
      }
      doc.add("@return $L\n", description);
    }
    return doc.build();
  }

  private static void addDescription(Operation operation, List<String> paragraphs) {
    if (!operation.summary().isEmpty()) {
      paragraphs.add(Javadocs.paragraphs(operation.summary()));
    }
    if (!operation.description().isEmpty() && !operation.description().equals(operation.summary())) {
      paragraphs.add(Javadocs.paragraphs(operation.description()));
    }
  }

  private static String parameterDescription(OperationMethod.MethodParameter parameter) {
    if (parameter.kind() == OperationMethod.Kind.PARAMS) {
      return "the query, header and cookie parameters: {@code " + ((ClassName) parameter.type()).simpleName()
          + ".builder()...build()}";
    }
    return parameter.description().isEmpty()
        ? parameter.source().map(p -> "the " + Javadocs.code(p.name()) + " "
            + p.location().name().toLowerCase(Locale.ROOT) + " parameter").orElse("the request body")
        : Javadocs.inline(parameter.description());
  }

  private static String returnDescription(OperationMethod method) {
    Operation operation = method.operation();
    if (method.responseUnion().isPresent()) {
      return "the " + method.responseUnion().get().variants().stream()
          .map(variant -> Javadocs.code(variant.response().status()))
          .collect(java.util.stream.Collectors.joining(" or ")) + " response, by status";
    }
    String description = operation.successResponse().map(Response::description).filter(d -> !d.isEmpty())
        .map(Javadocs::inline).orElse(method.returnType().isPresent() ? "the response body" : "nothing");
    if (method.mayReturnNull()) {
      String empty = operation.successResponses().stream()
          .filter(response -> response.type().isEmpty())
          .map(response -> Javadocs.code(response.status()))
          .collect(java.util.stream.Collectors.joining(" or "));
      description += description.endsWith(".")
          ? " Null for a " + empty + " response, which has no body."
          : "; null for a " + empty + " response, which has no body";
    }
    return description;
  }
}
