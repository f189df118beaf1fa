package dev.clientele.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientele.core.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * The params record of one operation, or of several with the same ones: an immutable record of the query, header and cookie
 * parameters with a builder whose {@code build()} names every required parameter left unset, and
 * the types declared inline in those parameters nested in it.
 *
 * <pre>{@code
 * IssuesApi.ListForRepoParams params = ListForRepoParams.builder().state(State.OPEN).since(t).build();
 * }</pre>
 */
final class ParamsRecordEmitter {

  private ParamsRecordEmitter() {}

  /**
   * The record: nested in its interface, or top-level when several interfaces share it.
   *
   * @param methods the methods that take it, as {@code Interface#method}, in the interfaces' order
   */
  static TypeSpec emit(List<String> methods, OperationMethod.ParamsRecord params, JavaTypes types) {
    ClassName builder = params.name().nestedClass("Builder");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("$L\n\n", users(methods))
        .add("<p>Build one with {@link #builder()}$L.\nEach parameter is described on its setter there; a setter given null leaves\nthe parameter out.\n\n",
            params.anyRequired() ? "; {@code build()} fails when a required parameter is not set" : "");
    for (OperationMethod.Component component : params.components()) {
      TypeName type = component.source().required() ? component.type() : JavaTypes.nullable(component.type());
      constructor.addParameter(ParameterSpec.builder(type, component.name()).build());
      // The description is the builder setter's, where calls are written; here it would be a second copy.
      doc.add("@param $L the $L $L parameter\n", component.name(), Javadocs.code(component.source().name()),
          location(component.source()));
    }
    TypeSpec.Builder record = TypeSpec.recordBuilder(params.name())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc.build())
        .recordConstructor(constructor.build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder with no parameter set.")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build())
        .addMethod(MethodSpec.methodBuilder("toBuilder")
            .addJavadoc("A builder that starts from these parameters.")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("$T builder = new $T()", builder, builder)
            .addCode(CodeBlock.join(params.components().stream()
                .map(component -> CodeBlock.of("builder.$N = $N;\n", component.name(), component.name())).toList(), ""))
            .addStatement("return builder")
            .build())
        .addType(builder(params, builder));
    if (params.name().enclosingClassName() != null) {
      record.addModifiers(Modifier.STATIC);
    } else {
      record.addAnnotation(GeneratedFiles.generatedAnnotation());
    }
    if (params.components().stream().anyMatch(component -> types.mentionsDeprecated(component.source().type()))) {
      record.addAnnotation(JavaTypes.suppressDeprecation());
    }
    for (String name : params.nestedTypes()) {
      TypeSpec nested = types.parameterTypeSpec(name);
      if (nested != null) {
        record.addType(nested);
      }
    }
    return record.build();
  }

  private static TypeSpec builder(OperationMethod.ParamsRecord params, ClassName builder) {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addJavadoc("Builds a {@link $T}; every parameter starts unset.", params.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (OperationMethod.Component component : params.components()) {
      type.addField(FieldSpec.builder(JavaTypes.nullable(component.type()), component.name(), Modifier.PRIVATE).build());
      MethodSpec.Builder setter = MethodSpec.methodBuilder(component.name())
          // What null does, and what the setter returns, the record's Javadoc says once for all of them.
          .addJavadoc("$L$L", describe(component.source()), component.source().required() ? " (required)" : "")
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(JavaTypes.nullable(component.type()), component.name())
          .addStatement("this.$N = $N", component.name(), component.name())
          .addStatement("return this");
      if (component.source().deprecated()) {
        setter.addAnnotation(Deprecated.class);
      }
      type.addMethod(setter.build());
    }
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(params.name());
    List<OperationMethod.Component> required =
        params.components().stream().filter(component -> component.source().required()).toList();
    if (required.isEmpty()) {
      build.addJavadoc("The parameters.");
    } else {
      build.addJavadoc("The parameters.\n\n@throws IllegalStateException if a required parameter is not set; the message names\n"
          + "    every one that is not");
      // One condition over every required field, which NullAway follows: past it they are all set.
      build.beginControlFlow("if ($L)", CodeBlock.join(required.stream()
              .map(component -> CodeBlock.of("$N == null", component.name())).toList(), " || "))
          .addStatement("throw $T.notSet($S, $L)", RuntimeTypes.REQUIRED, params.name().simpleName(),
              CodeBlock.join(required.stream().map(component -> CodeBlock.of("$L, $N", Literals.string(
                  component.name() + " (" + location(component.source()) + " parameter '" + component.source().name() + "')"),
                  component.name())).toList(), ",$W"))
          .endControlFlow();
    }
    List<CodeBlock> arguments = new ArrayList<>();
    params.components().forEach(component -> arguments.add(CodeBlock.of("$N", component.name())));
    build.addStatement("return new $T($L)", params.name(), CodeBlock.join(arguments, ", "));
    type.addMethod(build.build());
    return type.build();
  }

  /** How the record's Javadoc names a method that takes it: {@code Interface#method}. */
  static String user(ClassName api, OperationMethod method) {
    return api.simpleName() + "#" + method.name();
  }

  /** "The query, header and cookie parameters of" the methods, a link to each, wrapped. */
  private static String users(List<String> methods) {
    List<String> words = new ArrayList<>(List.of("The query, header and cookie parameters of".split(" ")));
    for (int i = 0; i < methods.size(); i++) {
      String separator = i == methods.size() - 1 ? "." : i == methods.size() - 2 ? " and" : ",";
      words.add("{@link " + methods.get(i) + "}" + separator);
    }
    return Javadocs.wrap(words);
  }

  private static String location(Parameter parameter) {
    return parameter.location().name().toLowerCase(Locale.ROOT);
  }

  /** The component's description: the parameter's own, else where it goes. */
  private static String describe(Parameter parameter) {
    return parameter.description().isEmpty()
        ? "the " + Javadocs.code(parameter.name()) + " " + location(parameter) + " parameter"
        : Javadocs.inline(parameter.description());
  }
}
