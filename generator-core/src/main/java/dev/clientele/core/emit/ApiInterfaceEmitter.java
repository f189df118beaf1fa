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
import java.util.List;
import java.util.Locale;
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
            .addJavadoc("The operations grouped under $L.\n", Javadocs.code(group));
    if (methods.stream().anyMatch(method -> method.mentionsDeprecated(types))) {
      type.addAnnotation(JavaTypes.suppressDeprecation());
    }
    for (OperationMethod method : methods) {
      type.addMethod(method(method, method.name(), method.declaredReturnType(), false));
      type.addMethod(method(method, method.asyncName(), asyncType(method), true));
    }
    for (OperationMethod method : methods) {
      method.responseUnion().ifPresent(union -> type.addType(responseUnion(method, union)));
    }
    return GeneratedFiles.file(interfaceName.packageName(), type);
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

  private static MethodSpec method(OperationMethod method, String name, TypeName returns, boolean async) {
    return signature(method, name, returns)
        .addModifiers(Modifier.ABSTRACT)
        .addJavadoc(javadoc(method, async))
        .build();
  }

  private static CodeBlock javadoc(OperationMethod method, boolean async) {
    Operation operation = method.operation();
    CodeBlock.Builder doc = CodeBlock.builder();
    List<String> paragraphs = new ArrayList<>();
    if (async) {
      paragraphs.add("Like {@link #" + method.name() + "}, without blocking: the future fails with the\n"
          + "{@code ApiException} that method would throw.");
    } else {
      if (!operation.summary().isEmpty()) {
        paragraphs.add(Javadocs.paragraphs(operation.summary()));
      }
      if (!operation.description().isEmpty() && !operation.description().equals(operation.summary())) {
        paragraphs.add(Javadocs.paragraphs(operation.description()));
      }
    }
    paragraphs.add("<code>" + operation.method() + " " + Javadocs.escape(operation.path()) + "</code>");
    doc.add("$L\n", String.join("\n\n<p>", paragraphs));
    boolean returnsValue = method.returnType().isPresent() || async;
    if (!method.parameters().isEmpty() || returnsValue) {
      doc.add("\n");
    }
    for (OperationMethod.MethodParameter parameter : method.parameters()) {
      String description = parameter.description().isEmpty()
          ? parameter.source().map(p -> "the " + Javadocs.code(p.name()) + " "
              + p.location().name().toLowerCase(Locale.ROOT) + " parameter").orElse("the request body")
          : Javadocs.inline(parameter.description());
      doc.add("@param $L $L\n", parameter.name(), description);
    }
    if (returnsValue) {
      String description = returnDescription(method);
      doc.add("@return $L\n", async ? "the future of: " + description : description);
    }
    return doc.build();
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
