package dev.clientele.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.RequestBody;
import dev.clientele.core.model.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The operations of one group (tag) as an interface: one method per operation, named from its
 * {@code operationId}, with typed parameters and body and the success response's type as return
 * type. Authentication is client configuration, so when the spec declares security schemes an
 * {@code Authorization} header is not a parameter.
 */
final class ApiInterfaceEmitter {

  private ApiInterfaceEmitter() {}

  /** A method parameter and what it stands for: an HTTP parameter, or the body when {@code source} is empty. */
  private record MethodParameter(String name, TypeName type, boolean required, String description,
      Optional<Parameter> source) {}

  static JavaFile emit(
      ClassName interfaceName, String group, List<Operation> operations, JavaTypes types, boolean hasSecuritySchemes) {
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(interfaceName)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The operations tagged $L.\n", Javadocs.code(group));
    NameScope methods = NameScope.forMembers();
    for (Operation operation : operations) {
      type.addMethod(method(operation, methods.allocate(methodName(operation)), types, hasSecuritySchemes));
    }
    return GeneratedFiles.file(interfaceName.packageName(), type);
  }

  /** The operationId in lowerCamelCase; without one, the method and path ({@code getLeadById}). */
  static String methodName(Operation operation) {
    if (operation.operationId().isPresent()) {
      return JavaNames.memberName(operation.operationId().get());
    }
    String path = operation.path().replaceAll("\\{([^}]*)}", " by $1 ");
    return JavaNames.memberName(operation.method().toLowerCase(Locale.ROOT) + " " + path);
  }

  private static MethodSpec method(Operation operation, String name, JavaTypes types, boolean hasSecuritySchemes) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT);
    if (operation.deprecated()) {
      method.addAnnotation(Deprecated.class);
    }
    List<MethodParameter> parameters = parameters(operation, types, hasSecuritySchemes);
    for (MethodParameter parameter : parameters) {
      method.addParameter(
          ParameterSpec.builder(parameter.required() ? parameter.type() : JavaTypes.nullable(parameter.type()), parameter.name())
              .build());
    }
    Optional<Response> success = operation.successResponse();
    Optional<TypeName> returned = success.flatMap(Response::type).map(types::of);
    method.returns(returned.orElse(TypeName.VOID));
    method.addJavadoc(javadoc(operation, parameters, success, returned.isPresent()));
    return method.build();
  }

  private static List<MethodParameter> parameters(Operation operation, JavaTypes types, boolean hasSecuritySchemes) {
    NameScope names = NameScope.forMembers();
    List<MethodParameter> result = new ArrayList<>();
    List<Parameter> ordered = new ArrayList<>(operation.parameters());
    ordered.sort(Comparator.comparing(Parameter::location)); // stable: path, query, header, cookie
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
          body.description().isEmpty() ? "the request body" : body.description(), Optional.empty()));
    }
    return result;
  }

  private static CodeBlock javadoc(
      Operation operation, List<MethodParameter> parameters, Optional<Response> success, boolean returnsValue) {
    CodeBlock.Builder doc = CodeBlock.builder();
    List<String> paragraphs = new ArrayList<>();
    if (!operation.summary().isEmpty()) {
      paragraphs.add(Javadocs.paragraphs(operation.summary()));
    }
    if (!operation.description().isEmpty() && !operation.description().equals(operation.summary())) {
      paragraphs.add(Javadocs.paragraphs(operation.description()));
    }
    paragraphs.add("<code>" + operation.method() + " " + Javadocs.escape(operation.path()) + "</code>");
    doc.add("$L\n", String.join("\n\n<p>", paragraphs));
    if (!parameters.isEmpty() || returnsValue) {
      doc.add("\n");
    }
    for (MethodParameter parameter : parameters) {
      String description = parameter.description().isEmpty()
          ? parameter.source().map(p -> "the " + Javadocs.code(p.name()) + " "
              + p.location().name().toLowerCase(Locale.ROOT) + " parameter").orElse("the request body")
          : Javadocs.inline(parameter.description());
      doc.add("@param $L $L\n", parameter.name(), description);
    }
    if (returnsValue) {
      String description = success.map(Response::description).filter(d -> !d.isEmpty()).map(Javadocs::inline)
          .orElse("the response body");
      doc.add("@return $L\n", description);
    }
    return doc.build();
  }
}
