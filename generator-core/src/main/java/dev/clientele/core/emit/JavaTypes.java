package dev.clientele.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.Nesting;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.TypeRef.ScalarKind;
import dev.clientele.core.model.UnionSchema;
import dev.clientele.core.naming.Singular;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java type of every model type: one class name per schema definition, and the standard library
 * types for the rest. A component is a top-level class, unique in its package (ignoring case, for
 * case-insensitive file systems); an inline schema declared in another one nests in its owner's
 * type, named after the property that holds it ({@code Charge.Outcome}, an array's item in the
 * singular: {@code Charge.Refund}), unique among the types nested there.
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

  /**
   * The longest binary name of a nested type below its package ({@code Charge$Outcome$Rule}): its
   * class file is named so, and most file systems refuse names over 255 bytes. A type that would
   * nest deeper becomes top-level.
   */
  static final int MAX_NESTED_BINARY_NAME = 180;

  /** How deep types nest in each other at most; a guard, as the binary name's length comes first. */
  private static final int MAX_NESTING_DEPTH = 32;

  /**
   * Names of types a record's or an interface's header uses by simple name (component types and
   * annotations): there, a type nested in it of the same name would win, so a nested type does not
   * take them. Like java.lang names, they get a {@code Model} suffix.
   */
  static final Set<String> HEADER_NAMES =
      Set.of("Map", "List", "Nullable", "JsonProperty", "JsonInclude", "JsonFormat", "JsonAnySetter",
          "JsonAnyGetter", "JsonDeserialize", "JsonCreator", "JsonValue", "Generated", "BigDecimal", "BigInteger",
          "LocalDate", "OffsetDateTime", "UUID", "URI");

  private final String modelPackage;
  private final Jackson jackson;
  private final Map<String, ClassName> classNames = new HashMap<>();
  private final Map<ClassName, SchemaDefinition> definitionsByClass = new HashMap<>();
  private final Map<String, SchemaDefinition> definitions = new HashMap<>();
  private final Map<String, Nesting> nesting = new HashMap<>();
  private final Map<String, List<String>> nestedIn = new HashMap<>();
  private final Map<String, NameScope> nestedScopes = new HashMap<>();
  private final Map<String, List<com.palantir.javapoet.TypeSpec>> nestedTypes = new HashMap<>();
  private final NameScope packageScope = NameScope.forTypes().reserve("package-info");
  private final Set<String> parameterTypes = new java.util.LinkedHashSet<>();
  private final Map<String, com.palantir.javapoet.TypeSpec> parameterTypeSpecs = new HashMap<>();
  /** Parameter types that several operations of one group share, and those placed in each interface. */
  private final Set<String> sharedParameterTypes = new HashSet<>();
  private final Map<ClassName, List<String>> interfaceParameterTypes = new HashMap<>();
  // Indexes for ownerScope, which runs once per owner: scanning every definition or nesting there
  // made naming quadratic (a third of Stripe's generation time).
  private final Map<String, List<String>> unionsOfVariant = new HashMap<>();
  private final Map<String, List<String>> nestingsOfOwner = new HashMap<>();
  private final Set<String> unnestedUnions = new HashSet<>();

  JavaTypes(ApiModel model, String modelPackage) {
    this(model, modelPackage, Jackson.V2);
  }

  /** @param jackson the Jackson major whose databind types the models use */
  JavaTypes(ApiModel model, String modelPackage, Jackson jackson) {
    this.modelPackage = modelPackage;
    this.jackson = jackson;
    for (SchemaDefinition definition : model.schemas()) {
      definitions.put(definition.name(), definition);
    }
    model.nesting().forEach((name, place) -> {
      if (definitions.containsKey(name) && definitions.get(place.owner()) instanceof ObjectSchema
          || definitions.containsKey(name) && definitions.get(place.owner()) instanceof UnionSchema) {
        nesting.put(name, place);
      }
    });
    for (SchemaDefinition definition : definitions.values()) {
      if (definition instanceof UnionSchema union) {
        union.variants().forEach(variant -> unionsOfVariant.computeIfAbsent(variant, key -> new ArrayList<>()).add(union.name()));
      }
    }
    nesting.forEach((name, place) -> nestingsOfOwner.computeIfAbsent(place.owner(), key -> new ArrayList<>()).add(name));
    unnestedUnions.addAll(unionsOnHeaderCycles());
    ParameterTypes.Found found = ParameterTypes.of(model, nesting);
    parameterTypes.addAll(found.names());
    sharedParameterTypes.addAll(found.shared());
    for (SchemaDefinition definition : model.schemas()) {
      if (!nesting.containsKey(definition.name()) && !parameterTypes.contains(definition.name())) {
        assign(definition.name(), topLevel(definition.name()));
      }
    }
    for (SchemaDefinition definition : model.schemas()) {
      // A parameter's type, and what nests in it, are named once a params record takes it.
      if (!parameterTypes.contains(rootOf(definition.name()))) {
        nested(definition.name(), 0);
      }
    }
  }

  /** The name of the definition that {@code name} is declared in at the top (its own when it does not nest). */
  private String rootOf(String name) {
    return rootOf(name, Set.of());
  }

  /** Names the definitions nested in a parameter's type (or in those), now that it has its class. */
  private void placeNestedIn(String owner) {
    for (String name : nestingsOfOwner.getOrDefault(owner, List.of())) {
      if (nesting.containsKey(name) && !classNames.containsKey(name)) {
        nested(name, 0);
        placeNestedIn(name);
      }
    }
  }

  /** The Jackson major generated code is written for: its databind types and method names. */
  Jackson jackson() {
    return jackson;
  }


  /**
   * Whether {@code name} is a type declared inline in one operation's parameter and used nowhere
   * else, still waiting for its place in that operation's params record.
   */
  boolean awaitsParameterPlace(String name) {
    return parameterTypes.contains(name) && !classNames.containsKey(name);
  }

  /** Places a parameter's own type in the params record that holds the parameter. */
  void placeParameterType(String name, ClassName className) {
    assign(name, className);
    placeNestedIn(name);
  }

  /** Whether a parameter's type is shared by operations of one group, and so nests in their interface. */
  boolean isSharedParameterType(String name) {
    return sharedParameterTypes.contains(name);
  }

  /** Places a parameter type that operations of one group share in their interface. */
  void placeSharedParameterType(String name, ClassName className) {
    placeParameterType(name, className);
    interfaceParameterTypes.computeIfAbsent(className.enclosingClassName(), key -> new ArrayList<>()).add(name);
  }

  /** The parameter types that nest in an interface, in the order they were placed. */
  List<String> interfaceParameterTypes(ClassName api) {
    return interfaceParameterTypes.getOrDefault(api, List.of());
  }

  /** Makes the parameter types no params record took (an {@code Authorization} header's) top-level. */
  void placeRemainingParameterTypes() {
    for (String name : parameterTypes) {
      if (!classNames.containsKey(name)) {
        assign(name, topLevel(name));
        placeNestedIn(name);
      }
    }
  }

  /** Keeps the emitted type of a parameter's type for the params record it nests in. */
  void addParameterTypeSpec(String name, com.palantir.javapoet.TypeSpec type) {
    parameterTypeSpecs.put(name, type);
  }

  /** The emitted type of a parameter's type that nests in a params record, or null. */
  com.palantir.javapoet.TypeSpec parameterTypeSpec(String name) {
    return parameterTypeSpecs.get(name);
  }

  /** Whether the type of definition {@code name} nests in a params record rather than in the model package. */
  boolean nestsInParams(String name) {
    return parameterTypes.contains(name) && classNames.get(name).enclosingClassName() != null;
  }

  private ClassName topLevel(String name) {
    String candidate = JavaNames.typeName(withoutRepeatedRun(name));
    if (needsSuffix(candidate)) {
      candidate = candidate + "Model";
    }
    return ClassName.get(modelPackage, packageScope.allocate(candidate));
  }

  /**
   * A name without a run of two or more words it repeats right away: Stripe's {@code
   * treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details}
   * says its last four words once.
   */
  static String withoutRepeatedRun(String name) {
    List<String> words = JavaNames.words(name);
    for (int length = words.size() / 2; length >= 2; length--) {
      for (int start = 0; start + 2 * length <= words.size(); start++) {
        if (words.subList(start, start + length).equals(words.subList(start + length, start + 2 * length))) {
          List<String> shorter = new ArrayList<>(words.subList(0, start + length));
          shorter.addAll(words.subList(start + 2 * length, words.size()));
          return withoutRepeatedRun(String.join(" ", shorter));
        }
      }
    }
    return name;
  }

  /** The class of a definition, its owner's first when it nests. */
  private ClassName nested(String name, int depth) {
    ClassName known = classNames.get(name);
    if (known != null) {
      return known;
    }
    Nesting place = nesting.get(name);
    if (depth > MAX_NESTING_DEPTH) {
      nesting.remove(name);
      ClassName className = topLevel(name);
      assign(name, className);
      return className;
    }
    if (unnestedUnions.contains(name)) {
      // A class that implements an interface nested in another class needs that class's header
      // first; Stripe's Transfer and Charge would each need the other's (and Payout is an
      // alternative of its own original_payout). Such a union is top-level.
      nesting.remove(name);
      ClassName className = topLevel(name);
      assign(name, className);
      return className;
    }
    ClassName owner = nested(place.owner(), depth + 1);
    String candidate = localTypeName(place.localName());
    if (needsSuffix(candidate) || HEADER_NAMES.contains(candidate)) {
      candidate = candidate + "Model";
    }
    String ownerBinary = owner.reflectionName().substring(owner.packageName().length() + 1);
    ClassName className;
    if (ownerBinary.length() + 1 + candidate.length() > MAX_NESTED_BINARY_NAME) {
      nesting.remove(name);
      className = topLevel(name);
    } else {
      NameScope scope = nestedScopes.computeIfAbsent(place.owner(), key -> ownerScope(key, owner));
      className = owner.nestedClass(scope.allocate(candidate));
      nestedIn.computeIfAbsent(place.owner(), key -> new ArrayList<>()).add(name);
    }
    assign(name, className);
    return className;
  }


  /**
   * The unions nested in another type that must be top-level instead: those whose variants,
   * declared in other top-level types, would make two top-level types each need the other's header
   * (a variant's top-level type needs that of the type its union nests in). A union of Stripe's
   * payment method options nests in {@code PaymentIntent.PaymentMethodOptions}, while Charge's and
   * Transfer's unions of each other cannot nest in them.
   */
  private Set<String> unionsOnHeaderCycles() {
    Set<String> unnested = new HashSet<>();
    while (true) {
      Map<String, Set<String>> needs = new HashMap<>();
      for (SchemaDefinition definition : definitions.values()) {
        if (definition instanceof UnionSchema union && !unnested.contains(union.name())) {
          String unionRoot = rootOf(union.name(), unnested);
          for (String variant : union.variants()) {
            String variantRoot = rootOf(variant, unnested);
            if (!variantRoot.equals(unionRoot)) {
              needs.computeIfAbsent(variantRoot, key -> new java.util.TreeSet<>()).add(unionRoot);
            }
          }
        }
      }
      Map<String, Integer> cycles = HeaderCycles.onCycles(needs);
      Set<String> more = new java.util.TreeSet<>();
      for (SchemaDefinition definition : definitions.values()) {
        if (definition instanceof UnionSchema union && nesting.containsKey(union.name()) && !unnested.contains(union.name())) {
          // Only a union whose own need closes a cycle: its variants' types and its owner's need each other.
          Integer cycle = cycles.get(rootOf(union.name(), unnested));
          if (cycle != null && union.variants().stream()
              .anyMatch(variant -> !isInside(variant, union.name()) && cycle.equals(cycles.get(rootOf(variant, unnested))))) {
            more.add(union.name());
          }
        }
      }
      if (more.isEmpty()) {
        return unnested;
      }
      unnested.addAll(more);
    }
  }

  /** The top-level definition {@code name} is declared in, when the unions in {@code unnested} are top-level. */
  private String rootOf(String name, Set<String> unnested) {
    String root = name;
    Set<String> seen = new HashSet<>();
    while (nesting.containsKey(root) && !unnested.contains(root) && seen.add(root)) {
      root = nesting.get(root).owner();
    }
    return root;
  }

  private boolean isInside(String name, String ancestor) {
    return isInside(name, ancestor, nesting);
  }

  /** Whether definition {@code name} is declared inside {@code ancestor}, at any depth, by {@code nesting}. */
  static boolean isInside(String name, String ancestor, Map<String, Nesting> nesting) {
    Set<String> seen = new HashSet<>();
    for (Nesting place = nesting.get(name); place != null && seen.add(place.owner()); place = nesting.get(place.owner())) {
      if (place.owner().equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /** The simple name of the top-level type a definition is in (its own when it is top-level). */
  private String rootName(String name) {
    return candidateName(rootOf(name));
  }

  /**
   * The names a type nested in {@code owner} must not take: those of the types enclosing it, those
   * the emitters nest there themselves, and for a union the names its variants use, since they
   * inherit its nested types, which would hide those of the same simple name in their bodies.
   */
  private NameScope ownerScope(String ownerName, ClassName owner) {
    NameScope scope = NameScope.forTypes();
    owner.simpleNames().forEach(scope::reserve);
    scope.reserve("Builder", "RecordBuilder", "Unknown", "Deserializer", "Known");
    Set<String> used = new HashSet<>();
    SchemaDefinition definition = definitions.get(ownerName);
    if (definition instanceof UnionSchema union) {
      namesUsedByVariants(union, used, new HashSet<>(), ownerName);
    } else if (definition instanceof ObjectSchema object) {
      // A record's header names its components' types and the unions it implements by simple name,
      // and there a nested type of the same name would win.
      object.properties().forEach(property -> candidateNames(property.type(), used, ownerName));
      candidateNames(object.additionalProperties(), used, ownerName);
      for (String union : unionsOfVariant.getOrDefault(ownerName, List.of())) {
        used.add(candidateName(union));
        used.add(rootName(union));
      }
    }
    used.forEach(scope::reserve);
    return scope;
  }

  private void namesUsedByVariants(UnionSchema union, Set<String> into, Set<String> visited, String owner) {
    if (!visited.add(union.name())) {
      return;
    }
    for (String variant : union.variants()) {
      SchemaDefinition definition = definitions.get(variant);
      if (definition instanceof ObjectSchema object) {
        namesUsedBy(object, into, new HashSet<>(), owner);
      } else if (definition instanceof UnionSchema inner) {
        if (!isNestedIn(inner.name(), owner)) {
          into.add(candidateName(inner.name()));
        }
        namesUsedByVariants(inner, into, visited, owner);
      }
    }
    union.valueVariants().forEach(value -> candidateNames(value.type(), into, owner));
  }

  /** The (candidate) simple names a record and the types nested in it use. */
  private void namesUsedBy(ObjectSchema object, Set<String> into, Set<String> visited, String owner) {
    if (!visited.add(object.name())) {
      return;
    }
    if (!isNestedIn(object.name(), owner)) {
      into.add(candidateName(object.name()));
    }
    object.properties().forEach(property -> candidateNames(property.type(), into, owner));
    candidateNames(object.additionalProperties(), into, owner);
    for (String name : nestingsOfOwner.getOrDefault(object.name(), List.of())) {
      if (isNestedIn(name, object.name()) && definitions.get(name) instanceof ObjectSchema inner) {
        namesUsedBy(inner, into, visited, owner);
      }
    }
  }

  private boolean isNestedIn(String name, String owner) {
    Nesting place = nesting.get(name);
    return place != null && place.owner().equals(owner);
  }

  /** The simple names a type uses, but those of types nested in {@code owner}, which are named there. */
  private void candidateNames(TypeRef type, Set<String> into, String owner) {
    if (type instanceof TypeRef.ArrayOf array) {
      candidateNames(array.items(), into, owner);
    } else if (type instanceof TypeRef.MapOf map) {
      candidateNames(map.values(), into, owner);
    } else if (type instanceof TypeRef.Named named && definitions.containsKey(named.name())) {
      if (!isNestedIn(named.name(), owner)) {
        into.add(candidateName(named.name()));
        into.add(rootName(named.name()));
      }
    } else {
      simpleNames(of(type), into);
    }
  }

  /** A definition's simple name if it has one already, else the one it will most likely get. */
  private String candidateName(String name) {
    ClassName known = classNames.get(name);
    if (known != null) {
      return known.simpleName();
    }
    Nesting place = nesting.get(name);
    return place == null ? JavaNames.typeName(name) : localTypeName(place.localName());
  }

  /**
   * A nested type's simple name from its local name: {@code outcome} → {@code Outcome}; an array
   * property's item in the singular ({@code refunds item} → {@code Refund}), or with {@code Item}
   * when the property's name has no sure singular ({@code data item} → {@code DataItem}).
   */
  static String localTypeName(String localName) {
    return JavaNames.typeName(Singular.itemName(localName));
  }

  /** Adds a type to those nested in {@code owner}'s, which its emitter takes in. */
  void addNestedType(String owner, com.palantir.javapoet.TypeSpec type) {
    nestedTypes.computeIfAbsent(owner, key -> new ArrayList<>()).add(type);
  }

  /**
   * Makes the type of definition {@code name} fit where it sits: static when it nests in another
   * (records, enums and interfaces are anyway; the enums' final classes are not), with the types
   * emitted so far that nest in it.
   */
  void nest(String name, com.palantir.javapoet.TypeSpec.Builder type) {
    if (nesting.containsKey(name) || nestsInParams(name)) {
      type.addModifiers(javax.lang.model.element.Modifier.STATIC);
    }
    nestedTypes.getOrDefault(name, List.of()).forEach(type::addType);
  }

  /** The definitions nested directly in {@code owner}, in model order. */
  List<String> nestedIn(String owner) {
    return nestedIn.getOrDefault(owner, List.of());
  }

  /**
   * Whether a type named {@code simpleName} nests in a union that definition {@code name} is a
   * variant of, directly or through unions that are variants themselves: the definition's class
   * inherits that member type, so where it writes {@code simpleName} alone it gets that type rather
   * than an imported one of the name, and JavaPoet, which sees only the file's own types, cannot tell.
   */
  boolean inheritsNestedType(String name, String simpleName) {
    Set<String> seen = new HashSet<>();
    List<String> pending = new ArrayList<>(unionsOfVariant.getOrDefault(name, List.of()));
    while (!pending.isEmpty()) {
      String union = pending.remove(pending.size() - 1);
      if (seen.add(union)) {
        ClassName unionClass = classNames.get(union);
        if (unionClass != null && definitionsByClass.containsKey(unionClass.nestedClass(simpleName))) {
          return true;
        }
        pending.addAll(unionsOfVariant.getOrDefault(union, List.of()));
      }
    }
    return false;
  }

  /** The definition {@code name} nests in, if it nests. */
  java.util.Optional<String> ownerOf(String name) {
    return java.util.Optional.ofNullable(nesting.get(name)).map(Nesting::owner);
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

  /** The definition whose generated class is {@code className}, or null when none is. */
  SchemaDefinition definitionOf(ClassName className) {
    return definitionsByClass.get(className);
  }

  /** Gives definition {@code name} its class, and the class its definition. */
  private void assign(String name, ClassName className) {
    classNames.put(name, className);
    SchemaDefinition definition = definitions.get(name);
    if (definition != null) {
      definitionsByClass.put(className, definition);
    }
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
