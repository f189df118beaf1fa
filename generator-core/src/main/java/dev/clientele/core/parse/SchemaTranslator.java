package dev.clientele.core.parse;

import dev.clientele.core.model.EnumSchema;
import dev.clientele.core.model.Nesting;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Property;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.TypeRef.ScalarKind;
import dev.clientele.core.model.UnionSchema;
import dev.clientele.core.model.UnionSchema.Discriminator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Translates swagger-parser schemas into model types. Schemas that become Java types of their own
 * (objects with properties, string enums, unions of objects) are registered as {@link
 * SchemaDefinition}s and referred to by name; everything else becomes a structural {@link TypeRef}.
 *
 * <p>One notion of nullable covers every idiom: 3.0 {@code nullable: true}, a 3.1 type array with
 * {@code 'null'}, a {@code oneOf}/{@code anyOf} member {@code {type: 'null'}}, {@code type: 'null'},
 * and {@code null} among enum values.
 */
final class SchemaTranslator {

  private static final String COMPONENTS = "#/components/schemas/";

  /**
   * The most values an enum class gets constants for. Its {@code of} method switches over every
   * value, and javac refuses a method over 64 KB ("code too large"), at about 2,000 string cases.
   * The largest real enum we know, Stripe's time zones, has 598 values.
   */
  static final int MAX_ENUM_CONSTANTS = 1_000;

  /**
   * How deep schemas may nest, counting properties, items, map values, allOf/oneOf/anyOf members
   * and the $refs followed from one to the next. Translation recurses once per level, so a deeper
   * (hostile) spec would overflow the stack; and every level's inline type is named after the
   * levels above it. The deepest real spec we know, Stripe's, reaches 38; Cloudflare's inline
   * schemas nest 11 levels.
   */
  static final int MAX_DEPTH = 128;

  /** The longest rest of a component's name that makes it a part of another (Stripe's longest is 35). */
  private static final int MAX_PART_NAME = 40;

  private final Map<String, Schema<?>> components;
  private final Problems problems;
  private final Map<String, SchemaDefinition> definitions = new LinkedHashMap<>();
  private final Set<String> takenNames = new HashSet<>();
  private final Map<String, TypeInfo> componentTypes = new HashMap<>();
  private final Set<String> componentsInProgress = new HashSet<>();
  private Map<Schema<?>, TypeInfo> inlineTypes = new IdentityHashMap<>();
  /** Unions of named schemas and plain values, by {@link #sharedShape}: one type for each. */
  private final Map<String, TypeInfo> sharedUnions = new HashMap<>();
  private final Map<String, List<String>> childrenOfParent = new LinkedHashMap<>();
  private final JsonNode document;
  /** The schemas being translated that inline schemas nest in; a frame without a name is top level. */
  private final Deque<Owner> owners = new ArrayDeque<>();
  private final Map<String, Nesting> nesting = new LinkedHashMap<>();
  private int depth;
  private boolean reportedTooDeep;

  SchemaTranslator(Map<String, Schema<?>> components, JsonNode document, Problems problems) {
    this.components = components;
    // Pointers name places in an OpenAPI 3 document; a converted Swagger 2.0 one is laid out otherwise.
    this.document = document.has("openapi") ? document : MissingNode.getInstance();
    this.problems = problems;
    takenNames.addAll(components.keySet());
    // Components keep their document order, whichever of them is translated first.
    components.keySet().forEach(name -> definitions.put(name, null));
    findAllOfChildren();
  }

  /** Translates every component schema, in document order. */
  void translateComponents() {
    for (String name : components.keySet()) {
      componentType(name);
    }
  }

  /**
   * Where each inline definition was declared, for those declared inside another definition (an
   * object's property, a union's member), whose type they then nest in; definitions removed again
   * are left out.
   */
  Map<String, Nesting> nesting() {
    Map<String, Nesting> result = new LinkedHashMap<>();
    nesting.forEach((name, place) -> {
      if (definitions.get(name) != null && definitions.get(place.owner()) != null) {
        result.put(name, place);
      }
    });
    componentParts().forEach(result::putIfAbsent);
    return result;
  }

  /**
   * Components that are a part of another: referred to from inside one other component only
   * and named as its part: their name begins with the owner's ({@code charge_outcome}, used by
   * {@code charge} alone, is {@code Charge.Outcome}; Stripe names hundreds of its schemas so), or is
   * a path too long for a name. They nest in it as an inline schema would, named by the rest of
   * their name, or by the property that holds them. Left top-level: what anything else refers to
   * (an operation, a second component), the variants and parents of unions and allOf hierarchies,
   * and parts whose local name is long.
   */
  private Map<String, Nesting> componentParts() {
    JsonNode schemas = document.path("components").path("schemas");
    if (!schemas.isObject()) {
      return Map.of();
    }
    Map<String, Map<String, String>> referrers = new HashMap<>();
    String outside = "";
    collectReferrers(document, outside, schemas, referrers);
    for (String name : components.keySet()) {
      collectReferrers(schemas.path(name), name, null, referrers);
    }
    Set<String> unionMembers = new HashSet<>();
    for (SchemaDefinition definition : definitions.values()) {
      if (definition instanceof UnionSchema union) {
        unionMembers.addAll(union.variants());
      }
    }
    childrenOfParent.forEach((parent, children) -> {
      unionMembers.add(parent);
      unionMembers.addAll(children);
    });
    Map<String, Nesting> parts = new LinkedHashMap<>();
    for (String name : components.keySet()) {
      Map<String, String> from = referrers.getOrDefault(name, Map.of());
      if (from.size() != 1 || unionMembers.contains(name)) {
        continue;
      }
      String owner = from.keySet().iterator().next();
      SchemaDefinition part = definitions.get(name);
      SchemaDefinition whole = definitions.get(owner);
      if (owner.equals(outside) || owner.equals(name) || !(part instanceof ObjectSchema || part instanceof EnumSchema)
          || !(whole instanceof ObjectSchema || whole instanceof UnionSchema)) {
        continue;
      }
      List<String> partWords = words(name);
      List<String> wholeWords = words(owner);
      // Only a part named as one: a component with a name of its own (Close's CallStatus, used by
      // one schema) is a type in its own right, and the author named it so. A name longer than any
      // a person gives a type is a path, though (Stripe's
      // treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows, the
      // linked_flows of treasury.inbound_transfer): then the property that holds it names it.
      String localName;
      if (partWords.size() > wholeWords.size() && partWords.subList(0, wholeWords.size()).equals(wholeWords)) {
        localName = String.join(" ", partWords.subList(wholeWords.size(), partWords.size()));
      } else if (String.join("", partWords).length() > MAX_PART_NAME
          || partWords.size() >= 3 && OperationNames.singular(partWords.get(0)).equals(OperationNames.singular(wholeWords.get(0)))) {
        // A path of a name, or one spelled from its owner's family (Stripe's
        // subscriptions_resource_payment_settings, the payment_settings of a subscription):
        // the property that holds it names it.
        localName = from.get(owner);
      } else {
        continue;
      }
      if (localName.replace(" ", "").length() > MAX_PART_NAME) {
        // The rest of a long name is a path too (terminal_configuration_configuration_resource_device_type_specific_config).
        localName = from.get(owner);
      }
      if (!localName.isBlank() && localName.replace(" ", "").length() <= MAX_PART_NAME) {
        parts.put(name, new Nesting(owner, localName));
      }
    }
    return parts;
  }

  /** A schema name's words, lower case: {@code charge_outcome} and {@code ChargeOutcome} are {@code charge, outcome}. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String part : name.split("[^A-Za-z0-9]+")) {
      for (String word : part.split("(?<=[a-z0-9])(?=[A-Z])")) {
        if (!word.isEmpty()) {
          words.add(word.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return words;
  }

  /** A node still to visit, and the property whose value it is part of ("" for none). */
  private record Visit(JsonNode node, String property, boolean propertyMap) {}

