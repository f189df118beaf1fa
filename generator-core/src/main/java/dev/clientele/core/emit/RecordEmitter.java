package dev.clientele.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientele.core.model.EnumSchema;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Property;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.UnionSchema;
import dev.clientele.core.model.TypeRef.ScalarKind;
import dev.clientele.core.naming.Singular;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * An object schema as a record: one component per property, named in lowerCamelCase with the wire
 * name kept in {@code @JsonProperty}, plus a map of the properties the schema does not declare
 * (servers add fields; Close sends custom fields as top-level keys). Parsing is lenient — the
 * canonical constructor accepts whatever the server sent — while the builder checks required
 * properties.
 */
final class RecordEmitter {

  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
  private static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
  private static final ClassName JSON_AUTO_DETECT = ClassName.get("com.fasterxml.jackson.annotation", "JsonAutoDetect");
  /**
   * Said once in the class Javadoc of a record with required components, rather than as a
   * {@code @throws} on each of their accessors.
   */
  private static final String REQUIRED_ACCESSORS_THROW =
      "The accessors of required properties throw {@code IllegalStateException} when\nthe server left the property out.";

  private final ObjectSchema schema;
  private final JavaTypes types;
  private final ClassName className;
  private final List<Component> components = new ArrayList<>();
  private final String extrasName;
  private final TypeName extrasValueType;
  private final String builderMethod;
  private final String toBuilderMethod;
  private final ClassName builderClass;
  private final Map<String, String> discriminatorValues = new LinkedHashMap<>();
  private final Set<ClassName> deprecatedUnions = new HashSet<>();
  private Set<String> fieldsInScope;

  /** A record component and the property it holds. */
  private record Component(Property property, String name, TypeName type, boolean nullable) {
    /**
     * Required and not null: the component is typed non-null and the builder requires it. A
     * read-only property is the server's to set, so a new object may lack it: it is nullable.
     */
    boolean mustBeSet() {
      return !nullable;
    }
  }

  private RecordEmitter(ObjectSchema schema, ClassName className, JavaTypes types, List<ClassName> unions) {
    this.schema = schema;
    this.types = types;
    this.className = className;
    // A component named like a type it uses (a property "0" of the enum type _0, named "_0" too)
    // would hide the type in the builder's initializers: "_0 _0 = _0.A" reads the field.
    NameScope members = NameScope.forMembers();
    Set<String> typeNames = new HashSet<>();
    schema.properties().forEach(property -> JavaTypes.simpleNames(types.of(property.type()), typeNames));
    typeNames.forEach(members::reserve);
    for (Property property : schema.properties()) {
      String name = members.allocate(JavaNames.componentName(property.wireName()));
      boolean nullable = property.nullable() || !property.required() || property.readOnly();
      components.add(new Component(property, name, types.of(property.type()), nullable));
    }
    this.extrasName = members.allocate("additionalProperties");
    this.extrasValueType = JavaTypes.nullable(types.of(schema.additionalProperties()));
    this.builderMethod = members.allocate("builder");
    this.toBuilderMethod = members.allocate("toBuilder");
    // The record header names the component types and the unions it implements by simple name, and
    // there a nested class of the same name would win: a component of a model type named Builder
    // would be read as this record's own Builder.
    Set<String> header = new HashSet<>(className.simpleNames());
    components.forEach(component -> JavaTypes.simpleNames(component.type(), header));
    JavaTypes.simpleNames(extrasValueType, header);
    unions.forEach(union -> header.add(union.simpleName()));
    String builderName = "Builder";
    for (int suffix = 2; header.contains(builderName); suffix++) {
      builderName = suffix == 2 ? "RecordBuilder" : "RecordBuilder" + (suffix - 1);
    }
    this.builderClass = className.nestedClass(builderName);
  }

