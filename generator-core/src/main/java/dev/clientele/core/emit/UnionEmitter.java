package dev.clientele.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

  /** A non-object alternative and the nested record that holds its values. */
  record ValueClass(UnionSchema.ValueVariant variant, ClassName className) {}

  /** The names of a union's type and of the types nested in it. */
  private record Names(ClassName className, ClassName unknown, ClassName deserializer, List<ValueClass> values) {}

  private static Names names(UnionSchema union, JavaTypes types) {
    ClassName className = types.className(union);
    NameScope nested = NameScope.forTypes().reserve(className.simpleNames().toArray(String[]::new));
    // Variants inherit the types nested here, which then hide model types of the same simple name
    // in their bodies: a variant named Unknown, or one with a component of a model type Deserializer.
    Set<String> usedByVariants = new HashSet<>();
    namesUsedByVariants(union, types, usedByVariants, new HashSet<>());
    usedByVariants.forEach(nested::reserve);
    // Inline schemas declared in the union (its members) nest here too, named first.
    types.nestedIn(union.name()).forEach(inner -> nested.reserve(types.className(types.definition(inner)).simpleName()));
    ClassName unknown = className.nestedClass(nested.allocate("Unknown"));
    ClassName deserializer = className.nestedClass(nested.allocate("Deserializer"));
    List<ValueClass> values = new ArrayList<>();
    for (UnionSchema.ValueVariant value : union.valueVariants()) {
      values.add(new ValueClass(value, className.nestedClass(nested.allocate(describe(types.of(value.type())) + "Value"))));
    }
    return new Names(className, unknown, deserializer, values);
  }

  /** The records that hold a union's non-object alternatives, named as {@link #emit} names them. */
  static List<ValueClass> valueClasses(UnionSchema union, JavaTypes types) {
    return names(union, types).values();
  }

  private static void namesUsedByVariants(UnionSchema union, JavaTypes types, Set<String> into, Set<String> visited) {
    if (!visited.add(union.name())) {
      return;
    }
    for (String variant : union.variants()) {
      SchemaDefinition definition = types.definition(variant);
      if (definition == null) {
        continue;
      }
      into.add(types.className(definition).simpleName());
      if (definition instanceof ObjectSchema object) {
        object.properties().forEach(property -> JavaTypes.simpleNames(types.of(property.type()), into));
        JavaTypes.simpleNames(types.of(object.additionalProperties()), into);
      } else if (definition instanceof UnionSchema inner) {
        namesUsedByVariants(inner, types, into, visited);
      }
    }
    union.valueVariants().forEach(value -> JavaTypes.simpleNames(types.of(value.type()), into));
  }

  /** A type in a word or two for a value record's name: {@code String}, {@code LongList}, {@code PetMap}. */
  private static String describe(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      List<TypeName> arguments = parameterized.typeArguments();
      String container = parameterized.rawType().simpleName();
      return describe(arguments.get(arguments.size() - 1)) + container;
    }
    return type instanceof ClassName plain ? plain.simpleName() : "Bytes";
  }

  /**
   * @param parents the unions this one is an alternative of: its interface extends them, so each of
   *     its values is one of theirs too
   * @return the interface, without {@code @Generated}: only a file's top-level type carries that
   */
  static TypeSpec.Builder emit(UnionSchema union, JavaTypes types, List<ClassName> parents, Consumer<String> warnings) {
    Names names = names(union, types);
    ClassName className = names.className();
    ClassName unknown = names.unknown();
    ClassName deserializer = names.deserializer();
    List<ObjectSchema> variants = objectVariants(union, types);
    List<UnionSchema> nestedUnions = nestedUnions(union, types);
    List<ValueClass> values = names.values();
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(className)
            .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
            .addSuperinterfaces(parents)
            .addJavadoc(javadoc(union, variants, nestedUnions, values, types))
            .addAnnotation(
                AnnotationSpec.builder(types.jackson().jsonDeserialize).addMember("using", "$T.class", deserializer).build());
    if (union.deprecated()) {
      type.addAnnotation(Deprecated.class);
    } else if (variants.stream().anyMatch(ObjectSchema::deprecated)
        || nestedUnions.stream().anyMatch(UnionSchema::deprecated)
        || union.commonProperties().stream().anyMatch(p -> types.mentionsDeprecated(p.type()))
        || union.valueVariants().stream().anyMatch(v -> types.mentionsDeprecated(v.type()))) {
      type.addAnnotation(JavaTypes.suppressDeprecation());
    }
    for (ObjectSchema variant : variants) {
      type.addPermittedSubclass(types.className(variant));
    }
    for (UnionSchema nested : nestedUnions) {
      type.addPermittedSubclass(types.className(nested));
    }
    values.forEach(value -> type.addPermittedSubclass(value.className()));
    type.addPermittedSubclass(unknown);
    for (Property common : sharedProperties(union, types)) {
      type.addMethod(
          MethodSpec.methodBuilder(JavaNames.componentName(common.wireName()))
              .addJavadoc("$L", common.description().isEmpty()
                  ? "The " + Javadocs.code(common.wireName()) + " property, which every variant has."
                  : Javadocs.inline(common.description()))
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .returns(common.required() && !common.nullable() ? types.of(common.type()) : JavaTypes.nullable(types.of(common.type())))
              .build());
    }
    values.forEach(value -> type.addType(valueRecord(value.variant(), value.className(), className, types)));
    type.addType(fallback(union, unknown, className, types));
    type.addType(values.isEmpty() && nestedUnions.isEmpty()
        ? deserializer(union, className, unknown, deserializer, variants, types, warnings)
        : deserializerClass(className, deserializer, valueAwareBody(union, unknown, types, warnings), types.jackson()));
    types.nest(union.name(), type);
    return type;
  }

  private static List<ObjectSchema> objectVariants(UnionSchema union, JavaTypes types) {
    List<ObjectSchema> objects = new ArrayList<>();
    for (String name : union.variants()) {
      if (types.definition(name) instanceof ObjectSchema object) {
        objects.add(object);
      }
    }
    return objects;
  }

  private static List<UnionSchema> nestedUnions(UnionSchema union, JavaTypes types) {
    List<UnionSchema> nested = new ArrayList<>();
    for (String name : union.variants()) {
      if (types.definition(name) instanceof UnionSchema inner) {
        nested.add(inner);
      }
    }
    return nested;
  }

  /**
   * What a payload of a union with nested unions may be, flattened: the object variants and value
   * alternatives of the union and of every nested union without a discriminator (their types are
   * the union's too), and the nested unions that name their variants by a discriminator, which
   * pick among their own.
   */
  private record Alternatives(List<ObjectSchema> objects, List<ValueClass> values, List<UnionSchema> discriminated) {

    static Alternatives of(UnionSchema union, JavaTypes types) {
      Alternatives all = new Alternatives(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      all.collect(union, types, new ArrayList<>());
      return all;
    }

    private void collect(UnionSchema union, JavaTypes types, List<String> visited) {
      if (visited.contains(union.name())) {
        return;
      }
      visited.add(union.name());
      for (ObjectSchema object : objectVariants(union, types)) {
        if (!objects.contains(object)) {
          objects.add(object);
        }
      }
      values.addAll(names(union, types).values());
      for (UnionSchema nested : nestedUnions(union, types)) {
        if (nested.discriminator().isPresent()) {
          discriminated.add(nested);
        } else {
          collect(nested, types, visited);
        }
      }
    }
  }

  /**
   * The type of a payload no variant matches. In a hierarchy whose variants share properties, it is
   * still one of them (an unknown kind of {@code Pet} is a {@code Pet}): a record of the shared
   * properties. Otherwise it is the JSON as the server sent it.
   */
  private static TypeSpec fallback(UnionSchema union, ClassName unknown, ClassName className, JavaTypes types) {
    List<Property> shared = sharedProperties(union, types);
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
                .addParameter(ParameterSpec.builder(types.jackson().jsonNode, "json").addAnnotation(Jackson.JSON_VALUE).build())
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
        .addAnnotation(types.jackson().defaultDeserializer())
        .recordConstructor(MethodSpec.constructorBuilder().addParameter(component.build()).build())
        .addMethod(Jackson.delegatingConstructor())
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
   * A deserializer for a union with non-object alternatives or nested unions: an object goes to the
   * object variants (by discriminator or structure), then to a map alternative; any other value to
   * the first alternative of its JSON kind.
   */
  private static CodeBlock valueAwareBody(UnionSchema union, ClassName unknown, JavaTypes types, Consumer<String> warnings) {
    Alternatives alternatives = Alternatives.of(union, types);
    CodeBlock.Builder body = CodeBlock.builder().addStatement("$T json = parser.readValueAsTree()", types.jackson().jsonNode);
    Map<UnionSchema.JsonKind, ClassName> byKind = new EnumMap<>(UnionSchema.JsonKind.class);
    List<ValueClass> arrays = alternatives.values().stream()
        .filter(value -> value.variant().kind() == UnionSchema.JsonKind.ARRAY)
        .toList();
    for (ValueClass value : alternatives.values()) {
      UnionSchema.JsonKind kind = value.variant().kind();
      if (kind == UnionSchema.JsonKind.ARRAY && arrays.size() > 1) {
        continue;
      }
      if (byKind.putIfAbsent(kind, value.className()) != null) {
        warnings.accept("two alternatives of '" + union.name() + "' are both JSON " + kind.name().toLowerCase(Locale.ROOT)
            + "s; such a payload parses as the first, " + byKind.get(kind).simpleName());
      }
    }
    boolean objectsHandled = false;
    if (!alternatives.objects().isEmpty()
        || !alternatives.discriminated().isEmpty()
        || byKind.containsKey(UnionSchema.JsonKind.OBJECT)) {
      body.beginControlFlow("if (json.isObject())");
      if (union.discriminator().isPresent()) {
        discriminatorSwitch(body, union.discriminator().get(), types, null);
      } else {
        for (UnionSchema nested : alternatives.discriminated()) {
          discriminatorSwitch(body, nested.discriminator().orElseThrow(), types, types.className(nested));
        }
        objectsHandled = structuralTests(body, VariantMatching.plan(alternatives.objects()), types);
      }
      if (!objectsHandled && byKind.containsKey(UnionSchema.JsonKind.OBJECT)) {
        body.addStatement("return context.readTreeAsValue(json, $T.class)", byKind.get(UnionSchema.JsonKind.OBJECT));
      }
      body.endControlFlow();
    }
    kindBranch(body, "json." + types.jackson().isText + "()", byKind.get(UnionSchema.JsonKind.STRING));
    ClassName integer = byKind.getOrDefault(UnionSchema.JsonKind.INTEGER, byKind.get(UnionSchema.JsonKind.NUMBER));
    kindBranch(body, "json.isIntegralNumber()", integer);
    kindBranch(body, "json.isNumber()", byKind.get(UnionSchema.JsonKind.NUMBER));
    kindBranch(body, "json.isBoolean()", byKind.get(UnionSchema.JsonKind.BOOLEAN));
    if (arrays.size() > 1) {
      arraysByFirstElement(body, union, arrays, types, warnings);
    } else {
      kindBranch(body, "json.isArray()", byKind.get(UnionSchema.JsonKind.ARRAY));
    }
    body.addStatement("return $L", fallbackValue(union, unknown, types));
    return body.build();
  }

  /**
   * Several array alternatives ({@code string[]} or {@code integer[][]}, OpenAI's prompts) are told
   * apart by the JSON kind of their first element; an empty array is the first alternative.
   */
  private static void arraysByFirstElement(
      CodeBlock.Builder body, UnionSchema union, List<ValueClass> arrays, JavaTypes types, Consumer<String> warnings) {
    Map<UnionSchema.JsonKind, ClassName> byElementKind = new EnumMap<>(UnionSchema.JsonKind.class);
    Map<ObjectSchema, ClassName> byObjectItems = new LinkedHashMap<>();
    for (ValueClass array : arrays) {
      TypeRef items = ((TypeRef.ArrayOf) array.variant().type()).items();
      if (items instanceof TypeRef.Named named && types.definition(named.name()) instanceof ObjectSchema object) {
        byObjectItems.putIfAbsent(object, array.className());
      }
    }
    if (byObjectItems.size() < 2) {
      byObjectItems.clear();
    }
    for (ValueClass array : arrays) {
      TypeRef items = ((TypeRef.ArrayOf) array.variant().type()).items();
      UnionSchema.JsonKind kind = UnionSchema.JsonKind.of(items, types::definition).orElse(null);
      if (kind == UnionSchema.JsonKind.OBJECT && byObjectItems.containsValue(array.className())) {
        continue;
      }
      if (kind == null || byElementKind.putIfAbsent(kind, array.className()) != null) {
        warnings.accept("two array alternatives of '" + union.name() + "' cannot be told apart by their first element; "
            + "such a payload parses as an earlier alternative than " + array.className().simpleName());
      }
    }
    body.beginControlFlow("if (json.isArray())");
    body.addStatement("$T first = json.path(0)", types.jackson().jsonNode);
    if (!byObjectItems.isEmpty()) {
      // Lists of objects (GitHub's starred: starred-repository items, or repository items) are told
      // apart by their first item's properties, as object alternatives are.
      body.beginControlFlow("if (first.isObject())");
      for (VariantMatching.Test test : VariantMatching.plan(new ArrayList<>(byObjectItems.keySet())).tests()) {
        List<ClassName> candidates = new ArrayList<>();
        candidates.add(byObjectItems.get(test.variant()));
        test.twins().forEach(twin -> candidates.add(byObjectItems.get(twin)));
        if (!test.matchesEverything()) {
          body.beginControlFlow("if ($L)", condition(test, types.jackson(), "first"));
        }
        readFirstThatFits(body, candidates, types);
        if (!test.matchesEverything()) {
          body.endControlFlow();
        } else {
          break;
        }
      }
      body.endControlFlow();
    }
    byElementKind.forEach((kind, alternative) ->
        body.beginControlFlow("if ($L)", switch (kind) {
              case OBJECT -> "first.isObject()";
              case STRING -> "first." + types.jackson().isText + "()";
              case INTEGER -> "first.isIntegralNumber()";
              case NUMBER -> "first.isNumber()";
              case BOOLEAN -> "first.isBoolean()";
              case ARRAY -> "first.isArray()";
            })
            .addStatement("return context.readTreeAsValue(json, $T.class)", alternative)
            .endControlFlow());
    body.addStatement("return context.readTreeAsValue(json, $T.class)", arrays.get(0).className());
    body.endControlFlow();
  }

  /**
   * Returns the variant a discriminator value names; falls through for other values. With {@code
   * target} set, every listed value returns that (nested) union instead, which picks its variant.
   */
  private static void discriminatorSwitch(
      CodeBlock.Builder body, UnionSchema.Discriminator discriminator, JavaTypes types, ClassName target) {
    body.beginControlFlow("switch (json.path($L).$L($S))", Literals.string(discriminator.propertyName()), types.jackson().asText, "");
    for (Map.Entry<String, String> entry : discriminator.mapping().entrySet()) {
      SchemaDefinition variant = types.definition(entry.getValue());
      if (variant instanceof ObjectSchema || variant instanceof UnionSchema) {
        body.add("case $L:\n", Literals.string(entry.getKey()));
        if (target == null) {
          body.add("$>return context.readTreeAsValue(json, $T.class);\n$<", types.className(variant));
        }
      }
    }
    if (target != null) {
      body.add("$>return context.readTreeAsValue(json, $T.class);\n$<", target);
    }
    body.add("default:\n$>break;\n$<");
    body.endControlFlow();
  }

  /** Returns the variant for payloads that pass {@code test}; nothing when there is none (null). */
  private static void kindBranch(CodeBlock.Builder body, String test, ClassName variant) {
    if (variant != null) {
      body.beginControlFlow("if ($L)", test)
          .addStatement("return context.readTreeAsValue(json, $T.class)", variant)
          .endControlFlow();
    }
  }

  private static TypeSpec deserializerClass(ClassName className, ClassName deserializer, CodeBlock body, Jackson jackson) {
    MethodSpec.Builder deserialize = MethodSpec.methodBuilder("deserialize")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(className)
        .addParameter(jackson.jsonParser, "parser")
        .addParameter(jackson.deserializationContext, "context");
    if (jackson.deserializeThrowsIOException) {
      deserialize.addException(IOException.class);
    }
    return TypeSpec.classBuilder(deserializer)
        .addJavadoc("Picks the variant of a payload; see {@link $T}.", className)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(jackson.jsonDeserializer, className))
        .addMethod(deserialize.addCode(body).build())
        .build();
  }

  private static CodeBlock fallbackValue(UnionSchema union, ClassName unknown, JavaTypes types) {
    return sharedProperties(union, types).isEmpty()
        ? CodeBlock.of("new $T(json)", unknown)
        : CodeBlock.of("context.readTreeAsValue(json, $T.class)", unknown);
  }

  /**
   * An allOf parent's own properties that every variant has with the same type: the interface
   * declares them, and each variant's record accessor (or nested union's interface) implements them.
   */
  private static List<Property> sharedProperties(UnionSchema union, JavaTypes types) {
    List<ObjectSchema> variants = objectVariants(union, types);
    List<UnionSchema> nested = nestedUnions(union, types);
    List<Property> shared = new ArrayList<>();
    for (Property common : union.commonProperties()) {
      boolean everywhere =
          variants.stream()
              .allMatch(v -> v.properties().stream()
                  .anyMatch(p -> p.wireName().equals(common.wireName()) && p.type().equals(common.type())))
          && nested.stream()
              .allMatch(n -> sharedProperties(n, types).stream()
                  .anyMatch(p -> p.wireName().equals(common.wireName()) && p.type().equals(common.type())));
      if (everywhere && !(variants.isEmpty() && nested.isEmpty())) {
        shared.add(common);
      }
    }
    return shared;
  }

  private static CodeBlock javadoc(
      UnionSchema union, List<ObjectSchema> variants, List<UnionSchema> nestedUnions, List<ValueClass> values, JavaTypes types) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!union.description().isEmpty()) {
      doc.add("$L\n\n<p>", Javadocs.paragraphs(union.description()));
    }
    doc.add("One of:\n\n<ul>\n");
    for (ObjectSchema variant : variants) {
      doc.add("  <li>{@link $T}\n", types.className(variant));
    }
    for (UnionSchema nested : nestedUnions) {
      doc.add("  <li>{@link $T}, itself one of several\n", types.className(nested));
    }
    for (ValueClass value : values) {
      doc.add("  <li>{@link $L}\n", value.className().simpleName());
    }
    doc.add("</ul>\n\n<p>");
    if (!values.isEmpty()) {
      doc.add("A value that is not an object is the first alternative of its JSON kind.\n");
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
    CodeBlock.Builder body = CodeBlock.builder().addStatement("$T json = parser.readValueAsTree()", types.jackson().jsonNode);
    if (union.discriminator().isPresent()) {
      UnionSchema.Discriminator discriminator = union.discriminator().get();
      body.addStatement("$T name = json.path($L).$L($S)", JavaTypes.STRING, Literals.string(discriminator.propertyName()), types.jackson().asText, "");
      body.add("return switch (name) {\n$>");
      for (Map.Entry<String, String> entry : discriminator.mapping().entrySet()) {
        SchemaDefinition target = types.definition(entry.getValue());
        if (target instanceof ObjectSchema) {
          body.add("case $L -> context.readTreeAsValue(json, $T.class);\n", Literals.string(entry.getKey()), types.className(target));
        }
      }
      body.add("default -> $L;\n", fallbackValue(union, unknown, types));
      body.add("$<};\n");
    } else {
      VariantMatching.Plan plan = VariantMatching.plan(variants);
      for (List<String> tie : plan.ties()) {
        warnings.accept(
            "the variants '" + tie.get(0) + "' and '" + tie.get(1) + "' of '" + union.name()
                + "' cannot be told apart by their properties; a payload that fits both is read as '"
                + tie.get(0) + "' first, and as '" + tie.get(1) + "' when its values do not fit");
      }
      body.beginControlFlow("if (json.isObject())");
      structuralTests(body, plan, types);
      body.endControlFlow();
      body.addStatement("return $L", fallbackValue(union, unknown, types));
    }
    return deserializerClass(className, deserializer, body.build(), types.jackson());
  }

  /**
   * Returns the variant whose test a payload passes, trying in turn the twins the same test admits;
   * whether a test takes every object (nothing after it can be reached).
   */
  private static boolean structuralTests(CodeBlock.Builder body, VariantMatching.Plan plan, JavaTypes types) {
    for (VariantMatching.Test test : plan.tests()) {
      if (test.matchesEverything()) {
        readVariants(body, test, types);
        return true;
      }
      body.beginControlFlow("if ($L)", condition(test, types.jackson()));
      readVariants(body, test, types);
      body.endControlFlow();
    }
    return false;
  }

  private static void readVariants(CodeBlock.Builder body, VariantMatching.Test test, JavaTypes types) {
    List<ClassName> candidates = new ArrayList<>();
    candidates.add(types.className(test.variant()));
    test.twins().forEach(twin -> candidates.add(types.className(twin)));
    readFirstThatFits(body, candidates, types);
  }

  /** Returns the payload read as the first candidate its values fit, trying each in turn. */
  private static void readFirstThatFits(CodeBlock.Builder body, List<ClassName> candidates, JavaTypes types) {
    for (int i = 0; i < candidates.size() - 1; i++) {
      body.beginControlFlow("try")
          .addStatement("return context.readTreeAsValue(json, $T.class)", candidates.get(i))
          .nextControlFlow("catch ($T notThisVariant)", types.jackson().mappingException)
          .add("// Its values do not fit: the next variant with the same properties may.\n")
          .endControlFlow();
    }
    body.addStatement("return context.readTreeAsValue(json, $T.class)", candidates.get(candidates.size() - 1));
  }

  private static CodeBlock condition(VariantMatching.Test test, Jackson jackson) {
    return condition(test, jackson, "json");
  }

  /** The test's condition on the JSON object held by the variable {@code node}. */
  private static CodeBlock condition(VariantMatching.Test test, Jackson jackson, String node) {
    List<CodeBlock> checks = new ArrayList<>();
    for (String name : test.requiredNames()) {
      checks.add(CodeBlock.of("$N.has($L)", node, Literals.string(name)));
    }
    test.fixedValues().forEach((name, value) -> checks.add(
        CodeBlock.of("$L.equals($N.path($L).$L())", Literals.string(value), node, Literals.string(name), jackson.asText)));
    if (!test.distinguishingNames().isEmpty()) {
      List<CodeBlock> any = new ArrayList<>();
      for (String name : test.distinguishingNames()) {
        any.add(CodeBlock.of("$N.has($L)", node, Literals.string(name)));
      }
      checks.add(any.size() == 1 ? any.get(0) : CodeBlock.of("($L)", CodeBlock.join(any, " || ")));
    }
    if (checks.isEmpty()) {
      List<CodeBlock> any = new ArrayList<>();
      for (String name : test.anyOfNames()) {
        any.add(CodeBlock.of("$N.has($L)", node, Literals.string(name)));
      }
      return CodeBlock.join(any, " || ");
    }
    return CodeBlock.join(checks, " && ");
  }
}
