package dev.clientele.core.parse;

import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.EnumSchema;
import dev.clientele.core.model.Nesting;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.Property;
import dev.clientele.core.model.RequestBody;
import dev.clientele.core.model.Response;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.TypeReferences;
import dev.clientele.core.model.UnionSchema;
import dev.clientele.core.naming.Singular;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One type for the inline schemas a spec declares again and again, word for word. Cloudflare
 * declares the same failure body inline in every operation of a product ({@code allOf} of the
 * product's common response and common failure, 722 times) and the same message item in 72 array
 * components; each would otherwise be a type of its own, named after the place that declared it.
 *
 * <p>Two inline schemas are the same when everything the generated type says is the same: their
 * properties, descriptions and variants, and the same of every type declared inside them, names
 * relative to them. Such a group becomes one top-level type named after the words its members'
 * names share at the start and at the end ({@code vectorize-list-indexes 4XX response} and {@code
 * vectorize-create-index 4XX response} → {@code vectorize 4XX response}), and every reference to a
 * member, or to a type declared inside one, names the shared type instead. A group whose names share
 * no word, or whose name another type or a larger group has, keeps one type per place. Components keep their own type
 * (their names are the spec's).
 *
 * <p>Types declared alike inside the types of several places become one top-level type too, named
 * as they are in their places ({@code AllowedCategory}), when no other type of the API is declared
 * under that name. An enum that operations of one group declare alike in a parameter of one name is
 * the first operation's; emission nests it in the group's interface. Other types declared in a
 * parameter nest in their operation's params record.
 */
final class IdenticalTypes {

  /** The statuses of error bodies that operations declare alike, in words. */
  private static final Map<String, String> STATUS_NAMES = Map.ofEntries(
      Map.entry("400", "bad request"), Map.entry("401", "unauthorized"), Map.entry("403", "forbidden"),
      Map.entry("404", "not found"), Map.entry("409", "conflict"), Map.entry("422", "unprocessable entity"),
      Map.entry("429", "too many requests"), Map.entry("4XX", "client error"), Map.entry("500", "server error"),
      Map.entry("5XX", "server error"), Map.entry("DEFAULT", "default"));

  /** Words that say where a type is used rather than what it is. */
  private static final Set<String> ROLE_WORDS = Set.of("request", "response", "item", "items", "body", "value", "result",
      "data");

  /** Words that join a name's start to the rest of it: a shared start does not end in one. */
  private static final Set<String> CONNECTORS = Set.of("a", "an", "and", "by", "for", "from", "in", "of", "on",
      "or", "the", "to", "with");

  private final Map<String, SchemaDefinition> definitions = new LinkedHashMap<>();
  private final Map<String, Nesting> nesting;
  private final Map<String, List<String>> nestedIn = new HashMap<>();

  private IdenticalTypes(ApiModel model) {
    model.schemas().forEach(definition -> definitions.put(definition.name(), definition));
    nesting = model.nesting();
    nesting.forEach((name, place) -> nestedIn.computeIfAbsent(place.owner(), key -> new ArrayList<>()).add(name));
  }

  /** The model with one type for each group of identical inline schemas. */
  static ApiModel merge(ApiModel model) {
    return new IdenticalTypes(model).merged(model);
  }

  private ApiModel merged(ApiModel model) {
    Map<List<Object>, List<String>> groups = new LinkedHashMap<>();
    // Nested types are alike when their shapes and the names they would take are: by name, then shape.
    Map<List<Object>, List<String>> nestedGroups = new LinkedHashMap<>();
    // The nested types of each name: a name that stands for different types stays where it is.
    Map<String, Integer> nestedOfName = new HashMap<>();
    for (SchemaDefinition definition : definitions.values()) {
      if (mayShare(definition)) {
        groups.computeIfAbsent(shape(definition.name()), key -> new ArrayList<>()).add(definition.name());
      } else if (mayShareNested(definition)) {
        nestedGroups.computeIfAbsent(List.of(hoistedName(definition.name()), shape(definition.name())),
            key -> new ArrayList<>()).add(definition.name());
      }
      // Those of parameters nest in params records, beside the interfaces: they name nothing here.
      if (nesting.containsKey(definition.name()) && !definition.pointer().contains("/parameters/")) {
        nestedOfName.merge(javaKey(hoistedName(definition.name())), 1, Integer::sum);
      }
    }
    Set<String> javaNames = new HashSet<>();
    definitions.keySet().forEach(name -> javaNames.add(javaKey(name)));
    Map<String, List<List<String>>> claims = new LinkedHashMap<>();
    for (List<String> members : groups.values()) {
      for (List<String> named : namedGroups(members)) {
        claims.computeIfAbsent(groupName(named, javaNames), key -> new ArrayList<>()).add(named);
      }
    }
    // Outer types first, those that hold the most types first: one declared inside another goes with it.
    nestedGroups.values().stream()
        .filter(members -> members.size() > 1 && !isRoleWordsOnly(words(hoistedName(members.get(0))))
            && nestedOfName.get(javaKey(hoistedName(members.get(0)))) == members.size())
        .sorted(Comparator.comparingInt((List<String> members) -> -relativeNames(members.get(0)).size())
            .thenComparingInt(members -> depth(members.get(0))))
        .forEach(members -> claims.computeIfAbsent(hoistedName(members.get(0)), key -> new ArrayList<>()).add(members));
    // Old name → new name, for every member and every type declared in one.
    Map<String, String> renamed = new HashMap<>();
    Map<String, String> dropped = new LinkedHashMap<>();
    Set<String> unnested = new HashSet<>();
    claims.forEach((name, memberGroups) -> {
      // Of groups that would take the same name, the largest does; the others keep a type per place.
      // A type that another group has taken in already (it is declared in one of its members) stays there.
      List<String> members = memberGroups.stream().max(Comparator.comparingInt(List::size)).orElseThrow().stream()
          .filter(member -> relativeNames(member).keySet().stream().noneMatch(renamed::containsKey))
          .toList();
      if (members.size() < 2) {
        return;
      }
      // A member may have the name already (jira's "version update request" and "… request 2"): it
      // keeps it. Any other type of that name makes the group keep a type per place.
      Optional<String> namesake = members.stream()
          .filter(member -> !nestsInAType(member) && javaKey(member).equals(javaKey(name))).findFirst();
      if (namesake.isEmpty() && javaNames.contains(javaKey(name))) {
        return;
      }
      String keptMember = namesake.orElse(members.get(0));
      Map<String, String> kept = relativeNames(keptMember);
      if (kept.values().stream().anyMatch(relative -> !kept.containsKey(name + " " + relative)
          && definitions.containsKey(name + " " + relative))) {
        return;
      }
      kept.forEach((old, relative) -> renamed.put(old, relative.isEmpty() ? name : name + " " + relative));
      if (nestsInAType(keptMember)) {
        unnested.add(keptMember);
      }
      for (String member : members) {
        if (member.equals(keptMember)) {
          continue;
        }
        relativeNames(member).forEach((old, relative) -> {
          renamed.put(old, relative.isEmpty() ? name : name + " " + relative);
          dropped.put(old, definitions.get(old).pointer());
        });
      }
    });
    mergeParameterEnums(model, renamed, dropped);
    return renamed.isEmpty() ? model : rewritten(model, renamed, dropped, unnested);
  }

  /**
   * One enum for the parameters of one name that operations of one group declare alike (Asana's
   * {@code opt_fields}, its 400 values again in every operation that returns a task): the first
   * operation's. Emission places it in the group's interface, beside the params records.
   */
  private void mergeParameterEnums(ApiModel model, Map<String, String> renamed, Map<String, String> dropped) {
    Map<String, Integer> uses = new HashMap<>();
    Map<String, List<Object>> keys = new LinkedHashMap<>();
    for (Operation operation : model.operations()) {
      for (Parameter parameter : operation.parameters()) {
        String name = TypeReferences.ofParameter(parameter.type());
        if (definitions.get(name) instanceof EnumSchema enumeration
            && enumeration.pointer().contains("/parameters/") && !nesting.containsKey(name)) {
          uses.merge(name, 1, Integer::sum);
          keys.put(name, List.of(operation.group(), parameter.location(), parameter.name(), shape(name)));
        }
      }
    }
    Map<List<Object>, List<String>> alike = new LinkedHashMap<>();
    keys.forEach((name, key) -> {
      if (uses.get(name) == 1 && !renamed.containsKey(name)) {
        alike.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
      }
    });
    for (List<String> members : alike.values()) {
      for (String member : members.subList(1, members.size())) {
        renamed.put(member, members.get(0));
        dropped.put(member, definitions.get(member).pointer());
      }
    }
  }

  /**
   * The model with each definition in {@code renamed} under its new name, and every reference to it
   * too, without those {@code dropped} (name → where it sat), whose places name their shared type,
   * and with those {@code unnested} declared at the top level.
   */
  private ApiModel rewritten(ApiModel model, Map<String, String> renamed, Map<String, String> dropped,
      Set<String> unnested) {
    UnaryOperator<String> names = name -> renamed.getOrDefault(name, name);
    List<SchemaDefinition> schemas = new ArrayList<>();
    for (SchemaDefinition definition : model.schemas()) {
      if (!dropped.containsKey(definition.name())) {
        schemas.add(renamed(definition, names, names.apply(definition.name()), definition.pointer()));
      }
    }
    Map<String, Nesting> places = new LinkedHashMap<>();
    nesting.forEach((name, place) -> {
      if (!dropped.containsKey(name) && !unnested.contains(name)) {
        places.put(names.apply(name), new Nesting(names.apply(place.owner()), place.localName()));
      }
    });
    List<Operation> operations = model.operations().stream().map(operation -> renamed(operation, names)).toList();
    Map<String, String> sharedPointers = new LinkedHashMap<>(model.sharedPointers());
    dropped.forEach((name, pointer) -> sharedPointers.put(pointer, names.apply(name)));
    return new ApiModel(model.title(), model.description(), model.servers(), schemas, operations,
        model.securitySchemes(), places, sharedPointers);
  }

  /** A top-level schema declared inline, outside a parameter. */
  private boolean mayShare(SchemaDefinition definition) {
    return !isComponent(definition) && !nestsInAType(definition.name()) && !definition.pointer().contains("/parameters/");
  }

  /**
   * A type declared in an object, outside a parameter: alike ones in other places become one
   * top-level type (Stripe declares its merchant categories, 300 values, in twelve places), when
   * every type declared under that name is one of them, so that the name means one thing. Variants
   * declared in a union stay in it: they implement it; the enum of a value variant may go.
   */
  private boolean mayShareNested(SchemaDefinition definition) {
    Nesting place = nesting.get(definition.name());
    return place != null && (definitions.get(place.owner()) instanceof ObjectSchema
            || definition instanceof EnumSchema && definitions.get(place.owner()) instanceof UnionSchema)
        && !isComponent(definition) && !definition.pointer().contains("/parameters/");
  }

  /**
   * The name a nested type takes at the top level: the one it has in its place, in the singular
   * for an array's item ({@code allowed_categories item} → {@code allowed_category}).
   */
  private String hoistedName(String name) {
    return Singular.itemName(nesting.get(name).localName());
  }

  /** How many types a definition is declared in. */
  private int depth(String name) {
    int depth = 0;
    for (Nesting place = nesting.get(name); place != null; place = nesting.get(place.owner())) {
      depth++;
    }
    return depth;
  }

  /** Whether a definition is a schema under {@code components/schemas}, named by the spec. */
  static boolean isComponent(SchemaDefinition definition) {
    return SchemaTranslator.isComponentPointer(definition.pointer());
  }

  /**
   * Whether a definition nests in another type. One declared in an array or map component
   * ({@code zaraz_messages}, an array of an inline object) has a place there, but no type to nest
   * in: it is top-level.
   */
  private boolean nestsInAType(String name) {
    Nesting place = nesting.get(name);
    return place != null && (definitions.get(place.owner()) instanceof ObjectSchema
        || definitions.get(place.owner()) instanceof UnionSchema);
  }

  /**
   * Everything the type of {@code root} says, with the names of {@code root} and of the types
   * declared inside it made relative to it, and without where the spec declares it.
   */
  private List<Object> shape(String root) {
    Map<String, String> relative = relativeNames(root);
    UnaryOperator<String> names = name -> relative.containsKey(name) ? "/" + relative.get(name) : name;
    List<Object> shape = new ArrayList<>();
    relative.forEach((name, path) -> shape.add(renamed(definitions.get(name), names, path, "")));
    return shape;
  }

  /** {@code root} and the types declared inside it, each to its path from {@code root} ("" for itself). */
  private Map<String, String> relativeNames(String root) {
    Map<String, String> result = new LinkedHashMap<>();
    collect(root, "", result);
    return result;
  }

  private void collect(String name, String path, Map<String, String> into) {
    if (!definitions.containsKey(name) || into.putIfAbsent(name, path) != null) {
      return;
    }
    for (String inner : nestedIn.getOrDefault(name, List.of())) {
      String local = nesting.get(inner).localName();
      collect(inner, path.isEmpty() ? local : path + " " + local, into);
    }
  }

  /**
   * The name a group of members takes: the one they share, or when another type has it and the
   * members' names differ only in a number at the end (names the spec gave twice, told apart by
   * the number: {@code role update request 2}, {@code role update request 3}), the first member's.
   */
  private static String groupName(List<String> members, Set<String> javaNames) {
    String shared = sharedName(members).orElseThrow();
    if (!javaNames.contains(javaKey(shared)) || members.stream().anyMatch(member -> javaKey(member).equals(javaKey(shared)))) {
      return shared;
    }
    List<String> base = nameWords(members.get(0));
    boolean numbered = members.stream().allMatch(member -> nameWords(member).equals(base));
    return numbered ? members.get(0) : shared;
  }

  /**
   * The words of a name that say what it is: without a number that ends it, which only tells apart
   * two places the spec gave the same name ({@code issue update request 2}).
   */
  private static List<String> nameWords(String name) {
    List<String> words = words(name);
    boolean numbered = words.size() > 1 && words.get(words.size() - 1).chars().allMatch(Character::isDigit);
    return numbered ? words.subList(0, words.size() - 1) : words;
  }

  /**
   * The members that share a name: all of them, or when an odd name leaves them none, those whose
   * names begin with the same word, else those whose names end in the same two words (Cloudflare's
   * 70 {@code …_messages item}s beside one {@code r2_errors item}).
   */
  private static List<List<String>> namedGroups(List<String> members) {
    if (members.size() < 2) {
      return List.of();
    }
    if (sharedName(members).isPresent()) {
      return List.of(members);
    }
    List<List<String>> byStart = nameable(members, words -> words.subList(0, 1));
    return !byStart.isEmpty() ? byStart : nameable(members, words -> words.subList(Math.max(0, words.size() - 2), words.size()));
  }

  /** The members split by a part of their names' words, the parts of two or more that can be named. */
  private static List<List<String>> nameable(List<String> members, UnaryOperator<List<String>> part) {
    Map<List<String>, List<String>> byPart = new LinkedHashMap<>();
    for (String member : members) {
      List<String> words = nameWords(member);
      byPart.computeIfAbsent(words.isEmpty() ? words : part.apply(words), key -> new ArrayList<>()).add(member);
    }
    return byPart.values().stream().filter(group -> group.size() > 1 && sharedName(group).isPresent()).toList();
  }

  /**
   * The name of a group: the words its members' names begin with, then the words they end with
   * ({@code zaraz_messages item}, {@code cache_messages item} → {@code messages item}). A status
   * the name would begin with is said in words ({@code 4XX response} → {@code client error
   * response}). The start does not end in a word such as "for" that leads to what differs. Empty
   * when the names share fewer than two words or only words such as "response" and "item", or when
   * a name would begin with another status.
   */
  private static Optional<String> sharedName(List<String> members) {
    List<String> first = nameWords(members.get(0));
    int leading = first.size();
    int trailing = first.size();
    for (String member : members.subList(1, members.size())) {
      List<String> words = nameWords(member);
      int common = 0;
      while (common < leading && common < words.size() && first.get(common).equals(words.get(common))) {
        common++;
      }
      leading = common;
      common = 0;
      while (common < trailing && common < words.size()
          && first.get(first.size() - 1 - common).equals(words.get(words.size() - 1 - common))) {
        common++;
      }
      trailing = common;
    }
    while (leading > 0 && CONNECTORS.contains(first.get(leading - 1).toLowerCase(Locale.ROOT))) {
      leading--;
    }
    // The start and the end may overlap when a name is all of another one's start or end.
    int end = Math.max(leading, first.size() - trailing);
    List<String> chosen = new ArrayList<>(first.subList(0, leading));
    chosen.addAll(first.subList(end, first.size()));
    if (chosen.size() < 2 || isRoleWordsOnly(chosen)) {
      // One word, or words that only say where a type is used, say nothing of what it is: Request, ResponseItem.
      return Optional.empty();
    }
    if (Character.isDigit(chosen.get(0).charAt(0))) {
      String status = STATUS_NAMES.get(chosen.get(0).toUpperCase(Locale.ROOT));
      if (status == null) {
        return Optional.empty();
      }
      chosen.set(0, status);
    }
    return Optional.of(String.join(" ", chosen));
  }

  /** Whether words only say where a type is used: "response item". */
  private static boolean isRoleWordsOnly(List<String> words) {
    return words.stream().allMatch(word -> ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT)));
  }

  /** A name's words: its runs of letters and digits. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String word : name.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** What a name is once it is a Java type's name, as file systems that ignore case compare it. */
  private static String javaKey(String name) {
    return String.join("", words(name)).toLowerCase(Locale.ROOT);
  }

  private static SchemaDefinition renamed(SchemaDefinition definition, UnaryOperator<String> names, String name, String pointer) {
    if (definition instanceof ObjectSchema object) {
      return new ObjectSchema(name, object.description(), pointer, object.deprecated(),
          object.properties().stream().map(property -> renamed(property, names)).toList(),
          renamed(object.additionalProperties(), names));
    }
    if (definition instanceof UnionSchema union) {
      return new UnionSchema(name, union.description(), pointer, union.deprecated(),
          union.variants().stream().map(names).toList(),
          union.discriminator().map(discriminator -> {
            Map<String, String> mapping = new LinkedHashMap<>();
            discriminator.mapping().forEach((value, variant) -> mapping.put(value, names.apply(variant)));
            return new UnionSchema.Discriminator(discriminator.propertyName(), mapping);
          }),
          union.commonProperties().stream().map(property -> renamed(property, names)).toList(),
          union.valueVariants().stream()
              .map(variant -> new UnionSchema.ValueVariant(renamed(variant.type(), names), variant.kind())).toList());
    }
    EnumSchema enumeration = (EnumSchema) definition;
    return new EnumSchema(name, enumeration.description(), pointer, enumeration.deprecated(), enumeration.valueKind(),
        enumeration.values(), enumeration.constantNames());
  }

  private static Property renamed(Property property, UnaryOperator<String> names) {
    return new Property(property.wireName(), renamed(property.type(), names), property.required(), property.nullable(),
        property.description(), property.deprecated(), property.constValue(), property.readOnly(), property.writeOnly(),
        property.defaultValue());
  }

  private static TypeRef renamed(TypeRef type, UnaryOperator<String> names) {
    if (type instanceof TypeRef.Named named) {
      return TypeRef.named(names.apply(named.name()));
    }
    if (type instanceof TypeRef.ArrayOf array) {
      return new TypeRef.ArrayOf(renamed(array.items(), names));
    }
    if (type instanceof TypeRef.MapOf map) {
      return new TypeRef.MapOf(renamed(map.values(), names));
    }
    return type;
  }

  private static Operation renamed(Operation operation, UnaryOperator<String> names) {
    List<Parameter> parameters = operation.parameters().stream()
        .map(p -> new Parameter(p.name(), p.location(), renamed(p.type(), names), p.required(), p.description(),
            p.deprecated(), p.style(), p.explode(), p.fixedValue()))
        .toList();
    Optional<RequestBody> body = operation.requestBody()
        .map(b -> new RequestBody(b.mediaType(), renamed(b.type(), names), b.required(), b.description()));
    List<Response> responses = operation.responses().stream()
        .map(r -> new Response(r.status(), r.description(), r.mediaType(), r.type().map(type -> renamed(type, names)),
            r.eventStream().map(events -> new Response.EventStream(events.dataType().map(type -> renamed(type, names))))))
        .toList();
    return new Operation(operation.operationId(), operation.method(), operation.path(), operation.group(),
        operation.summary(), operation.description(), operation.deprecated(), parameters, body, responses,
        operation.pointer(), operation.groupName(), operation.action(), operation.pagination());
  }
}
