package dev.clientele.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Property;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.UnionSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * A union as a sealed interface whose permitted implementations are the variant records, plus a
 * fallback that keeps a payload no variant matches as raw JSON, so parsing never fails on a variant
 * the server added. A nested deserializer picks the variant: by the discriminator when the spec
 * declares one, otherwise by the {@link VariantMatching structural plan} computed here.
 */
final class UnionEmitter {

  private UnionEmitter() {}

  static JavaFile emit(UnionSchema union, JavaTypes types, Consumer<String> warnings) {
    ClassName className = types.className(union);
    NameScope nested = NameScope.forTypes().reserve(className.simpleName());
    ClassName unknown = className.nestedClass(nested.allocate("Unknown"));
    ClassName deserializer = className.nestedClass(nested.allocate("Deserializer"));

    List<ObjectSchema> variants = new ArrayList<>();
    for (String name : union.variants()) {
      SchemaDefinition definition = types.definition(name);
      if (definition instanceof ObjectSchema object) {
        variants.add(object);
      }
    }

    Map<UnionSchema.ValueVariant, ClassName> values = new LinkedHashMap<>();
    for (UnionSchema.ValueVariant value : union.valueVariants()) {
      TypeName javaType = types.of(value.type());
      String base = (javaType instanceof ParameterizedTypeName parameterized ? parameterized.rawType().simpleName()
          : javaType instanceof ClassName plain ? plain.simpleName() : "Bytes") + "Value";
      ClassName valueClass = className.nestedClass(nested.allocate(base));
      values.put(value, valueClass);
    }
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(className)
            .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
            .addJavadoc(javadoc(union, variants, values.values(), types))
            .addAnnotation(
                AnnotationSpec.builder(Jackson.JSON_DESERIALIZE).addMember("using", "$T.class", deserializer).build());
    if (union.deprecated()) {
      type.addAnnotation(Deprecated.class);
    } else if (variants.stream().anyMatch(ObjectSchema::deprecated)
        || union.commonProperties().stream().anyMatch(p -> types.mentionsDeprecated(p.type()))
        || union.valueVariants().stream().anyMatch(v -> types.mentionsDeprecated(v.type()))) {
      type.addAnnotation(JavaTypes.suppressDeprecation());
    }
    for (ObjectSchema variant : variants) {
      type.addPermittedSubclass(types.className(variant));
    }
    values.values().forEach(type::addPermittedSubclass);
    type.addPermittedSubclass(unknown);
    for (Property common : sharedProperties(union, variants)) {
      type.addMethod(
          MethodSpec.methodBuilder(JavaNames.componentName(common.wireName()))
              .addJavadoc("$L", common.description().isEmpty()
                  ? "The " + Javadocs.code(common.wireName()) + " property, which every variant has."
                  : Javadocs.inline(common.description()))
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .returns(common.required() && !common.nullable() ? types.of(common.type()) : JavaTypes.nullable(types.of(common.type())))
              .build());
    }
    values.forEach((value, valueClass) -> type.addType(valueRecord(value, valueClass, className, types)));
    type.addType(fallback(union, unknown, className, variants, types));
    type.addType(values.isEmpty()
        ? deserializer(union, className, unknown, deserializer, variants, types, warnings)
        : deserializerClass(className, deserializer, valueAwareBody(union, unknown, variants, values, types, warnings)));
    return GeneratedFiles.file(className.packageName(), type);
  }

  /**
   * The type of a payload no variant matches. In a hierarchy whose variants share properties, it is
   * still one of them (an unknown kind of {@code Pet} is a {@code Pet}): a record of the shared
   * properties. Otherwise it is the JSON as the server sent it.
   */
  private static TypeSpec fallback(
      UnionSchema union, ClassName unknown, ClassName className, List<ObjectSchema> variants, JavaTypes types) {
    List<Property> shared = sharedProperties(union, variants);
    if (!shared.isEmpty()) {
      ObjectSchema parent = new ObjectSchema(
          union.name() + " unknown",
          "A " + className.simpleName() + " of a kind this client does not know, with the properties every kind has.",
          union.pointer(), false, shared, TypeRef.any());
      return RecordEmitter.nested(parent, unknown, types, className);
    }
    return TypeSpec.recordBuilder(unknown)
        .addJavadoc(
            "A payload that matches none of the variants this client knows, kept as the JSON the server\n"
                + "sent and written back unchanged.\n\n@param json the payload")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .recordConstructor(
            MethodSpec.constructorBuilder()
                .addParameter(ParameterSpec.builder(Jackson.JSON_NODE, "json").addAnnotation(Jackson.JSON_VALUE).build())
                .build())
        .addSuperinterface(className)
        .build();
  }

