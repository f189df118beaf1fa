package dev.clientele.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.TypeRef.ScalarKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Java type of every model type: one class name per schema definition, unique in its package
 * (ignoring case, for case-insensitive file systems), and the standard library types for the rest.
 */
final class JavaTypes {

  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName OBJECT = ClassName.OBJECT;
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

  /**
   * java.lang names a schema must not take: generated code refers to them unqualified, and a class
   * of the same name in the package would shadow them. Like Windows device names, they get a
   * {@code Model} suffix.
   */
  private static final Set<String> JAVA_LANG =
      Set.of(
          "Boolean", "Byte", "Character", "Class", "Deprecated", "Double", "Enum", "Exception",
          "Float", "FunctionalInterface", "IllegalArgumentException", "IllegalStateException",
          "Integer", "Iterable", "Long", "Math", "Number", "Object", "Override", "Record",
          "RuntimeException", "SafeVarargs", "Short", "String", "StringBuilder", "SuppressWarnings",
          "System", "Thread", "Throwable", "Void", "Runtime", "Comparable", "CharSequence",
          "Error", "Module", "Package", "Process");

  private final String modelPackage;
  private final Map<String, ClassName> classNames = new HashMap<>();
  private final Map<String, SchemaDefinition> definitions = new HashMap<>();

  JavaTypes(ApiModel model, String modelPackage) {
    this.modelPackage = modelPackage;
    NameScope scope = NameScope.forTypes().reserve("package-info");
    for (SchemaDefinition definition : model.schemas()) {
      String candidate = JavaNames.typeName(definition.name());
      if (needsSuffix(candidate)) {
        candidate = candidate + "Model";
      }
      classNames.put(definition.name(), ClassName.get(modelPackage, scope.allocate(candidate)));
      definitions.put(definition.name(), definition);
    }
  }

  /**
   * Whether a type name must not be used as it is: a java.lang type's, which it would shadow, or a
   * Windows device's, which cannot be a file name there.
   */
  static boolean needsSuffix(String typeName) {
    return JAVA_LANG.contains(typeName) || JavaNames.isWindowsDeviceName(typeName);
  }

  String modelPackage() {
    return modelPackage;
  }

  /** The class generated for a definition. */
  ClassName className(SchemaDefinition definition) {
    return classNames.get(definition.name());
  }

  /** The definition a named reference points to, or null if the model has none by that name. */
  SchemaDefinition definition(String name) {
    return definitions.get(name);
  }

  /** The Java type of a value, always a reference type (never a primitive). */
  TypeName of(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      return scalar(scalar.kind());
    }
    if (type instanceof TypeRef.ArrayOf array) {
      return ParameterizedTypeName.get(LIST, of(array.items()));
    }
    if (type instanceof TypeRef.MapOf map) {
      return ParameterizedTypeName.get(MAP, STRING, of(map.values()));
    }
    if (type instanceof TypeRef.Named named) {
      return classNames.getOrDefault(named.name(), OBJECT);
    }
    return OBJECT;
  }

  private static TypeName scalar(ScalarKind kind) {
    return switch (kind) {
      case STRING -> STRING;
      case INT32 -> ClassName.get(Integer.class);
      case INT64 -> ClassName.get(Long.class);
      case FLOAT -> ClassName.get(Float.class);
      case DOUBLE -> ClassName.get(Double.class);
      case DECIMAL -> ClassName.get("java.math", "BigDecimal");
      case BIG_INTEGER -> ClassName.get("java.math", "BigInteger");
      case BOOLEAN -> ClassName.get(Boolean.class);
      case DATE -> ClassName.get("java.time", "LocalDate");
      case DATE_TIME -> ClassName.get("java.time", "OffsetDateTime");
      case UUID -> ClassName.get("java.util", "UUID");
      case URI -> ClassName.get("java.net", "URI");
      case BYTES, BINARY -> ArrayTypeName.of(TypeName.BYTE);
    };
  }

  /**
   * Whether a value of this type uses a deprecated schema's class, looking into lists and maps:
   * code that must use it (because the spec does) says so with {@code @SuppressWarnings}, so that
   * only the caller's own uses warn.
   */
  boolean mentionsDeprecated(TypeRef type) {
    if (type instanceof TypeRef.ArrayOf array) {
      return mentionsDeprecated(array.items());
    }
    if (type instanceof TypeRef.MapOf map) {
      return mentionsDeprecated(map.values());
    }
    if (type instanceof TypeRef.Named named) {
      SchemaDefinition definition = definitions.get(named.name());
      return definition != null && definition.deprecated();
    }
    return false;
  }

  /** {@code @SuppressWarnings("deprecation")}, for generated code that must use deprecated types. */
  static AnnotationSpec suppressDeprecation() {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build();
  }

  /** {@code type} marked {@code @Nullable} (JSpecify), as a type-use annotation. */
  static TypeName nullable(TypeName type) {
    return type.annotated(AnnotationSpec.builder(NULLABLE).build());
  }

  /** Adds the simple names of every class a type mentions, its type arguments included. */
  static void simpleNames(TypeName type, Set<String> into) {
    if (type instanceof ClassName name) {
      into.add(name.simpleName());
    } else if (type instanceof ParameterizedTypeName parameterized) {
      into.add(parameterized.rawType().simpleName());
      parameterized.typeArguments().forEach(argument -> simpleNames(argument, into));
    } else if (type instanceof ArrayTypeName array) {
      simpleNames(array.componentType(), into);
    } else if (type instanceof WildcardTypeName wildcard) {
      wildcard.upperBounds().forEach(bound -> simpleNames(bound, into));
      wildcard.lowerBounds().forEach(bound -> simpleNames(bound, into));
    }
  }

  /** Whether a value of this type contains a scalar of this kind, looking into lists and maps. */
  static boolean contains(TypeRef type, ScalarKind kind) {
    if (type instanceof TypeRef.Scalar scalar) {
      return scalar.kind() == kind;
    }
    if (type instanceof TypeRef.ArrayOf array) {
      return contains(array.items(), kind);
    }
    return type instanceof TypeRef.MapOf map && contains(map.values(), kind);
  }
}