  /**
   * Adds, for each {@code $ref} to a component below {@code node}, that {@code context} refers to
   * it, and under which property (the first in document order; "" when none holds it; {@code
   * lines item} for an array's item); {@code skip} (the component schemas, seen one by one) is not
   * entered. Iterative: a document may nest deeper than the stack goes.
   */
  private static void collectReferrers(
      JsonNode node, String context, JsonNode skip, Map<String, Map<String, String>> referrers) {
    Deque<Visit> pending = new ArrayDeque<>();
    pending.push(new Visit(node, "", false));
    while (!pending.isEmpty()) {
      Visit visit = pending.pop();
      JsonNode current = visit.node();
      if (current == skip) {
        continue;
      }
      JsonNode ref = current.path("$ref");
      if (ref.isTextual() && ref.asText().startsWith(COMPONENTS)) {
        String target = JsonPointers.unescape(ref.asText().substring(COMPONENTS.length()).split("/", -1)[0]);
        referrers.computeIfAbsent(target, key -> new LinkedHashMap<>()).putIfAbsent(context, visit.property());
      }
      if (current.isObject()) {
        // Pushed last first, so that references are seen in document order.
        List<String> keys = new ArrayList<>();
        current.fieldNames().forEachRemaining(keys::add);
        for (int i = keys.size() - 1; i >= 0; i--) {
          String key = keys.get(i);
          String property = visit.propertyMap() ? key
              : key.equals("items") && !visit.property().isEmpty() ? visit.property() + " item" : visit.property();
          pending.push(new Visit(current.get(key), property, !visit.propertyMap() && key.equals("properties")));
        }
      } else if (current.isArray()) {
        for (int i = current.size() - 1; i >= 0; i--) {
          pending.push(new Visit(current.get(i), visit.property(), false));
        }
      }
    }
  }




  /**
   * A schema whose inline schemas nest in it: its definition name and the name hint its inline
   * schemas' hints begin with; both null for the top level (a component that is not an object or
   * union, an operation's body).
   */
  private record Owner(String name, String hint) {
    static final Owner TOP_LEVEL = new Owner(null, null);
  }

  /** Every definition registered so far, components and inline schemas, in registration order. */
  List<SchemaDefinition> definitions() {
    return definitions.values().stream().filter(Objects::nonNull).toList();
  }

  /**
   * The type of a schema found at {@code pointer}; {@code nameHint} names it if it needs a Java type
   * of its own (e.g. {@code Lead addresses item}).
   */
  TypeInfo typeOf(Schema<?> schema, String nameHint, String pointer) {
    if (schema == null) {
      return TypeInfo.of(TypeRef.any());
    }
    if (schema.get$ref() != null) {
      return refType(schema, pointer);
    }
    TypeInfo known = inlineTypes.get(schema);
    if (known != null) {
      return known;
    }
    TypeInfo info = translate(schema, null, nameHint, pointer);
    inlineTypes.put(schema, info);
    return info;
  }

  /**
   * Like {@link #typeOf}, but inline schemas are not shared with other places: swagger-parser hands
   * out one object for equal inline schemas, and an operation's inline parameter enum must not
   * be typed, and named, by the first operation that had an equal one.
   */
  TypeInfo typeOfUnshared(Schema<?> schema, String nameHint, String pointer) {
    Map<Schema<?>, TypeInfo> shared = inlineTypes;
    inlineTypes = new IdentityHashMap<>();
    try {
      return typeOf(schema, nameHint, pointer);
    } finally {
      inlineTypes = shared;
    }
  }

  private TypeInfo refType(Schema<?> schema, String pointer) {
    String ref = schema.get$ref();
    boolean nullable = Boolean.TRUE.equals(schema.getNullable()) || typesOf(schema).contains("null");
    if (!ref.startsWith(COMPONENTS)) {
      problems.warning(
          "unsupported-ref",
          pointer,
          "the reference '" + ref + "' does not point into #/components/schemas; typed as Object",
          "move the schema under components/schemas");
      return new TypeInfo(TypeRef.any(), nullable, Optional.empty());
    }
    String[] segments = ref.substring(COMPONENTS.length()).split("/", -1);
    String name = JsonPointers.unescape(segments[0]);
    if (!components.containsKey(name)) {
      problems.error("unresolved-ref", pointer, "'" + ref + "' points to no schema", "define the schema or fix the reference");
      return TypeInfo.of(TypeRef.any());
    }
    if (segments.length == 1) {
      return componentType(name).orNullable(nullable);
    }
    return nestedType(name, segments, ref, pointer).orNullable(nullable);
  }

  /**
   * The type of a schema inside a component ({@code #/components/schemas/Disk/properties/filesystem}):
   * the very schema object the component holds, so both places get the same Java type.
   */
  private TypeInfo nestedType(String component, String[] segments, String ref, String pointer) {
    // Translated first, so that the schema nests in the component that declares it, not here.
    componentType(component);
    Schema<?> target = components.get(component);
    StringBuilder hint = new StringBuilder(component);
    for (int i = 1; i < segments.length && target != null; i++) {
      String segment = segments[i];
      boolean hasNext = i + 1 < segments.length;
      if (segment.equals("properties") && hasNext) {
        String property = JsonPointers.unescape(segments[++i]);
        target = properties(target) == null ? null : properties(target).get(property);
        hint.append(' ').append(property);
      } else if (segment.equals("items")) {
        target = target.getItems();
        hint.append(" item");
      } else if (segment.equals("additionalProperties")) {
        target = additionalPropertiesSchema(target);
        hint.append(" value");
      } else if ((segment.equals("allOf") || segment.equals("oneOf") || segment.equals("anyOf")) && hasNext) {
        List<Schema<?>> parts = segment.equals("allOf") ? allOf(target) : segment.equals("oneOf") ? oneOf(target) : anyOf(target);
        int index = parseIndex(segments[++i]);
        target = parts == null || index < 0 || index >= parts.size() ? null : parts.get(index);
        hint.append(" option ").append(index + 1);
      } else {
        target = null;
      }
    }
    if (target == null) {
      problems.error("unresolved-ref", pointer, "'" + ref + "' points to no schema", "define the schema or fix the reference");
      return TypeInfo.of(TypeRef.any());
    }
    if (target.get$ref() != null) {
      return refType(target, ref);
    }
    owners.push(Owner.TOP_LEVEL);
    try {
      return typeOf(target, hint.toString(), ref);
    } finally {
      owners.pop();
    }
  }

