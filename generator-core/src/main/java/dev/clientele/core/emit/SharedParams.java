package dev.clientele.core.emit;

import com.palantir.javapoet.ClassName;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.TypeReferences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Params records that several operations share: operations whose query, header and cookie
 * parameters are the same and whose method names begin with the same word take one record, nested in
 * their interface, or top-level beside the interfaces when operations of several share it.
 */
final class SharedParams {

  private SharedParams() {}

  /**
   * The names of the params records that several operations share: those whose query, header and
   * cookie parameters are the same and whose method names begin with the same word. Kubernetes
   * declares the same dozen list options on every list operation of a group: one {@code
   * ListCoreV1Params} instead of thirty copies. The name is the words the method names begin with
   * ({@code listCoreV1Pod}, {@code listCoreV1Service} → {@code ListCoreV1Params}). Operations share
   * no record when that name would be another operation's own params record's, is {@code taken}, or
   * would be two groups', nor when a parameter declares a type inline, which nests in its operation's
   * record.
   */
  static Map<Key, String> names(
      List<Operation> operations, boolean hasSecuritySchemes, JavaTypes types, Set<String> taken) {
    // By the parameters and the first word: list operations share one record, watch operations another.
    Map<Key, List<String>> methodNames = new LinkedHashMap<>();
    // An operation's own record name, and the parameters of each operation that would take it.
    Map<String, Set<List<Parameter>>> ownRecordNames = new HashMap<>();
    for (Operation operation : operations) {
      List<Parameter> carried = OperationMethod.carried(OperationMethod.ownParameters(operation, hasSecuritySchemes));
      if (carried.isEmpty()) {
        continue;
      }
      String name = OperationMethod.baseName(operation);
      Key key = Key.of(carried, operation);
      ownRecordNames.computeIfAbsent(JavaNames.typeName(name) + "Params", own -> new HashSet<>()).add(key.carried());
      if (carried.stream().noneMatch(p -> TypeReferences.ofParameter(p.type()) != null
          && types.awaitsParameterPlace(TypeReferences.ofParameter(p.type())))) {
        methodNames.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
      }
    }
    Map<String, List<Key>> claims = new LinkedHashMap<>();
    methodNames.forEach((key, names) -> {
      if (names.size() > 1) {
        claims.computeIfAbsent(JavaNames.typeName(String.join(" ", commonLeadingWords(names))) + "Params",
            name -> new ArrayList<>()).add(key);
      }
    });
    Map<Key, String> result = new LinkedHashMap<>();
    claims.forEach((name, groups) -> {
      Set<List<Parameter>> ownersOfName = ownRecordNames.get(name);
      if (groups.size() == 1 && !taken.contains(name)
          && (ownersOfName == null || ownersOfName.equals(Set.of(groups.get(0).carried())))) {
        result.put(groups.get(0), name);
      }
    });
    return result;
  }

  /**
   * The params records that operations of several groups share, top-level in the operations'
   * package: Kubernetes' list options, the same on the list operations of every API group, are one
   * {@code ListParams}. Named as the records shared in one group are, after the words the method
   * names begin with.
   */
  static final class AcrossGroups {
    private final Map<Key, ClassName> names;
    private final Map<Key, OperationMethod.ParamsRecord> records = new HashMap<>();

    private AcrossGroups(Map<Key, ClassName> names) {
      this.names = names;
    }

    /** The class of the record operations of this key share, or null when they share none across groups. */
    ClassName name(Key key) {
      return names.get(key);
    }

    /** The record of a key, made once for all the groups that share it. */
    OperationMethod.ParamsRecord record(Key key, Function<Key, OperationMethod.ParamsRecord> make) {
      return records.computeIfAbsent(key, make);
    }

    /** The simple names of the records, which a record nested in an interface must not take. */
    Set<String> simpleNames() {
      Set<String> simpleNames = new HashSet<>();
      names.values().forEach(name -> simpleNames.add(name.simpleName()));
      return simpleNames;
    }

    /**
     * The records of {@code operations}, grouped, that more than one group shares.
     *
     * @param packageScope the type names taken in the operations' package, where these take theirs
     */
    static AcrossGroups of(Map<String, List<Operation>> groups, String apiPackage, NameScope packageScope,
        JavaTypes types, boolean hasSecuritySchemes) {
      List<Operation> all = groups.values().stream().flatMap(List::stream).toList();
      Map<Key, Set<String>> groupsOfKey = new HashMap<>();
      for (Operation operation : all) {
        groupsOfKey.computeIfAbsent(Key.of(OperationMethod.carried(OperationMethod.ownParameters(operation, hasSecuritySchemes)), operation),
            key -> new HashSet<>()).add(operation.group());
      }
      Map<Key, ClassName> names = new LinkedHashMap<>();
      names(all, hasSecuritySchemes, types, Set.of()).forEach((key, name) -> {
        if (groupsOfKey.get(key).size() > 1) {
          names.put(key, ClassName.get(apiPackage, packageScope.allocate(name)));
        }
      });
      return new AcrossGroups(names);
    }
  }

  /** What operations that share a params record have in common: the parameters and the method name's first word. */
  record Key(List<Parameter> carried, String firstWord) {

    /**
     * The key of an operation. The parameters are in a fixed order: Kubernetes declares {@code
     * pretty} on the path of its namespaced lists, before the list options, and on the operation of
     * the others, after them. The shared record takes the first operation's order.
     */
    static Key of(List<Parameter> carried, Operation operation) {
      List<Parameter> ordered = new ArrayList<>(carried);
      ordered.sort(Comparator.comparing(Parameter::location).thenComparing(Parameter::name));
      return new Key(ordered, words(OperationMethod.baseName(operation)).get(0));
    }
  }

  /** The words every name begins with: [list, Core, V1] for {@code listCoreV1Pod} and {@code listCoreV1Service}. */
  private static List<String> commonLeadingWords(List<String> names) {
    List<String> prefix = words(names.get(0));
    for (String name : names.subList(1, names.size())) {
      List<String> words = words(name);
      int common = 0;
      while (common < prefix.size() && common < words.size() && prefix.get(common).equals(words.get(common))) {
        common++;
      }
      prefix = prefix.subList(0, common);
    }
    return prefix;
  }

  /** A name's words, with a word split after its digits too: [list, Core, V1, Namespaced, Pod]. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String word : JavaNames.words(name)) {
      words.addAll(List.of(word.split("(?<=[0-9])(?=[A-Z])")));
    }
    return words;
  }
}