  /**
   * The record for an object schema.
   *
   * @param unions the sealed interfaces it implements
   * @param discriminatorValues wire name → the value that names this variant in a union's
   *     discriminator; the builder starts with it set
   * @param deprecatedUnions those of {@code unions} the spec deprecates
   * @return the record, without {@code @Generated}: only a file's top-level type carries that
   */
  static TypeSpec.Builder emit(
      ObjectSchema schema,
      JavaTypes types,
      List<ClassName> unions,
      Map<String, String> discriminatorValues,
      Set<ClassName> deprecatedUnions) {
    RecordEmitter emitter = new RecordEmitter(schema, types.className(schema), types, unions);
    emitter.discriminatorValues.putAll(discriminatorValues);
    emitter.deprecatedUnions.addAll(deprecatedUnions);
    TypeSpec.Builder record = emitter.record(unions);
    types.nest(schema.name(), record);
    return record;
  }

  /** Adds the record and its components to the API surface. */
  static void surface(ObjectSchema schema, JavaTypes types, List<ClassName> unions, SurfaceCollector surface) {
    RecordEmitter emitter = new RecordEmitter(schema, types.className(schema), types, unions);
    surface.type(emitter.className, "record");
    for (Component component : emitter.components) {
      surface.property(emitter.className, component.name(), component.type(), component.nullable(), component.mustBeSet());
    }
  }

  /** Each property's accessor, by wire name, as the record names it (for code that reads records, such as paging). */
  static Map<String, String> accessorNames(ObjectSchema schema, JavaTypes types) {
    Map<String, String> names = new LinkedHashMap<>();
    new RecordEmitter(schema, types.className(schema), types, List.of()).components
        .forEach(component -> names.put(component.property().wireName(), component.name()));
    return names;
  }

  /** A record nested in another type, e.g. the fallback variant of a sealed hierarchy. */
  static TypeSpec nested(ObjectSchema schema, ClassName className, JavaTypes types, ClassName union) {
    return new RecordEmitter(schema, className, types, List.of(union))
        .record(List.of(union))
        .addModifiers(Modifier.STATIC)
        .build();
  }

  private TypeSpec.Builder record(List<ClassName> unions) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    for (Component component : components) {
      constructor.addParameter(componentParameter(component));
    }
    constructor.addParameter(
        ParameterSpec.builder(extrasType(), extrasName)
            .addAnnotation(Jackson.JSON_ANY_SETTER)
            .addAnnotation(Jackson.JSON_ANY_GETTER)
            .build());