  private static int parseIndex(String segment) {
    try {
      return Integer.parseInt(segment);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The type of the one schema a schema wraps ({@code anyOf: [X, {type: 'null'}]}, {@code allOf:
   * [X]}). A component that wraps an inline schema is that schema, named as the component: OpenAI's
   * nullable {@code ServiceTier} enum is {@code ServiceTier}, not {@code ServiceTier2} beside no
   * {@code ServiceTier} (the component's name is taken before its members are translated).
   */
  private TypeInfo wrapped(Schema<?> member, String componentName, String nameHint, String pointer) {
    if (componentName == null || member.get$ref() != null || inlineTypes.containsKey(member)) {
      return typeOf(member, nameHint, pointer);
    }
    TypeInfo info = translate(member, componentName, nameHint, pointer);
    inlineTypes.put(member, info);
    return info;
  }

  private TypeInfo componentType(String name) {
    TypeInfo known = componentTypes.get(name);
    if (known != null) {
      return known;
    }
    Schema<?> schema = components.get(name);
    if (!componentsInProgress.add(name)) {
      // A schema that refers to itself while being translated: only a named type can do that.
      return TypeInfo.of(TypeRef.named(name))
          .orNullable(Boolean.TRUE.equals(schema.getNullable()) || typesOf(schema).contains("null"));
    }
    owners.push(Owner.TOP_LEVEL);
    TypeInfo info;
    try {
      info = translate(schema, name, name, COMPONENTS + JsonPointers.escape(name));
    } finally {
      owners.pop();
    }
    componentsInProgress.remove(name);
    componentTypes.put(name, info);
    return info;
  }

  /**
   * Translates a schema that is not a {@code $ref}. {@code componentName} is the schema's own name
   * when it is a component, null when it is inline.
   */
  private TypeInfo translate(Schema<?> schema, String componentName, String nameHint, String pointer) {
    if (schema.getExtensions() != null && Boolean.TRUE.equals(schema.getExtensions().get(DeclaredTypes.ANY_VALUE))) {
      return new TypeInfo(TypeRef.any(), Boolean.TRUE.equals(schema.getNullable()), Optional.empty());
    }
    if (depth >= MAX_DEPTH) {
      if (!reportedTooDeep) {
        reportedTooDeep = true;
        problems.error(
            "schema-too-deep",
            pointer,
            "schemas nest more than " + MAX_DEPTH + " levels deep here (through properties, items, "
                + "additionalProperties, allOf/oneOf/anyOf or $refs); Clientele follows at most " + MAX_DEPTH,
            "flatten the nesting: give inner schemas names under components/schemas");
      }
      return TypeInfo.of(TypeRef.any());
    }
    depth++;
    try {
      return translateSchema(schema, componentName, nameHint, pointer);
    } finally {
      depth--;
    }
  }

  private TypeInfo translateSchema(Schema<?> schema, String componentName, String nameHint, String pointer) {
    Set<String> types = typesOf(schema);
    if (schema instanceof MapSchema) {
      // swagger-parser turns any schema with additionalProperties into an object schema, even
      // {type: string, additionalProperties: true} (GitHub's hook payloads): the document decides.
      JsonNode declared = document.at(pointer.startsWith("#") ? JsonPointers.decodeFragment(pointer.substring(1)) : "").path("type");
      if (declared.isTextual() && !declared.asText().equals("object")) {
        types = new LinkedHashSet<>(Set.of(declared.asText()));
      }
    }
    boolean nullable = Boolean.TRUE.equals(schema.getNullable()) || types.remove("null");
    Optional<String> constValue = constValue(schema);

    List<Schema<?>> alternatives = oneOf(schema) != null ? oneOf(schema) : anyOf(schema);
    if (alternatives != null && !alternatives.isEmpty() && isEmpty(properties(schema))) {
      String keyword = oneOf(schema) != null ? "oneOf" : "anyOf";
      List<Schema<?>> members = new ArrayList<>();
      for (Schema<?> member : alternatives) {
        if (isNullSchema(member)) {
          nullable = true;
        } else {
          members.add(member);
        }
      }
      if (members.isEmpty()) {
        return new TypeInfo(TypeRef.any(), true, Optional.empty());
      }
      if (members.size() == 1) {
        int index = indexOfIdentity(alternatives, members.get(0));
        return wrapped(members.get(0), componentName, nameHint, pointer + "/" + keyword + "/" + index).orNullable(nullable);
      }
      Optional<String> shape = componentName == null ? sharedShape(schema, members, keyword) : Optional.empty();
      if (shape.isPresent()) {
        return sharedUnion(schema, members, shape.get(), pointer, keyword).orNullable(nullable);
      }
      return union(schema, members, componentName, nameHint, pointer, keyword).orNullable(nullable);
    }

    if (allOf(schema) != null && !allOf(schema).isEmpty()) {
      List<Schema<?>> typed = allOf(schema).stream().filter(part -> !isAnnotationOnly(part)).toList();
      if (typed.size() == 1
          && isEmpty(properties(schema))
          && schema.getDiscriminator() == null
          && !childrenOfParent.containsKey(componentName)) {
        // allOf: [$ref] (plus parts with only a description or example) is how 3.0 specs annotate a reference.
        Schema<?> only = typed.get(0);
        boolean annotatedNullable = allOf(schema).stream().anyMatch(part -> Boolean.TRUE.equals(part.getNullable()));
        return wrapped(only, componentName, nameHint, pointer + "/allOf/" + indexOfIdentity(allOf(schema), only))
            .orNullable(nullable || annotatedNullable);
      }
      Optional<Schema<?>> scalar = scalarPart(typed);
      if (scalar.isPresent() && isEmpty(properties(schema)) && schema.getDiscriminator() == null) {
        // allOf: [$ref: identifier, {type: string, readOnly: true}] (Cloudflare's ids) narrows one
        // string: it is that string, typed as its referenced part says, not a record of no properties.
        Schema<?> part = scalar.get();
        return typeOf(part, nameHint, pointer + "/allOf/" + indexOfIdentity(allOf(schema), part)).orNullable(nullable);
      }
      return new TypeInfo(object(schema, componentName, nameHint, pointer), nullable, constValue);
    }

    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      if (schema.getEnum().contains(null)) {
        nullable = true;
      }
      Optional<EnumValues> listed = enumValues(schema, types);
      if (listed.isPresent() && listed.get().values().size() > MAX_ENUM_CONSTANTS) {
        problems.warning(
            "large-enum",
            pointer,
            "an enum of " + listed.get().values().size() + " values is more than a Java class can hold as constants ("
                + MAX_ENUM_CONSTANTS + "); typed as its plain value type, without constants",
            "");
        return new TypeInfo(TypeRef.scalar(listed.get().kind()), nullable, constValue);
      }
      if (listed.isPresent()) {
        EnumValues values = listed.get();
        String name = register(componentName, nameHint);
        definitions.put(
            name,
            new EnumSchema(
                name, describe(schema), pointer, isDeprecated(schema), values.kind(), values.values(), values.names()));
        Optional<String> only =
            values.values().size() == 1 && values.kind() == ScalarKind.STRING ? Optional.of(values.values().get(0)) : constValue;
        return new TypeInfo(TypeRef.named(name), nullable, only);
      }
    }

    if (types.size() > 1) {
      return new TypeInfo(severalTypes(schema, types, componentName, nameHint, pointer), nullable, Optional.empty());
    }
    String type = types.isEmpty() ? inferType(schema, constValue) : types.iterator().next();
    return new TypeInfo(typeOfKind(type, schema, componentName, nameHint, pointer), nullable, constValue);
  }

  /** The type of a schema of one JSON type ({@code array}, {@code string}…), as its keywords narrow it. */
  private TypeRef typeOfKind(String type, Schema<?> schema, String componentName, String nameHint, String pointer) {
    return switch (type) {
      case "array" -> new TypeRef.ArrayOf(typeOf(schema.getItems(), nameHint + " item", pointer + "/items").type());
      case "object" -> objectOrMap(schema, componentName, nameHint, pointer);
      case "string" -> TypeRef.scalar(stringKind(schema.getFormat()));
      case "integer" -> TypeRef.scalar(integerKind(schema, pointer));
      case "number" -> TypeRef.scalar(numberKind(schema.getFormat()));
      case "boolean" -> TypeRef.scalar(ScalarKind.BOOLEAN);
      default -> TypeRef.any();
    };
  }

  /**
   * A 3.1 value of several JSON types ({@code type: [string, integer]}): a union with an alternative
   * per type, each narrowed by the schema's other keywords (its {@code format}, {@code items},
   * {@code properties}).
   */
  private TypeRef severalTypes(Schema<?> schema, Set<String> types, String componentName, String nameHint, String pointer) {
    // Registered first: the union, not one of its alternatives, is the type of the schema at this pointer.
    String name = register(componentName, nameHint);
    definitions.put(name, null);
    List<String> variants = new ArrayList<>();
    Map<String, Schema<?>> variantSchemas = new LinkedHashMap<>();
    List<UnionSchema.ValueVariant> values = new ArrayList<>();
    for (String type : types) {
      owners.push(new Owner(name, nameHint));
      TypeRef alternative;
      try {
        alternative = typeOfKind(type, schema, null, nameHint + " " + type, pointer);
      } finally {
        owners.pop();
      }
      if (alternative instanceof TypeRef.Named named && definitions.get(named.name()) instanceof ObjectSchema) {
        variants.add(named.name());
        continue;
      }
      Optional<UnionSchema.JsonKind> kind = UnionSchema.JsonKind.of(alternative, definitions::get);
      if (kind.isEmpty()) {
        problems.warning("mixed-types", pointer, "a value of the types " + types + " is typed as Object", "");
        if (componentName == null) {
          definitions.remove(name);
          takenNames.remove(name);
        }
        return TypeRef.any();
      }
      values.add(new UnionSchema.ValueVariant(alternative, kind.get()));
    }
    definitions.put(
        name, new UnionSchema(name, describe(schema), pointer, isDeprecated(schema), variants, Optional.empty(), List.of(), values));
    return TypeRef.named(name);
  }

  private TypeRef objectOrMap(Schema<?> schema, String componentName, String nameHint, String pointer) {
    if (!isEmpty(properties(schema))) {
      return object(schema, componentName, nameHint, pointer);
    }
    Schema<?> values = additionalPropertiesSchema(schema);
    if (values != null) {
      return new TypeRef.MapOf(typeOf(values, nameHint + " value", pointer + "/additionalProperties").type());
    }
    return new TypeRef.MapOf(TypeRef.any());
  }

  /** An object with declared properties (its own and its allOf parts'): a record, or a sealed parent. */
  private TypeRef object(Schema<?> schema, String componentName, String nameHint, String pointer) {
    String name = register(componentName, nameHint);
    owners.push(new Owner(name, nameHint));
    try {
      return object(schema, componentName, name, nameHint, pointer);
    } finally {
      owners.pop();
    }
  }

  private TypeRef object(Schema<?> schema, String componentName, String name, String nameHint, String pointer) {
    List<Property> properties = new ArrayList<>();
    mergeProperties(schema, nameHint, pointer, properties, new HashSet<>());
    Schema<?> extra = additionalPropertiesSchema(schema);
    TypeRef additional =
        extra == null ? TypeRef.any() : typeOf(extra, nameHint + " value", pointer + "/additionalProperties").type();

    List<String> children = childrenOfParent.get(componentName);
    if (children != null && schema.getDiscriminator() != null) {
      Map<String, Schema<?>> childSchemas = new LinkedHashMap<>();
      children.forEach(child -> childSchemas.put(child, components.get(child)));
      Discriminator discriminator = discriminator(schema, childSchemas, pointer);
      definitions.put(
          name,
          new UnionSchema(
              name,
              describe(schema),
              pointer,
              isDeprecated(schema),
              List.copyOf(new LinkedHashSet<>(discriminator.mapping().values())),
              Optional.of(discriminator),
              ownProperties(schema, nameHint, pointer)));
    } else {
      definitions.put(
          name,
          new ObjectSchema(name, describe(schema), pointer, isDeprecated(schema), properties, additional));
    }
    return TypeRef.named(name);
  }

  private List<Property> ownProperties(Schema<?> schema, String nameHint, String pointer) {
    List<Property> own = new ArrayList<>();
    addProperties(schema, nameHint, pointer, own);
    return own;
  }

  /** Adds the properties of {@code schema} and of its allOf parts; a later part overrides an earlier one. */
  private void mergeProperties(
      Schema<?> schema, String nameHint, String pointer, List<Property> into, Set<String> visited) {
    if (allOf(schema) != null) {
      for (int i = 0; i < allOf(schema).size(); i++) {
        Schema<?> part = allOf(schema).get(i);
        if (part.get$ref() != null && part.get$ref().startsWith(COMPONENTS)) {
          String partName = JsonPointers.unescape(part.get$ref().substring(COMPONENTS.length()));
          Schema<?> target = components.get(partName);
          if (target != null && visited.add(partName)) {
            mergeProperties(target, partName, COMPONENTS + JsonPointers.escape(partName), into, visited);
          }
        } else if (part.get$ref() == null) {
          mergeProperties(part, nameHint, pointer + "/allOf/" + i, into, visited);
        }
      }
    }
    addProperties(schema, nameHint, pointer, into);
  }

  private void addProperties(Schema<?> schema, String nameHint, String pointer, List<Property> into) {
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    Map<String, Schema<?>> declared = properties(schema) == null ? Map.of() : properties(schema);
    for (Map.Entry<String, Schema<?>> entry : declared.entrySet()) {
      String wireName = entry.getKey();
      Schema<?> propertySchema = entry.getValue();
      if (wireName.isEmpty()) {
        // Jackson reads @JsonProperty("") as "use the Java name", so the record would read and
        // write this property as "value"; unmapped, it is kept as sent among the additional ones.
        problems.warning(
            "empty-property-name",
            pointer + "/properties/",
            "a property named \"\" cannot be a record component (Jackson takes an empty name to mean the Java "
                + "name); it is kept in additionalProperties",
            "");
        continue;
      }
      TypeInfo info =
          typeOf(propertySchema, nameHint + " " + wireName, pointer + "/properties/" + JsonPointers.escape(wireName));
      boolean isRequired = required.contains(wireName) || isRequiredElsewhere(into, wireName);
      into.removeIf(existing -> existing.wireName().equals(wireName));
      into.add(
          new Property(
              wireName,
              info.type(),
              isRequired,
              info.nullable(),
              describe(propertySchema),
              isDeprecated(propertySchema),
              info.constValue(),
              Boolean.TRUE.equals(propertySchema.getReadOnly()),
              Boolean.TRUE.equals(propertySchema.getWriteOnly()),
              defaultValue(propertySchema, pointer + "/properties/" + JsonPointers.escape(wireName))));
    }
    // A part may list as required a property that another part declares.
    for (int i = 0; i < into.size(); i++) {
      Property property = into.get(i);
      if (!property.required() && required.contains(property.wireName())) {
        into.set(i, property.asRequired());
      }
    }
  }

  private static boolean isRequiredElsewhere(List<Property> properties, String wireName) {
    return properties.stream().anyMatch(p -> p.wireName().equals(wireName) && p.required());
  }

  /**
   * What an inline union is made of, when it is made of named schemas and plain values only
   * ({@code anyOf: [{type: string}, {$ref: customer}, {$ref: deleted_customer}]}, Stripe's
   * expandable fields): then equal unions are one type, wherever they are declared. Such a union is
   * top-level anyway (its variants are declared elsewhere), and it says nothing of the place it is
   * in. Empty for any other union, for one without a {@code $ref}, and for one whose members' names
   * make a name longer than 40 letters, which each nest in their owner.
   */
  private Optional<String> sharedShape(Schema<?> schema, List<Schema<?>> members, String keyword) {
    if (schema.getDiscriminator() != null || Boolean.TRUE.equals(schema.getDeprecated())) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    boolean anyRef = false;
    for (Schema<?> member : members) {
      if (member.get$ref() != null) {
        if (!isComponentPointer(member.get$ref())) {
          return Optional.empty();
        }
        parts.add("ref " + member.get$ref());
        anyRef = true;
        continue;
      }
      Set<String> types = typesOf(member);
      if (types.size() != 1 || !Set.of("string", "integer", "number", "boolean").contains(types.iterator().next())
          || member.getEnum() != null || member.getConst() != null || member.getItems() != null
          || !isEmpty(properties(member)) || oneOf(member) != null || anyOf(member) != null || allOf(member) != null
          || member.getAdditionalProperties() != null || Boolean.TRUE.equals(member.getNullable())) {
        return Optional.empty();
      }
      parts.add(types.iterator().next() + " " + Objects.requireNonNullElse(member.getFormat(), ""));
    }
    // Without a short name that says what it is, a union is a part of the place that declares it,
    // and nests there.
    boolean named = words(String.join(" ", memberNames(members))).stream().mapToInt(String::length).sum() <= MAX_PART_NAME;
    return anyRef && named ? Optional.of(keyword + ": " + String.join(", ", parts)) : Optional.empty();
  }

  /** Whether a pointer names a schema directly under {@code components/schemas}: a component, named by the spec. */
  static boolean isComponentPointer(String pointer) {
    return pointer.startsWith(COMPONENTS) && pointer.indexOf('/', COMPONENTS.length()) < 0;
  }

  /**
   * A union {@link #sharedShape} allows to share: one top-level type per shape, named after its
   * members ({@code StringOrCustomerOrDeletedCustomer}), not after the first place that declared one.
   */
  private TypeInfo sharedUnion(Schema<?> schema, List<Schema<?>> members, String shape, String pointer, String keyword) {
    TypeInfo known = sharedUnions.get(shape);
    if (known != null) {
      return known;
    }
    String hint = String.join(" or ", memberNames(members));
    TypeInfo info;
    owners.push(Owner.TOP_LEVEL);
    try {
      String own = register(null, hint);
      // A member may hold the same union again (a refund's charge is a charge, whose refunds each
      // have a charge): it is this one, not a second of the same shape.
      sharedUnions.put(shape, TypeInfo.of(TypeRef.named(own)));
      info = unionNamed(own, schema, members, null, hint, pointer, keyword);
    } finally {
      owners.pop();
    }
    sharedUnions.put(shape, info);
    return info;
  }

  /** The names of a shared union's members: their components', or their JSON types. */
  private List<String> memberNames(List<Schema<?>> members) {
    List<String> names = new ArrayList<>();
    for (Schema<?> member : members) {
      if (member.get$ref() != null) {
        names.add(JsonPointers.unescape(member.get$ref().substring(COMPONENTS.length())));
      } else {
        names.add(typesOf(member).iterator().next());
      }
    }
    return names;
  }

  /**
   * A union of {@code members}. Its name is reserved before the members are translated, so that
   * inline members nest in it; when it turns out not to be a union (its members were one type, or
   * strings that merged into an enum another place made), what nested in it moves out again.
   */
  private TypeInfo union(
      Schema<?> schema,
      List<Schema<?>> members,
      String componentName,
      String nameHint,
      String pointer,
      String keyword) {
    return unionNamed(register(componentName, nameHint), schema, members, componentName, nameHint, pointer, keyword);
  }

  /** A union under the name {@code own}, already reserved: what its inline members declare nests in it. */
  private TypeInfo unionNamed(
      String own,
      Schema<?> schema,
      List<Schema<?>> members,
      String componentName,
      String nameHint,
      String pointer,
      String keyword) {
    TypeInfo result;
    owners.push(new Owner(own, nameHint));
    try {
      result = union(schema, members, componentName, own, nameHint, pointer, keyword);
    } finally {
      owners.pop();
    }
    if (definitions.get(own) == null) {
      release(own, componentName, nameHint);
    }
    return result;
  }

  private TypeInfo union(
      Schema<?> schema,
      List<Schema<?>> members,
      String componentName,
      String own,
      String nameHint,
      String pointer,
      String keyword) {
    List<Schema<?>> alternatives = keyword.equals("oneOf") ? oneOf(schema) : anyOf(schema);
    List<String> variants = new ArrayList<>();
    Map<String, Schema<?>> variantSchemas = new LinkedHashMap<>();
    List<UnionSchema.ValueVariant> values = new ArrayList<>();
    List<TypeRef> memberTypes = new ArrayList<>();
    List<String> openMembers = new ArrayList<>();
    Map<TypeRef, Schema<?>> inlineMembers = new HashMap<>();
    boolean nullableEnumMember = false;
    boolean expressible = true;
    for (int i = 0; i < members.size(); i++) {
      Schema<?> member = members.get(i);
      int index = indexOfIdentity(alternatives, member);
      String memberPointer = pointer + "/" + keyword + "/" + index;
      TypeInfo info = typeOf(member, nameHint + " " + memberName(schema, member, i), memberPointer);
      TypeRef type = info.type();
      if (type instanceof TypeRef.AnyValue) {
        openMembers.add(memberPointer);
        continue;
      }
      memberTypes.add(type);
      if (type instanceof TypeRef.Named named
          && (isObjectSchema(named, member) || definitions.get(named.name()) instanceof UnionSchema)) {
        if (!variants.contains(named.name())) {
          variants.add(named.name());
          variantSchemas.put(named.name(), member.get$ref() == null ? member : components.get(named.name()));
        }
        continue;
      }
      Optional<UnionSchema.JsonKind> kind = UnionSchema.JsonKind.of(type, definitions::get);
      if (kind.isPresent()) {
        values.add(new UnionSchema.ValueVariant(type, kind.get()));
        if (member.get$ref() == null) {
          inlineMembers.put(type, member);
        }
        nullableEnumMember |= info.nullable() && type instanceof TypeRef.Named;
      } else {
        expressible = false;
      }
    }
    if (memberTypes.isEmpty()) {
      return TypeInfo.of(TypeRef.any());
    }
    boolean onlyStrings = variants.isEmpty() && openMembers.isEmpty() && values.stream().allMatch(this::isEnumOrPlainString);
    Optional<TypeRef> strings = mergeStrings(values, inlineMembers, onlyStrings, own, nameHint, schema, pointer);
    if (strings.isPresent() && onlyStrings) {
      // Like an enum of one value anywhere, a union whose one listed string is "USD" presets it.
      Optional<String> only = strings.get() instanceof TypeRef.Named named
          && definitions.get(named.name()) instanceof EnumSchema listed
          && listed.values().size() == 1 ? Optional.of(listed.values().get(0)) : Optional.empty();
      return new TypeInfo(strings.get(), nullableEnumMember, only);
    }
    if (openMembers.isEmpty() && memberTypes.stream().distinct().count() == 1) {
      return TypeInfo.of(memberTypes.get(0));
    }
    if (!expressible) {
      problems.warning(
          "unsupported-union",
          pointer,
          "a " + keyword + " with a member that refers back to it while it is being defined is not supported; typed as Object",
          "");
      return TypeInfo.of(TypeRef.any());
    }
    String name = own;
    for (String open : openMembers) {
      problems.warning(
          "open-union-member",
          open,
          "this " + keyword + " member allows any JSON value; a payload the other members do not match parses into "
              + "the union's Unknown type, as the JSON the server sent",
          "give the member a type or a $ref");
    }
    Optional<Discriminator> discriminator =
        schema.getDiscriminator() == null || variants.isEmpty()
            ? Optional.empty()
            : Optional.of(discriminator(schema, variantSchemas, pointer));
    definitions.put(
        name,
        new UnionSchema(name, describe(schema), pointer, isDeprecated(schema), variants, discriminator, List.of(), values));
    return TypeInfo.of(TypeRef.named(name));
  }

  /**
   * What an inline member of a union is called in it, as words: its {@code title}, else the one
   * value it fixes the discriminator property to (or, without a discriminator, a {@code type},
   * {@code object} or {@code kind} property to: {@code type: card} is {@code card}), {@code empty}
   * for the empty string alone, else {@code option N}. A member that is a $ref or a plain value
   * needs no name of its own.
   */
  private String memberName(Schema<?> union, Schema<?> member, int index) {
    if (member.get$ref() == null) {
      if (member.getTitle() != null && hasLetter(member.getTitle())) {
        // A title longer than a name is a path (Stripe's recipient_shipping_with_optional_fields_address):
        // its last words say what the member is.
        List<String> words = words(member.getTitle());
        while (words.size() > 1 && String.join("", words).length() > MAX_PART_NAME) {
          words = words.subList(1, words.size());
        }
        return words.size() == words(member.getTitle()).size() ? member.getTitle().strip() : String.join(" ", words);
      }
      List<String> properties = union.getDiscriminator() != null && union.getDiscriminator().getPropertyName() != null
          ? List.of(union.getDiscriminator().getPropertyName())
          : List.of("type", "object", "kind");
      for (String property : properties) {
        Optional<String> fixed = fixedValue(member, property, new HashSet<>());
        if (fixed.isPresent() && hasLetter(fixed.get())) {
          return fixed.get();
        }
      }
      if (member.getEnum() != null && member.getEnum().size() == 1 && "".equals(member.getEnum().get(0))) {
        // Stripe's way to clear a field: an object, or "".
        return "empty";
      }
    }
    return "option " + (index + 1);
  }

  /**
   * Replaces a union's string alternatives, when they are enums and plain strings, by one open enum
   * ("a known model or any other name", OpenAI's model ids): the one enum among them, or a new one
   * with all their values. When the strings are all the union has, the enum takes the union's name
   * and, if it has none of its own, its description; the enums of inline members it replaces are
   * dropped. A plain string and enums of the empty string only are a plain string.
   *
   * @param whole whether the strings are all the union has
   * @return the type that now stands for the strings, if they were merged
   */
  private Optional<TypeRef> mergeStrings(
      List<UnionSchema.ValueVariant> values,
      Map<TypeRef, Schema<?>> inlineMembers,
      boolean whole,
      String own,
      String nameHint,
      Schema<?> union,
      String pointer) {
    List<UnionSchema.ValueVariant> strings = values.stream().filter(this::isEnumOrPlainString).toList();
    List<EnumSchema> enums = strings.stream()
        .map(UnionSchema.ValueVariant::type)
        .filter(TypeRef.Named.class::isInstance)
        .map(type -> definitions.get(((TypeRef.Named) type).name()))
        .map(EnumSchema.class::cast)
        .distinct()
        .toList();
    long stringAlternatives = values.stream().filter(value -> value.kind() == UnionSchema.JsonKind.STRING).count();
    if (strings.size() < 2 || enums.isEmpty() || strings.size() != stringAlternatives) {
      return Optional.empty();
    }
    // An enum this union's own member made; swagger-parser shares equal inline schemas, so a member
    // may also come back as an enum another place made, which must stay as it is.
    Predicate<TypeRef> madeHere = type -> type instanceof TypeRef.Named named
        && inlineMembers.containsKey(type)
        && definitions.get(named.name()) instanceof EnumSchema listed
        && listed.pointer().startsWith(pointer + "/");
    TypeRef merged;
    // The enums of this union's members that the merged type replaces.
    List<TypeRef> replaced = List.of();
    EnumSchema only = enums.size() == 1 ? enums.get(0) : null;
    boolean anyString = strings.stream().anyMatch(value -> value.type().equals(TypeRef.scalar(ScalarKind.STRING)));
    if (anyString && enums.stream().allMatch(listed -> listed.values().equals(List.of("")))) {
      // Any string or "": any string. Stripe lists "" beside a string to say that sending it clears the field.
      merged = TypeRef.scalar(ScalarKind.STRING);
      replaced = strings.stream().map(UnionSchema.ValueVariant::type).filter(madeHere).toList();
      forget(replaced);
    } else if (only != null && !(whole && inlineMembers.containsKey(TypeRef.named(only.name())))) {
      merged = TypeRef.named(only.name());
    } else {
      List<String> listed = new ArrayList<>();
      enums.forEach(each -> each.values().stream().filter(v -> !listed.contains(v)).forEach(listed::add));
      if (listed.size() > MAX_ENUM_CONSTANTS) {
        return Optional.empty();
      }
      replaced = strings.stream().map(UnionSchema.ValueVariant::type).filter(madeHere).toList();
      forget(replaced);
      String name = whole ? own : register(null, nameHint + " known values");
      definitions.put(name, only != null
          ? new EnumSchema(name, only.description().isEmpty() ? describe(union) : only.description(), only.pointer(),
              only.deprecated() || isDeprecated(union), only.valueKind(), only.values(), only.constantNames())
          : new EnumSchema(name, describe(union), pointer, enums.stream().allMatch(EnumSchema::deprecated),
              ScalarKind.STRING, listed, List.of()));
      merged = TypeRef.named(name);
    }
    // Only the enums dropped above: a plain string member stays a string wherever else it is used.
    TypeRef standIn = merged;
    replaced.forEach(type -> inlineTypes.put(inlineMembers.get(type), TypeInfo.of(standIn)));
    int first = values.indexOf(strings.get(0));
    values.removeAll(strings);
    values.add(first, new UnionSchema.ValueVariant(merged, UnionSchema.JsonKind.STRING));
    return Optional.of(merged);
  }

  /** Drops the enums a union's members made, which the union's merged string type replaces. */
  private void forget(List<TypeRef> enums) {
    for (TypeRef type : enums) {
      definitions.remove(((TypeRef.Named) type).name());
      takenNames.remove(((TypeRef.Named) type).name());
    }
  }

  private boolean isEnumOrPlainString(UnionSchema.ValueVariant value) {
    return value.type().equals(TypeRef.scalar(ScalarKind.STRING))
        || (value.type() instanceof TypeRef.Named named
            && definitions.get(named.name()) instanceof EnumSchema listed
            && !listed.isInteger());
  }

  /** An enum's listed values and the names the spec suggests for them. */
  private record EnumValues(ScalarKind kind, List<String> values, List<String> names) {}

  /**
   * The values of an enum of strings or of integers, without nulls and duplicates; empty for an enum
   * Java constants cannot stand for (mixed types, numbers with fractions, objects).
   */
  private Optional<EnumValues> enumValues(Schema<?> schema, Set<String> types) {
    List<Object> listed = schema.getEnum().stream().filter(Objects::nonNull).map(Object.class::cast).toList();
    if (listed.isEmpty()) {
      return Optional.empty();
    }
    ScalarKind kind;
    if (listed.stream().allMatch(String.class::isInstance) && (types.isEmpty() || types.equals(Set.of("string")))) {
      kind = ScalarKind.STRING;
    } else if (listed.stream().allMatch(SchemaTranslator::isIntegral) && (types.isEmpty() || types.equals(Set.of("integer")))) {
      boolean fitsInt = listed.stream().allMatch(v -> ((Number) v).longValue() == ((Number) v).intValue());
      kind = fitsInt && !"int64".equals(schema.getFormat()) ? ScalarKind.INT32 : ScalarKind.INT64;
    } else {
      return Optional.empty();
    }
    List<String> suggested = suggestedNames(schema, schema.getEnum().size());
    // A set, not List.contains: a hostile enum of 100,000 values would take quadratic time.
    Set<String> values = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < schema.getEnum().size(); i++) {
      Object value = schema.getEnum().get(i);
      String text = value instanceof Number number ? Long.toString(number.longValue()) : String.valueOf(value);
      if (value != null && values.add(text)) {
        if (!suggested.isEmpty()) {
          names.add(suggested.get(i));
        }
      }
    }
    return Optional.of(new EnumValues(kind, List.copyOf(values), names));
  }

  private static boolean isIntegral(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return true;
    }
    if (value instanceof java.math.BigInteger big) {
      return big.bitLength() < 64;
    }
    return value instanceof java.math.BigDecimal decimal
        && decimal.stripTrailingZeros().scale() <= 0
        && decimal.abs().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }

