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
            .addJavadoc("The operations tagged $L.\n", Javadocs.code(group));
    if (methods.stream().anyMatch(method -> method.mentionsDeprecated(types))) {
      type.addAnnotation(JavaTypes.suppressDeprecation());
    }
    for (OperationMethod method : methods) {
      type.addMethod(method(method, method.name(), method.returnType().orElse(TypeName.VOID), false));
      type.addMethod(method(method, method.asyncName(), asyncType(method), true));
    }
    return GeneratedFiles.file(interfaceName.packageName(), type);
  }

  /** {@code CompletableFuture<T>}, with {@code Void} for an operation without a body. */
  static TypeName asyncType(OperationMethod method) {
    return ParameterizedTypeName.get(COMPLETABLE_FUTURE, method.returnType().orElse(ClassName.get(Void.class)));
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
      String description = operation.successResponse().map(Response::description).filter(d -> !d.isEmpty())
          .map(Javadocs::inline).orElse(method.returnType().isPresent() ? "the response body" : "nothing");
      doc.add("@return $L\n", async ? "the future of: " + description : description);
    }
    return doc.build();
  }
}
