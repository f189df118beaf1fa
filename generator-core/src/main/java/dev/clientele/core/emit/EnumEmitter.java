package dev.clientele.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientele.core.model.EnumSchema;
import dev.clientele.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A string or integer enum as an open set of values. A Java {@code enum} cannot hold a value it does not
 * declare, yet servers add values over time and a client must not fail on them. So the schema's
 * type is a small final class with one constant per listed value, whose nested Java {@code enum
 * Known} lists the same values for {@code switch} statements; a value the spec does not list parses
 * into an instance that keeps the value as sent and writes it back unchanged. What every open enum
 * does alike (the value, the known constant, equality) is the runtime's {@code OpenEnum} (or {@code
 * OpenIntEnum}, {@code OpenLongEnum}), so that the class says only what is its own: its values.
 */
final class EnumEmitter {

  private EnumEmitter() {}

  /** A listed value and the constant that stands for it. */
  record Constant(String wireValue, String name) {}

  /** The open enum's class, without {@code @Generated}: only a file's top-level type carries that. */
  static TypeSpec.Builder emit(EnumSchema schema, JavaTypes types) {
    ClassName className = types.className(schema);
    // A nested class may not share a name with a class it is nested in.
    ClassName known = className.nestedClass(className.simpleNames().contains("Known") ? "KnownValue" : "Known");
    List<Constant> constants = constants(schema);
    TypeName valueType = valueType(schema);

    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(superclass(schema), known))
            .addJavadoc(javadoc(schema, known));
    if (schema.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    for (Constant constant : constants) {
      type.addField(
          FieldSpec.builder(className, constant.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T($L, $T.$N)", className, literal(schema, constant.wireValue()), known, constant.name())
              .build());
    }
    // value(), known(), isKnown(), equals, hashCode and toString are the runtime superclass's.
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(valueType, "value")
            .addParameter(JavaTypes.nullable(known), "known")
            .addStatement("super(value, known)")
            .build());
    type.addMethod(factory(schema, className, valueType, constants));

    TypeSpec.Builder knownEnum =
        TypeSpec.enumBuilder(known)
            .addJavadoc("The values the spec lists, for {@code switch} statements.")
            .addModifiers(Modifier.PUBLIC);
    for (Constant constant : constants) {
      knownEnum.addEnumConstant(constant.name());
    }
    type.addType(knownEnum.build());
    types.nest(schema.name(), type);
    return type;
  }

  private static CodeBlock javadoc(EnumSchema schema, ClassName known) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!schema.description().isEmpty()) {
      doc.add("$L\n\n<p>", Javadocs.paragraphs(schema.description()));
    }
    doc.add(
        "One of the values the spec lists, or a value it does not list yet: those parse too, and\n"
            + "{@link #value()} returns them as sent. Switch over {@link #known()} for the listed ones.\n");
    return doc.build();
  }

  /**
   * Constants in UPPER_SNAKE, named after the value or the name the spec suggests for it, unique even
   * for values that differ only in case or punctuation.
   */
  static List<Constant> constants(EnumSchema schema) {
    NameScope scope = NameScope.forMembers();
    List<Constant> constants = new ArrayList<>();
    for (int i = 0; i < schema.values().size(); i++) {
      String value = schema.values().get(i);
      String name;
      if (!schema.constantNames().isEmpty()) {
        name = JavaNames.constantName(schema.constantNames().get(i));
      } else if (schema.isInteger()) {
        name = value.startsWith("-") ? "VALUE_MINUS_" + value.substring(1) : "VALUE_" + value;
      } else {
        name = JavaNames.constantName(value);
      }
      constants.add(new Constant(value, scope.allocate(name)));
    }
    return constants;
  }

  /** The runtime class that holds the value and its {@code Known} constant. */
  private static ClassName superclass(EnumSchema schema) {
    return switch (schema.valueKind()) {
      case INT32 -> RuntimeTypes.OPEN_INT_ENUM;
      case INT64 -> RuntimeTypes.OPEN_LONG_ENUM;
      default -> RuntimeTypes.OPEN_ENUM;
    };
  }

  private static TypeName valueType(EnumSchema schema) {
    return switch (schema.valueKind()) {
      case INT32 -> TypeName.INT;
      case INT64 -> TypeName.LONG;
      default -> JavaTypes.STRING;
    };
  }

  /** A listed value as a Java literal of the enum's value type. */
  static CodeBlock literal(EnumSchema schema, String wireValue) {
    return CodeBlock.of("$L", literalText(schema, wireValue));
  }

  private static String literalText(EnumSchema schema, String wireValue) {
    return switch (schema.valueKind()) {
      case INT32 -> wireValue;
      case INT64 -> wireValue + "L";
      default -> Literals.string(wireValue);
    };
  }

  private static MethodSpec factory(EnumSchema schema, ClassName className, TypeName valueType, List<Constant> constants) {
    MethodSpec.Builder factory = MethodSpec.methodBuilder("of")
        .addJavadoc("The constant for a listed value, or a new instance that keeps an unlisted one.")
        .addAnnotation(Jackson.JSON_CREATOR)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(className)
        .addParameter(valueType, "value");
    if (schema.valueKind() == TypeRef.ScalarKind.INT64) {
      // Java 17 cannot switch over a long.
      for (Constant constant : constants) {
        factory.beginControlFlow("if (value == $L)", literal(schema, constant.wireValue()))
            .addStatement("return $N", constant.name())
            .endControlFlow();
      }
      return factory.addStatement("return new $T(value, null)", className).build();
    }
    if (!schema.isInteger()) {
      factory.addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
    }
    // One piece of text for all the cases (a level deeper than the switch), not five format parts
    // per case: JavaPoet's cost grows with the parts it writes, and an enum can list hundreds.
    StringBuilder cases = new StringBuilder();
    for (Constant constant : constants) {
      cases.append("  case ").append(literalText(schema, constant.wireValue())).append(" -> ").append(constant.name()).append(";\n");
    }
    return factory
        .addCode("return switch (value) {\n$L  default -> new $T(value, null);\n};\n", cases, className)
        .build();
  }
}