  /**
   * Constant names a spec suggests through {@code x-enum-varnames} (openapi-generator's extension)
   * or {@code x-enumNames} (NSwag's), one per listed value; empty when it suggests none or the list
   * does not line up with the values.
   */
  private static List<String> suggestedNames(Schema<?> schema, int valueCount) {
    Map<String, Object> extensions = schema.getExtensions() == null ? Map.of() : schema.getExtensions();
    for (String key : List.of("x-enum-varnames", "x-enumNames")) {
      if (extensions.get(key) instanceof List<?> names
          && names.size() == valueCount
          && names.stream().allMatch(name -> name instanceof String text && !text.isBlank())) {
        return names.stream().map(String.class::cast).toList();
      }
    }
    return List.of();
  }

  /**
   * Whether a union member became a record. A member still being translated (a recursive reference)
   * has no definition yet, so its raw schema decides.
   */
  private boolean isObjectSchema(TypeRef.Named member, Schema<?> schema) {
    SchemaDefinition definition = definitions.get(member.name());
    if (definition != null) {
      return definition instanceof ObjectSchema;
    }
    Schema<?> target = schema.get$ref() == null ? schema : components.get(member.name());
    return target != null
        && target.getDiscriminator() == null
        && (!isEmpty(properties(target)) || (allOf(target) != null && allOf(target).size() > 1));
  }