  /** A non-object alternative: a record holding the value, written as the value itself. */
  private static TypeSpec valueRecord(
      UnionSchema.ValueVariant value, ClassName valueClass, ClassName union, JavaTypes types) {
    boolean dateTime = value.type().equals(TypeRef.scalar(TypeRef.ScalarKind.DATE_TIME));
    boolean date = value.type().equals(TypeRef.scalar(TypeRef.ScalarKind.DATE));
    ParameterSpec.Builder component = ParameterSpec.builder(types.of(value.type()), "value");
    if (dateTime) {
      component.addAnnotation(Jackson.dateTimeFormat());
    } else if (date) {
      component.addAnnotation(Jackson.dateFormat());
    } else {
      component.addAnnotation(Jackson.JSON_VALUE);
    }
    return TypeSpec.recordBuilder(valueClass)
        .addJavadoc("The value when it is a JSON $L.\n\n@param value the value", value.kind().name().toLowerCase(Locale.ROOT))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addAnnotation(Jackson.defaultDeserializer())
        .recordConstructor(MethodSpec.constructorBuilder().addParameter(component.build()).build())
        .addMethod(MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(AnnotationSpec.builder(Jackson.JSON_CREATOR)
                .addMember("mode", "$T.Mode.DELEGATING", Jackson.JSON_CREATOR)
                .build())
            .build())
        .addSuperinterface(union)
        .addMethods(dateTime || date ? List.of(isoText(dateTime)) : List.of())
        .build();
  }

  /**
   * A date's JSON text. {@code @JsonValue} on the component would write a date-time as a number:
   * Jackson applies no {@code @JsonFormat} to a {@code @JsonValue}.
   */
  private static MethodSpec isoText(boolean dateTime) {
    return MethodSpec.methodBuilder("toJson")
        .addJavadoc("The value as ISO-8601 text, as it is written in JSON.")
        .addAnnotation(Jackson.JSON_VALUE)
        .addModifiers(Modifier.PUBLIC)
        .returns(JavaTypes.STRING)
        .addCode(dateTime
            ? CodeBlock.of("return $T.ISO_OFFSET_DATE_TIME.format(value);\n", ClassName.get("java.time.format", "DateTimeFormatter"))
            : CodeBlock.of("return value.toString();\n"))
        .build();
  }