    TypeSpec.Builder record =
        TypeSpec.recordBuilder(className)
            .addModifiers(Modifier.PUBLIC)
            .recordConstructor(constructor.build())
            .addSuperinterfaces(unions)
            .addMethod(compactConstructor())
            .addMethod(
                MethodSpec.methodBuilder(builderMethod)
                    .addJavadoc("A builder for a new {@code $L}.", className.simpleName())
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builderClass)
                    .addStatement("return new $T()", builderClass)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder(toBuilderMethod)
                    .addJavadoc("A builder that starts from this object's values.")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderClass)
                    .addStatement("return new $T(this)", builderClass)
                    .build())
            .addType(builder());
    for (Component component : components) {
      if (component.mustBeSet() || component.property().deprecated()) {
        record.addMethod(accessor(component));
      }
    }
    if (components.stream().anyMatch(Component::mustBeSet)
        && types.inheritsNestedType(schema.name(), RuntimeTypes.REQUIRED.simpleName())) {
      // A type of that name nested in a union the record implements would win over the import.
      record.alwaysQualify(RuntimeTypes.REQUIRED.simpleName());
    }
    if (components.stream().anyMatch(Component::mustBeSet)) {
      // A getter that throws for a property the server left out would make the object unwritable:
      // Jackson writes the components from their (annotated) fields instead, leaving such one out.
      record.addAnnotation(AnnotationSpec.builder(JSON_AUTO_DETECT)
          .addMember("getterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
          .addMember("isGetterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
          .build());
    }
    record.addJavadoc(javadoc());
    boolean usesDeprecated =
        schema.properties().stream().anyMatch(p -> types.mentionsDeprecated(p.type()))
            || types.mentionsDeprecated(schema.additionalProperties())
            || unions.stream().anyMatch(union -> deprecatedUnions.contains(union));
    if (usesDeprecated && !schema.deprecated()) {
      record.addAnnotation(JavaTypes.suppressDeprecation());
    }
    if (!unions.isEmpty()) {
      record.addAnnotation(types.jackson().defaultDeserializer());
    }
    if (schema.deprecated()) {
      record.addAnnotation(Deprecated.class);
    }
    return record;
  }

  private CodeBlock javadoc() {
    // One piece of text rather than format parts per @param: the same comment, written faster.
    StringBuilder doc = new StringBuilder();
    String description = schema.description();
    doc.append(description.isEmpty() ? "The " + Javadocs.code(schema.name()) + " object." : Javadocs.paragraphs(description));
    if (components.stream().anyMatch(Component::mustBeSet)) {
      doc.append("\n\n<p>").append(REQUIRED_ACCESSORS_THROW);
    }
    doc.append("\n\n");
    for (Component component : components) {
      String text = component.property().description();
      String access = component.property().readOnly() ? "read-only: set by the server"
          : component.property().writeOnly() ? "write-only: sent, never returned" : "";
      String serverDefault = serverDefault(component.property());
      if (!text.isEmpty() || !access.isEmpty() || !serverDefault.isEmpty()) {
        String both = text.isEmpty() ? access : Javadocs.inline(text) + (access.isEmpty() ? "" : " (" + access + ")");
        doc.append("@param ").append(component.name()).append(' ')
            .append(both.isEmpty() ? serverDefault
                : serverDefault.isEmpty() ? both : both + (both.endsWith(".") ? " " : ". ") + serverDefault)
            .append('\n');
      }
    }
    doc.append("@param ").append(extrasName).append(" properties the schema does not declare, kept and written back\n");
    return CodeBlock.of("$L", doc);
  }

  /**
   * An accessor declared rather than implied by the component. For a component typed non-null, it
   * keeps that promise: parsing is lenient (a server that leaves out a required property must not
   * make the whole response unreadable), so the accessor of such a missing property throws, naming
   * it, rather than return the null its type rules out. For a property the spec deprecates, it
   * alone carries {@code @Deprecated}: on the record component, the annotation would also land on
   * the constructor parameter, where it means nothing and javac warns.
   */
  private MethodSpec accessor(Component component) {
    String description = component.property().description().isEmpty()
        ? "The " + Javadocs.code(component.property().wireName()) + " property."
        : Javadocs.paragraphs(component.property().description());
    MethodSpec.Builder accessor = MethodSpec.methodBuilder(component.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(component.nullable() ? JavaTypes.nullable(component.type()) : component.type());
    CodeBlock.Builder doc = CodeBlock.builder().add("$L", description);
    if (component.property().deprecated()) {
      doc.add("\n\n@deprecated the spec marks {@code $L} deprecated", component.name());
      accessor.addAnnotation(Deprecated.class);
    }
    if (component.mustBeSet()) {
      // One call rather than a null check and a message per accessor: Cloudflare has 12,000 of them.
      // The class Javadoc says once that they throw (REQUIRED_ACCESSORS_THROW).
      accessor.addStatement("return $T.present($N, $L, $L)", RuntimeTypes.REQUIRED, component.name(),
          Literals.string(String.join(".", className.simpleNames())), Literals.string(component.property().wireName()));
    } else {
      accessor.addCode("$L", "return " + component.name() + ";\n");
    }
    return accessor.addJavadoc(doc.build()).build();
  }

  private ParameterSpec componentParameter(Component component) {
    Property property = component.property();
    ParameterSpec.Builder parameter =
        ParameterSpec.builder(component.nullable() ? JavaTypes.nullable(component.type()) : component.type(), component.name())
            .addAnnotation(Jackson.property(property.wireName()));
    if (!property.required() || property.readOnly() || component.mustBeSet()) {
      // Left out rather than sent as null: a request must not clear what the caller never set,
      // nor send what only the server sets; and an object written back must not gain a null for a
      // required property the server did not send (a built one always has it).
      parameter.addAnnotation(Jackson.omitWhenNull());
    }
    if (JavaTypes.contains(property.type(), ScalarKind.DATE_TIME)) {
      parameter.addAnnotation(Jackson.dateTimeFormat());
    } else if (JavaTypes.contains(property.type(), ScalarKind.DATE)) {
      parameter.addAnnotation(Jackson.dateFormat());
    }
    return parameter.build();
  }

  private TypeName extrasType() {
    return ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, extrasValueType);
  }

  /** Copies collections so that a record is immutable however it was made; null elements survive. */
  private MethodSpec compactConstructor() {
    MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    for (Component component : components) {
      TypeRef type = component.property().type();
      if (type instanceof TypeRef.ArrayOf) {
        compact.addStatement("$1N = $2T.list($1N)", component.name(), RuntimeTypes.COPIES);
      } else if (type instanceof TypeRef.MapOf) {
        compact.addStatement("$1N = $2T.map($1N)", component.name(), RuntimeTypes.COPIES);
      }
    }
    compact.addStatement("$1N = $2T.additionalProperties($1N)", extrasName, RuntimeTypes.COPIES);
    return compact.build();
  }

  private TypeSpec builder() {
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(builderClass)
            .addJavadoc("Builds a {@code $L}; {@link #build()} checks that required properties are set.", className.simpleName())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    MethodSpec.Builder copy =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(className, "source");
    // Statements without types are written as one piece of text: JavaPoet's time grows with the
    // format parts it writes, and Stripe's builders have tens of thousands of these.
    StringBuilder copies = new StringBuilder();
    for (Component component : components) {
      FieldSpec.Builder field = FieldSpec.builder(JavaTypes.nullable(component.type()), component.name(), Modifier.PRIVATE);
      // Only what a new object must have: the server applies the spec's defaults to what is not sent,
      // and its defaults may have changed since the spec was written.
      fixedValue(component.property())
          .flatMap(value -> initializer(component.property().type(), value))
          .ifPresent(field::initializer);
      builder.addField(field.build());
      // The field, not the accessor, which throws for a required property the server did not send.
      copies.append("this.").append(component.name()).append(" = source.").append(component.name()).append(";\n");
    }
    copy.addCode("$L", copies);
    TypeName extrasMap = ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, extrasValueType);
    builder.addField(
        FieldSpec.builder(extrasMap, extrasName, Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LINKED_HASH_MAP)
            .build());
    copy.addStatement("this.$1N.putAll(source.$1N())", extrasName);
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    builder.addMethod(copy.build());

    for (Component component : components) {
      MethodSpec.Builder setter =
          MethodSpec.methodBuilder(component.name())
              .addModifiers(Modifier.PUBLIC)
              .returns(builderClass)
              .addParameter(component.nullable() ? JavaTypes.nullable(component.type()) : component.type(), component.name())
              .addCode("$L", "this." + component.name() + " = " + component.name() + ";\nreturn this;\n");
      String text = component.property().description();
      String serverDefault = serverDefault(component.property());
      if (!text.isEmpty() || !serverDefault.isEmpty()) {
        setter.addJavadoc("$L", text.isEmpty() ? serverDefault
            : Javadocs.paragraphs(text) + (serverDefault.isEmpty() ? "" : "\n\n<p>" + serverDefault));
      }
      if (component.property().deprecated()) {
        setter.addAnnotation(Deprecated.class);
      }
      builder.addMethod(setter.build());
      for (Overload overload : overloads(component)) {
        MethodSpec.Builder other = MethodSpec.methodBuilder(component.name())
            .addJavadoc("Sets {@code $L}, given as $L.", component.name(), Javadocs.escape(simpleText(overload.type())))
            .addModifiers(Modifier.PUBLIC)
            .returns(builderClass)
            .addParameter(overload.type(), component.name())
            .addStatement("this.$N = $L", component.name(), overload.value())
            .addStatement("return this");
        if (component.property().deprecated()) {
          other.addAnnotation(Deprecated.class);
        }
        builder.addMethod(other.build());
      }
    }
    Set<String> methodNames = new HashSet<>();
    components.forEach(component -> methodNames.add(component.name()));
    methodNames.addAll(List.of("putAdditionalProperty", "build"));
    for (Component component : components) {
      builder.addMethods(adders(component, methodNames));
    }
    // One at a time, as a caller adds a custom field; toBuilder() keeps those an object came with.
    builder.addMethod(
        MethodSpec.methodBuilder("putAdditionalProperty")
            .addJavadoc("Sets a property the schema does not declare, such as a custom field.")
            .addModifiers(Modifier.PUBLIC)
            .returns(builderClass)
            .addParameter(JavaTypes.STRING, "name")
            .addParameter(extrasValueType, "value")
            .addStatement("this.$N.put(name, value)", extrasName)
            .addStatement("return this")
            .build());
    builder.addMethod(build());
    return builder.build();
  }

  /**
   * Another form of a setter: the parameter's type and the expression that makes the component's
   * value of it (the parameter is named as the component).
   */
  private record Overload(TypeName type, CodeBlock value) {}

  /**
   * The other forms a setter takes, so that a caller writes the value rather than its wrapper: each
   * non-object alternative of a union ({@code content("You are helpful")}, not {@code content(new
   * Content.StringValue(…))}), an open enum's wire value ({@code model("gpt-4o")}), and a narrower
   * number ({@code maxTokens(2048)} for a {@code Long}, a {@code long} for a {@code Double}). Only
   * forms whose erasure differs from every other form's, or the overloads would clash.
   */
  private List<Overload> overloads(Component component) {
    Map<String, Overload> byErasure = new LinkedHashMap<>();
    byErasure.put(erasure(component.type()), null);
    String name = component.name();
    TypeRef type = component.property().type();
    if (type instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.INT64) {
      byErasure.putIfAbsent("int", new Overload(TypeName.INT, CodeBlock.of("(long) $N", name)));
    } else if (type instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.DOUBLE) {
      byErasure.putIfAbsent("long", new Overload(TypeName.LONG, CodeBlock.of("(double) $N", name)));
    } else if (type instanceof TypeRef.Named named) {
      SchemaDefinition definition = types.definition(named.name());
      if (definition instanceof EnumSchema enumSchema && !enumSchema.isInteger() && !enumSchema.deprecated()) {
        ClassName enumClass = types.className(enumSchema);
        // A field named like the enum would be read in "Mode.of(mode)" instead of the type.
        if (enumClass.simpleNames().stream().noneMatch(fieldsInScope()::contains)) {
          byErasure.putIfAbsent("java.lang.String", new Overload(JavaTypes.STRING, CodeBlock.of("$T.of($N)", enumClass, name)));
        }
      } else if (definition instanceof UnionSchema union && !union.deprecated()) {
        for (UnionEmitter.ValueClass value : UnionEmitter.valueClasses(union, types)) {
          TypeName valueType = types.of(value.variant().type());
          if (!types.mentionsDeprecated(value.variant().type())) {
            byErasure.putIfAbsent(erasure(valueType), new Overload(valueType, CodeBlock.of("new $T($N)", value.className(), name)));
          }
        }
      }
    }
    return byErasure.values().stream().filter(Objects::nonNull).toList();
  }

  /**
   * For a list of a union with a discriminator ({@code messages}): {@code addMessage(item)}, and
   * per variant an adder named after its discriminator value ({@code addUserMessage(…)}) that takes
   * the variant, or the one property it needs besides the discriminator in any form its setter
   * takes ({@code addUserMessage("Tell me a story")}). None whose name another method has.
   */
  private List<MethodSpec> adders(Component component, Set<String> methodNames) {
    if (!(component.property().type() instanceof TypeRef.ArrayOf array)
        || !(array.items() instanceof TypeRef.Named named)
        || !(types.definition(named.name()) instanceof UnionSchema union)
        || union.deprecated()
        || component.property().deprecated()) {
      return List.of();
    }
    String itemWord = JavaNames.typeName(Singular.of(component.name()));
    String add = "add" + itemWord;
    if (!methodNames.add(add)) {
      return List.of();
    }
    TypeName itemType = types.of(array.items());
    String item = component.name().equals("item") ? "value" : "item";
    List<MethodSpec> adders = new ArrayList<>();
    adders.add(MethodSpec.methodBuilder(add)
        .addJavadoc("Adds one to {@code $L}.", component.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(builderClass)
        .addParameter(itemType, item)
        .addStatement("$T<$T> items = new $T<>(this.$N == null ? $T.of() : this.$N)", JavaTypes.LIST, itemType, ARRAY_LIST,
            component.name(), JavaTypes.LIST, component.name())
        .addStatement("items.add($N)", item)
        .addStatement("this.$N = items", component.name())
        .addStatement("return this")
        .build());
    Map<String, List<String>> valuesOfVariant = new LinkedHashMap<>();
    union.discriminator().ifPresent(discriminator -> discriminator.mapping()
        .forEach((value, variant) -> valuesOfVariant.computeIfAbsent(variant, v -> new ArrayList<>()).add(value)));
    valuesOfVariant.forEach((variantName, values) -> {
      if (values.size() != 1 || !(types.definition(variantName) instanceof ObjectSchema variant) || variant.deprecated()) {
        return;
      }
      String adder = "add" + JavaNames.typeName(values.get(0)) + itemWord;
      if (!methodNames.add(adder)) {
        return;
      }
      ClassName variantClass = types.className(variant);
      adders.add(MethodSpec.methodBuilder(adder)
          .addJavadoc("Adds a {@code $L} to {@code $L}.", Javadocs.escape(values.get(0)), component.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(builderClass)
          .addParameter(variantClass, item)
          .addStatement("return $N($N)", add, item)
          .build());
      RecordEmitter variantRecord = new RecordEmitter(variant, variantClass, types, List.of());
      String discriminator = union.discriminator().get().propertyName();
      List<Component> needed = variantRecord.components.stream()
          .filter(Component::mustBeSet)
          .filter(c -> !c.property().wireName().equals(discriminator))
          .toList();
      if (needed.size() != 1 || needed.get(0).property().deprecated() || types.mentionsDeprecated(needed.get(0).property().type())) {
        return;
      }
      Component only = needed.get(0);
      Set<String> erasures = new HashSet<>(Set.of(erasure(variantClass)));
      List<TypeName> forms = new ArrayList<>();
      forms.add(only.type());
      variantRecord.overloads(only).forEach(overload -> forms.add(overload.type()));
      for (TypeName form : forms) {
        if (erasures.add(erasure(form))) {
          adders.add(MethodSpec.methodBuilder(adder)
              .addJavadoc("Adds a {@code $L} with this {@code $L} to {@code $L}.", Javadocs.escape(values.get(0)), only.name(), component.name())
              .addModifiers(Modifier.PUBLIC)
              .returns(builderClass)
              .addParameter(form, only.name())
              .addStatement("return $N($T.$N().$N($N).build())", add, variantClass, variantRecord.builderMethod, only.name(), only.name())
              .build());
        }
      }
    });
    return adders;
  }

  /** A type's erasure as text, to tell overloads that would clash. */
  private static String erasure(TypeName type) {
    TypeName plain = type.withoutAnnotations();
    if (plain instanceof ParameterizedTypeName parameterized) {
      return parameterized.rawType().withoutAnnotations().canonicalName();
    }
    return plain.toString();
  }

  /** A type as a reader would name it: {@code List<Part>}, {@code String}. */
  private static String simpleText(TypeName type) {
    // Package names only: a nested type keeps its owners (PlanCreateRequest.Metadata.Empty, not PMEmpty).
    return type.withoutAnnotations().toString().replaceAll("\\b[a-z][\\w]*\\.", "");
  }

  /** What the server assumes when the property is not sent, as the spec's {@code default} says; or "". */
  private static String serverDefault(Property property) {
    return property.defaultValue()
        .map(value -> Javadocs.code(value.toString()))
        .map(value -> property.required()
            ? "The spec suggests " + value + "; the builder does not set it for you."
            : "Not sent unless set; the server's default is " + value + ".")
        .orElse("");
  }

  /**
   * The value a new object must have: the one that names this variant in a union's discriminator
   * (a new object is this variant unless told otherwise), or a required property's {@code const}.
   */
  private Optional<String> fixedValue(Property property) {
    String discriminatorValue = discriminatorValues.get(property.wireName());
    if (discriminatorValue != null) {
      return Optional.of(discriminatorValue);
    }
    return property.required() ? property.constValue() : Optional.empty();
  }

  /**
   * A builder's starting value as a literal of the property's type; a value of the wrong type, or
   * outside the property's enum, is left out rather than generated wrong.
   */
  private Optional<CodeBlock> initializer(TypeRef type, String value) {
    if (type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.STRING) {
      return Optional.of(CodeBlock.of("$L", Literals.string(value)));
    }
    if (type instanceof TypeRef.Named named && types.definition(named.name()) instanceof EnumSchema enumSchema) {
      ClassName enumClass = types.className(enumSchema);
      Set<String> fields = fieldsInScope();
      // In an expression a field hides a type of the same name ("_0 _0_2 = _0.CLASS" reads the
      // field _0, here or in an enclosing record): then the constant is named by its canonical name,
      // unless a field hides that too.
      boolean hidden = enumClass.simpleNames().stream().anyMatch(fields::contains);
      String firstSegment = enumClass.canonicalName().substring(0, enumClass.canonicalName().indexOf('.') + 1);
      if (hidden && fields.contains(firstSegment.substring(0, Math.max(0, firstSegment.length() - 1)))) {
        return Optional.empty();
      }
      return EnumEmitter.constants(enumSchema).stream()
          .filter(constant -> constant.wireValue().equals(value))
          .findFirst()
          .map(constant -> hidden
              ? CodeBlock.of("$L.$N", enumClass.canonicalName(), constant.name())
              : CodeBlock.of("$T.$N", enumClass, constant.name()));
    }
    return Optional.empty();
  }

  /**
   * The names of the fields an initializer of this record's builder sees: its own and its enclosing
   * records'. Worked out once per record, at its first initializer that names a type.
   */
  private Set<String> fieldsInScope() {
    if (fieldsInScope != null) {
      return fieldsInScope;
    }
    Set<String> fields = new HashSet<>();
    components.forEach(component -> fields.add(component.name()));
    for (ClassName outer = className.enclosingClassName(); outer != null; outer = outer.enclosingClassName()) {
      if (types.definitionOf(outer) instanceof ObjectSchema enclosing) {
        new RecordEmitter(enclosing, outer, types, List.of()).components.forEach(component -> fields.add(component.name()));
      }
    }
    fieldsInScope = fields;
    return fields;
  }

  private MethodSpec build() {
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addJavadoc(
                "The {@code $L}.\n\n@throws IllegalStateException if a required property is not set",
                className.simpleName())
            .addModifiers(Modifier.PUBLIC)
            .returns(className);
    List<Component> mustBeSet = components.stream().filter(Component::mustBeSet).toList();
    if (!mustBeSet.isEmpty()) {
      // One condition over the fields, so that a null checker sees them non-null after it.
      CodeBlock anyMissing = CodeBlock.join(
          mustBeSet.stream().map(component -> CodeBlock.of("$N == null", component.name())).toList(), " || ");
      build.beginControlFlow("if ($L)", anyMissing)
          .addStatement("throw $T.notSet($S, $L)", RuntimeTypes.REQUIRED, className.simpleName(), namesAndValues(mustBeSet))
          .endControlFlow();
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (Component component : components) {
      arguments.add("$N, ", component.name());
    }
    arguments.add("$N", extrasName);
    build.addStatement("return new $T($L)", className, arguments.build());
    return build.build();
  }

  /**
   * Each component's name as a string, then the component: {@code "email", email, "id", id}; a
   * long list wraps between pairs.
   */
  private static CodeBlock namesAndValues(List<Component> components) {
    return CodeBlock.join(
        components.stream().map(component -> CodeBlock.of("$S, $N", component.name(), component.name())).toList(), ",$W");
  }
}