  /**
   * How a payload names its variant. The spec's explicit mapping comes first; a variant it leaves
   * out is named by the one value it fixes its discriminator property to (a one-value {@code enum}
   * or a {@code const}, as OpenAI's chat messages fix {@code role}), and by its schema name only
   * when nothing else says, as the OpenAPI specification's implicit mapping does.
   *
   * @param variants each variant's name and schema (null when the schema is not known)
   */
  private Discriminator discriminator(Schema<?> schema, Map<String, Schema<?>> variants, String pointer) {
    String property = schema.getDiscriminator().getPropertyName() == null ? "" : schema.getDiscriminator().getPropertyName();
    Map<String, String> mapping = new LinkedHashMap<>();
    Map<String, String> explicit =
        schema.getDiscriminator().getMapping() == null ? Map.of() : schema.getDiscriminator().getMapping();
    for (Map.Entry<String, String> entry : explicit.entrySet()) {
      String target = entry.getValue();
      String name = target.startsWith(COMPONENTS) ? JsonPointers.unescape(target.substring(COMPONENTS.length())) : target;
      if (components.containsKey(name)) {
        componentType(name);
        mapping.put(entry.getKey(), name);
      } else {
        problems.warning(
            "unresolved-mapping",
            pointer + "/discriminator/mapping/" + JsonPointers.escape(entry.getKey()),
            "the discriminator value '" + entry.getKey() + "' maps to '" + target + "', which is not a schema; ignored",
            "map it to #/components/schemas/<Name>");
      }
    }
    for (Map.Entry<String, Schema<?>> variant : variants.entrySet()) {
      if (mapping.containsValue(variant.getKey())) {
        continue;
      }
      String value = variant.getValue() == null
          ? variant.getKey()
          : fixedValue(variant.getValue(), property, new HashSet<>()).orElse(variant.getKey());
      String earlier = mapping.putIfAbsent(value, variant.getKey());
      if (earlier != null) {
        problems.warning(
            "ambiguous-discriminator",
            pointer + "/discriminator",
            "the variants '" + earlier + "' and '" + variant.getKey() + "' both have " + property + " '" + value
                + "'; a payload with that value parses as '" + earlier + "'",
            "give the union a discriminator mapping");
      }
    }
    return new Discriminator(property, mapping);
  }