  /**
   * A deserializer for a union with non-object alternatives: an object goes to the object variants
   * (by discriminator or structure), then to a map alternative; any other value to the first
   * alternative of its JSON kind.
   */
  private static CodeBlock valueAwareBody(
      UnionSchema union,
      ClassName unknown,
      List<ObjectSchema> variants,
      Map<UnionSchema.ValueVariant, ClassName> values,
      JavaTypes types,
      Consumer<String> warnings) {
    CodeBlock.Builder body = CodeBlock.builder().addStatement("$T json = parser.readValueAsTree()", Jackson.JSON_NODE);
    Map<UnionSchema.JsonKind, ClassName> byKind = new EnumMap<>(UnionSchema.JsonKind.class);
    values.forEach((value, valueClass) -> {
      if (byKind.putIfAbsent(value.kind(), valueClass) != null) {
        warnings.accept("two alternatives of '" + union.name() + "' are both JSON " + value.kind().name().toLowerCase(Locale.ROOT)
            + "s; such a payload parses as the first, " + byKind.get(value.kind()).simpleName());
      }
    });
    boolean objectsHandled = false;
    if (!variants.isEmpty() || byKind.containsKey(UnionSchema.JsonKind.OBJECT)) {
      body.beginControlFlow("if (json.isObject())");
      if (union.discriminator().isPresent()) {
        UnionSchema.Discriminator discriminator = union.discriminator().get();
        body.beginControlFlow("switch (json.path($S).asText($S))", discriminator.propertyName(), "");
        for (Map.Entry<String, String> entry : discriminator.mapping().entrySet()) {
          SchemaDefinition target = types.definition(entry.getValue());
          if (target instanceof ObjectSchema) {
            body.add("case $S:\n$>return context.readTreeAsValue(json, $T.class);\n$<", entry.getKey(), types.className(target));
          }
        }
        body.add("default:\n$>break;\n$<");
        body.endControlFlow();
      } else if (!variants.isEmpty()) {
        for (VariantMatching.Test test : VariantMatching.plan(variants).tests()) {
          ClassName variant = types.className(test.variant());
          if (test.matchesEverything()) {
            body.addStatement("return context.readTreeAsValue(json, $T.class)", variant);
            objectsHandled = true;
            break;
          }
          body.beginControlFlow("if ($L)", condition(test))
              .addStatement("return context.readTreeAsValue(json, $T.class)", variant)
              .endControlFlow();
        }
      }
      if (!objectsHandled && byKind.containsKey(UnionSchema.JsonKind.OBJECT)) {
        body.addStatement("return context.readTreeAsValue(json, $T.class)", byKind.get(UnionSchema.JsonKind.OBJECT));
      }
      body.endControlFlow();
    }
    kindBranch(body, "json.isTextual()", byKind.get(UnionSchema.JsonKind.STRING));
    ClassName integer = byKind.getOrDefault(UnionSchema.JsonKind.INTEGER, byKind.get(UnionSchema.JsonKind.NUMBER));
    kindBranch(body, "json.isIntegralNumber()", integer);
    kindBranch(body, "json.isNumber()", byKind.get(UnionSchema.JsonKind.NUMBER));
    kindBranch(body, "json.isBoolean()", byKind.get(UnionSchema.JsonKind.BOOLEAN));
    kindBranch(body, "json.isArray()", byKind.get(UnionSchema.JsonKind.ARRAY));
    body.addStatement("return new $T(json)", unknown);
    return body.build();
  }

  /** Returns the variant for payloads that pass {@code test}; nothing when there is none (null). */
  private static void kindBranch(CodeBlock.Builder body, String test, ClassName variant) {
    if (variant != null) {
      body.beginControlFlow("if ($L)", test)
          .addStatement("return context.readTreeAsValue(json, $T.class)", variant)
          .endControlFlow();
    }
  }