  /**
   * The one string value {@code schema} allows for {@code property}: its {@code const} or its
   * one-value {@code enum}, declared directly or in an allOf part (a later part wins).
   */
  private Optional<String> fixedValue(Schema<?> schema, String property, Set<String> visited) {
    Optional<String> found = Optional.empty();
    if (allOf(schema) != null) {
      for (Schema<?> part : allOf(schema)) {
        Optional<String> inPart = fixedValue(resolve(part, visited), property, visited);
        if (inPart.isPresent()) {
          found = inPart;
        }
      }
    }
    Schema<?> declared = properties(schema) == null ? null : properties(schema).get(property);
    if (declared != null) {
      Schema<?> target = resolve(declared, visited);
      if (target.getConst() instanceof String text) {
        return Optional.of(text);
      }
      if (target.getEnum() != null && target.getEnum().size() == 1 && target.getEnum().get(0) instanceof String text) {
        return Optional.of(text);
      }
    }
    return found;
  }

  /**
   * The part to type an allOf by when every part is one and the same scalar JSON type (string,
   * integer, number or boolean, directly or through a {@code $ref}) and none has properties: a
   * referenced part if there is one, so that a named enum or format is kept; else the first.
   */
  private Optional<Schema<?>> scalarPart(List<Schema<?>> parts) {
    String shared = null;
    for (Schema<?> part : parts) {
      Schema<?> resolved = resolve(part, new HashSet<>());
      Set<String> types = typesOf(resolved);
      types.remove("null");
      if (types.size() != 1 || !isEmpty(properties(resolved)) || allOf(resolved) != null || oneOf(resolved) != null
          || anyOf(resolved) != null) {
        return Optional.empty();
      }
      String type = types.iterator().next();
      if (!Set.of("string", "integer", "number", "boolean").contains(type) || (shared != null && !shared.equals(type))) {
        return Optional.empty();
      }
      shared = type;
    }
    return parts.stream().filter(part -> part.get$ref() != null).findFirst().or(() -> parts.stream().findFirst());
  }

  /** The component a schema refers to, once per walk; otherwise the schema itself (or an empty one). */
  private Schema<?> resolve(Schema<?> schema, Set<String> visited) {
    String ref = schema.get$ref();
    if (ref == null) {
      return schema;
    }
    String name = ref.startsWith(COMPONENTS) ? JsonPointers.unescape(ref.substring(COMPONENTS.length())) : null;
    Schema<?> target = name == null ? null : components.get(name);
    return target != null && visited.add(name) ? target : new Schema<>();
  }

  /** Records, for every component, which components extend it through allOf. */
  private void findAllOfChildren() {
    for (Map.Entry<String, Schema<?>> entry : components.entrySet()) {
      List<Schema<?>> parts = allOf(entry.getValue());
      if (parts == null) {
        continue;
      }
      for (Schema<?> part : parts) {
        String ref = part.get$ref();
        if (ref != null && ref.startsWith(COMPONENTS)) {
          String parent = JsonPointers.unescape(ref.substring(COMPONENTS.length()));
          Schema<?> parentSchema = components.get(parent);
          if (parentSchema != null && parentSchema.getDiscriminator() != null && oneOf(parentSchema) == null) {
            childrenOfParent.computeIfAbsent(parent, key -> new ArrayList<>()).add(entry.getKey());
          }
        }
      }
    }
  }

  /** Reserves a definition name: the component's own, or a fresh one made from the hint. */
  private String register(String componentName, String nameHint) {
    if (componentName != null) {
      return componentName;
    }
    String name = nameHint;
    for (int suffix = 2; !takenNames.add(name); suffix++) {
      name = nameHint + " " + suffix;
    }
    Owner owner = owners.peek();
    if (owner != null && owner.name() != null) {
      nesting.put(name, new Nesting(owner.name(), relativeTo(owner, nameHint)));
    }
    return name;
  }

  /** A hint without the owner's hint it begins with: {@code Charge outcome} in {@code Charge} is {@code outcome}. */
  private static String relativeTo(Owner owner, String nameHint) {
    return nameHint.startsWith(owner.hint() + " ") ? nameHint.substring(owner.hint().length() + 1) : nameHint;
  }