  private static TypeSpec deserializerClass(ClassName className, ClassName deserializer, CodeBlock body) {
    return TypeSpec.classBuilder(deserializer)
        .addJavadoc("Picks the variant of a payload; see {@link $T}.", className)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(Jackson.JSON_DESERIALIZER, className))
        .addMethod(
            MethodSpec.methodBuilder("deserialize")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(className)
                .addParameter(Jackson.JSON_PARSER, "parser")
                .addParameter(Jackson.DESERIALIZATION_CONTEXT, "context")
                .addException(IOException.class)
                .addCode(body)
                .build())
        .build();
  }

  private static CodeBlock fallbackValue(UnionSchema union, ClassName unknown, List<ObjectSchema> variants) {
    return sharedProperties(union, variants).isEmpty()
        ? CodeBlock.of("new $T(json)", unknown)
        : CodeBlock.of("context.readTreeAsValue(json, $T.class)", unknown);
  }

  /**
   * An allOf parent's own properties that every variant has with the same type: the interface
   * declares them, and each variant's record accessor implements them.
   */
  private static List<Property> sharedProperties(UnionSchema union, List<ObjectSchema> variants) {
    List<Property> shared = new ArrayList<>();
    for (Property common : union.commonProperties()) {
      boolean everywhere =
          variants.stream()
              .allMatch(v -> v.properties().stream()
                  .anyMatch(p -> p.wireName().equals(common.wireName()) && p.type().equals(common.type())));
      if (everywhere && !variants.isEmpty()) {
        shared.add(common);
      }
    }
    return shared;
  }

  private static CodeBlock javadoc(
      UnionSchema union, List<ObjectSchema> variants, Collection<ClassName> values, JavaTypes types) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!union.description().isEmpty()) {
      doc.add("$L\n\n<p>", Javadocs.paragraphs(union.description()));
    }
    doc.add("One of:\n\n<ul>\n");
    for (ObjectSchema variant : variants) {
      doc.add("  <li>{@link $T}\n", types.className(variant));
    }
    for (ClassName value : values) {
      doc.add("  <li>{@link $L}\n", value.simpleName());
    }
    doc.add("</ul>\n\n<p>");
    if (!values.isEmpty()) {
      doc.add("A value that is not an object is the first alternative of its JSON kind. ");
    }
    if (union.discriminator().isPresent()) {
      doc.add(
          "The $L property names the variant. ",
          Javadocs.code(union.discriminator().get().propertyName()));
    } else {
      doc.add(
          "The spec names no discriminator: a payload is the most specific variant whose required\n"
              + "properties it has. ");
    }
    doc.add("A payload that is none of these parses into {@link Unknown}.\n");
    return doc.build();
  }

  private static TypeSpec deserializer(
      UnionSchema union,
      ClassName className,
      ClassName unknown,
      ClassName deserializer,
      List<ObjectSchema> variants,
      JavaTypes types,
      Consumer<String> warnings) {
    CodeBlock.Builder body = CodeBlock.builder().addStatement("$T json = parser.readValueAsTree()", Jackson.JSON_NODE);
    if (union.discriminator().isPresent()) {
      UnionSchema.Discriminator discriminator = union.discriminator().get();
      body.addStatement("$T name = json.path($S).asText($S)", JavaTypes.STRING, discriminator.propertyName(), "");
      body.add("return switch (name) {\n$>");
      for (Map.Entry<String, String> entry : discriminator.mapping().entrySet()) {
        SchemaDefinition target = types.definition(entry.getValue());
        if (target instanceof ObjectSchema) {
          body.add("case $S -> context.readTreeAsValue(json, $T.class);\n", entry.getKey(), types.className(target));
        }
      }
      body.add("default -> $L;\n", fallbackValue(union, unknown, variants));
      body.add("$<};\n");
    } else {
      VariantMatching.Plan plan = VariantMatching.plan(variants);
      for (List<String> tie : plan.ties()) {
        warnings.accept(
            "the variants '" + tie.get(0) + "' and '" + tie.get(1) + "' of '" + union.name()
                + "' cannot be told apart by their required properties; a payload that fits both parses as '"
                + tie.get(0) + "'");
      }
      body.beginControlFlow("if (json.isObject())");
      for (VariantMatching.Test test : plan.tests()) {
        ClassName variant = types.className(test.variant());
        if (test.matchesEverything()) {
          body.addStatement("return context.readTreeAsValue(json, $T.class)", variant);
          break;
        }
        body.beginControlFlow("if ($L)", condition(test))
            .addStatement("return context.readTreeAsValue(json, $T.class)", variant)
            .endControlFlow();
      }
      body.endControlFlow();
      body.addStatement("return $L", fallbackValue(union, unknown, variants));
    }
    return deserializerClass(className, deserializer, body.build());
  }

  private static CodeBlock condition(VariantMatching.Test test) {
    List<CodeBlock> checks = new ArrayList<>();
    for (String name : test.requiredNames()) {
      checks.add(CodeBlock.of("json.has($S)", name));
    }
    test.fixedValues().forEach((name, value) -> checks.add(CodeBlock.of("$S.equals(json.path($S).asText())", value, name)));
    if (checks.isEmpty()) {
      List<CodeBlock> any = new ArrayList<>();
      for (String name : test.anyOfNames()) {
        any.add(CodeBlock.of("json.has($S)", name));
      }
      return CodeBlock.join(any, " || ");
    }
    return CodeBlock.join(checks, " && ");
  }
}