  /**
   * Gives back a name reserved for a union that did not become one (its members were all strings, or
   * one type): what was declared in it nests in the enclosing owner instead, its local name prefixed
   * with the union's.
   */
  private void release(String name, String componentName, String nameHint) {
    if (componentName == null) {
      takenNames.remove(name);
      nesting.remove(name);
    }
    Owner enclosing = owners.peek();
    boolean nestsOnward = componentName == null && enclosing != null && enclosing.name() != null;
    var entries = nesting.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, Nesting> entry = entries.next();
      if (!entry.getValue().owner().equals(name)) {
        continue;
      }
      if (nestsOnward) {
        entry.setValue(new Nesting(enclosing.name(), relativeTo(enclosing, nameHint) + " " + entry.getValue().localName()));
      } else {
        entries.remove();
      }
    }
  }

  private static Schema<?> additionalPropertiesSchema(Schema<?> schema) {
    Object additional = schema.getAdditionalProperties();
    if (additional instanceof Schema<?> values && values.getBooleanSchemaValue() == null) {
      return values;
    }
    return null;
  }

  private static String inferType(Schema<?> schema, Optional<String> constValue) {
    if (constValue.isPresent()) {
      return "string";
    }
    if (!isEmpty(properties(schema))) {
      return "object";
    }
    if (schema.getItems() != null) {
      return "array";
    }
    if (additionalPropertiesSchema(schema) != null) {
      return "object";
    }
    return "";
  }

  /** The JSON types a schema allows: 3.0's {@code type} and 3.1's type array alike. */
  static Set<String> typesOf(Schema<?> schema) {
    Set<String> types = new LinkedHashSet<>();
    if (schema.getTypes() != null) {
      schema.getTypes().stream().filter(Objects::nonNull).forEach(types::add);
    }
    if (schema.getType() != null) {
      types.add(schema.getType());
    }
    return types;
  }

  /**
   * An allOf part that constrains nothing a Java type can say: only a description, title, example,
   * default or the like (DigitalOcean's {@code allOf: [$ref: tags_array, {description, example}]}).
   */
  private static boolean isAnnotationOnly(Schema<?> part) {
    return part.get$ref() == null
        && typesOf(part).isEmpty()
        && isEmpty(properties(part))
        && part.getItems() == null
        && allOf(part) == null
        && oneOf(part) == null
        && anyOf(part) == null
        && part.getEnum() == null
        && part.getConst() == null
        && part.getAdditionalProperties() == null
        && (part.getRequired() == null || part.getRequired().isEmpty())
        && part.getDiscriminator() == null;
  }

  /** A schema that allows only null: {@code type: 'null'}, or {@code enum: [null]}. */
  private static boolean isNullSchema(Schema<?> schema) {
    if (schema.get$ref() != null) {
      return false;
    }
    Set<String> types = typesOf(schema);
    if (types.equals(Set.of("null"))) {
      return true;
    }
    return schema.getEnum() != null && schema.getEnum().size() == 1 && schema.getEnum().get(0) == null;
  }

  /**
   * A string, number or boolean {@code default}, normalized to String, Long (BigInteger beyond a long), Double or Boolean. The
   * document is read first: swagger-parser drops integer defaults beyond {@code int} range.
   */
  private Optional<Object> defaultValue(Schema<?> schema, String pointer) {
    JsonNode declared = document.at(JsonPointers.decodeFragment(pointer.substring(1))).path("default");
    if (declared.isTextual()) {
      return Optional.of(declared.asText());
    }
    if (declared.isBoolean()) {
      return Optional.of(declared.asBoolean());
    }
    if (declared.isIntegralNumber()) {
      return Optional.of(declared.canConvertToLong() ? (Object) declared.asLong() : declared.bigIntegerValue());
    }
    if (declared.isNumber()) {
      return Optional.of(declared.asDouble());
    }
    Object value = schema.getDefault();
    if (value instanceof String || value instanceof Boolean) {
      return Optional.of(value);
    }
    if (value instanceof java.math.BigInteger big && !isIntegral(big)) {
      return Optional.of(big);
    }
    if (value instanceof Number number) {
      return Optional.of(isIntegral(number) ? (Object) number.longValue() : (Object) number.doubleValue());
    }
    return Optional.empty();
  }

  /** Whether a name has a letter: one made only of digits and symbols says nothing a type name could. */
  private static boolean hasLetter(String text) {
    return text.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }

  private static Optional<String> constValue(Schema<?> schema) {
    return schema.getConst() instanceof String text ? Optional.of(text) : Optional.empty();
  }

  private static ScalarKind stringKind(String format) {
    if (format == null) {
      return ScalarKind.STRING;
    }
    return switch (format) {
      case "date" -> ScalarKind.DATE;
      case "date-time" -> ScalarKind.DATE_TIME;
      case "uuid" -> ScalarKind.UUID;
      case "uri" -> ScalarKind.URI;
      case "byte" -> ScalarKind.BYTES;
      case "binary" -> ScalarKind.BINARY;
      default -> ScalarKind.STRING;
    };
  }

  /**
   * {@code int32} is an {@code Integer}; any other integer a {@code Long}, unless the schema's bounds,
   * default or examples go beyond a long's (DigitalOcean's Kafka settings: up to, and by default,
   * 9223372036854776000): then only a {@code BigInteger} holds the values it shows.
   */
  private ScalarKind integerKind(Schema<?> schema, String pointer) {
    if ("int32".equals(schema.getFormat())) {
      return ScalarKind.INT32;
    }
    if ("int64".equals(schema.getFormat())) {
      return ScalarKind.INT64;
    }
    JsonNode declared = pointer.startsWith("#") ? document.at(JsonPointers.decodeFragment(pointer.substring(1))) : MissingNode.getInstance();
    List<JsonNode> shown = new ArrayList<>();
    for (String keyword : List.of("maximum", "minimum", "default", "example")) {
      shown.add(declared.path(keyword));
    }
    declared.path("examples").forEach(shown::add);
    boolean beyondLong = shown.stream().anyMatch(value -> value.isNumber() && !value.canConvertToLong())
        || beyondLong(schema.getMaximum()) || beyondLong(schema.getMinimum());
    return beyondLong ? ScalarKind.BIG_INTEGER : ScalarKind.INT64;
  }

  private static boolean beyondLong(java.math.BigDecimal bound) {
    return bound != null
        && (bound.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0
            || bound.compareTo(java.math.BigDecimal.valueOf(Long.MIN_VALUE)) < 0);
  }

  private static ScalarKind numberKind(String format) {
    if (format == null) {
      return ScalarKind.DOUBLE;
    }
    return switch (format) {
      case "float" -> ScalarKind.FLOAT;
      case "decimal" -> ScalarKind.DECIMAL;
      default -> ScalarKind.DOUBLE;
    };
  }

  static String describe(Schema<?> schema) {
    if (schema == null) {
      return "";
    }
    String description = schema.getDescription();
    if (description == null && allOf(schema) != null) {
      // allOf: [$ref, {description: …}] describes the reference in a part of its own.
      description = allOf(schema).stream()
          .filter(part -> isAnnotationOnly(part) && part.getDescription() != null)
          .map(Schema::getDescription)
          .findFirst()
          .orElse(null);
    }
    return description == null ? "" : description.strip();
  }

  private static boolean isDeprecated(Schema<?> schema) {
    return Boolean.TRUE.equals(schema.getDeprecated());
  }

  private static boolean isEmpty(Map<?, ?> map) {
    return map == null || map.isEmpty();
  }

  private static int indexOfIdentity(List<Schema<?>> list, Schema<?> element) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == element) {
        return i;
      }
    }
    return -1;
  }


  // swagger-parser's models hold schemas in raw collections (List<Schema>, Map<String, Schema>):
  // these views type them once, here, so that the rest of this class is free of raw types.

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<Schema<?>> allOf(Schema<?> schema) {
    return (List) schema.getAllOf();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<Schema<?>> oneOf(Schema<?> schema) {
    return (List) schema.getOneOf();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<Schema<?>> anyOf(Schema<?> schema) {
    return (List) schema.getAnyOf();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Map<String, Schema<?>> properties(Schema<?> schema) {
    return (Map) schema.getProperties();
  }
}
