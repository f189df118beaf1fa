package dev.clientele.core.changes;

import dev.clientele.core.changes.ApiSurface.Element;
import dev.clientele.core.changes.ApiSurface.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What changed in the generated API between two runs, each change marked breaking when callers'
 * code may stop compiling or change meaning: something removed or retyped, a parameter added to
 * an operation (parameters are positional) or made required, a required property added. Adding a
 * type, an optional property, an enum constant (open enums parse unknown values anyway), a variant
 * or an operation is not. A type removed and another added with the same members is a rename (a
 * property removed and another of the same type added is not: nothing shows that one became the
 * other). The members of a type or operation that was added, removed or renamed are not listed on
 * their own.
 *
 * @param changes breaking changes first, then the others, each in the order of {@link Kind}
 */
public record ApiChanges(List<Change> changes) {

  /**
   * One change.
   *
   * @param breaking whether callers' code may stop compiling or change meaning
   * @param kind what changed
   * @param description what happened, e.g. {@code property Lead#status removed (was @Nullable LeadStatus)}
   */
  public record Change(boolean breaking, Kind kind, String description) {}

  private static final String NULLABLE = "@Nullable ";
  private static final String REQUIRED = ", required";

  public ApiChanges {
    changes = List.copyOf(changes);
  }

  /** Whether any change is breaking. */
  public boolean hasBreaking() {
    return changes.stream().anyMatch(Change::breaking);
  }

  /** The breaking changes. */
  public List<Change> breaking() {
    return changes.stream().filter(Change::breaking).toList();
  }

  /** What changed from {@code before} to {@code after}. */
  public static ApiChanges between(ApiSurface before, ApiSurface after) {
    Map<String, Element> old = index(before);
    Map<String, Element> now = index(after);
    List<Element> removed = old.values().stream().filter(e -> !now.containsKey(identity(e))).toList();
    List<Element> added = now.values().stream().filter(e -> !old.containsKey(identity(e))).toList();
    List<Change> changes = new ArrayList<>();

    Map<String, String> renamedTypes = renamedTypes(removed, added, before, after);
    renamedTypes.forEach((from, to) -> changes.add(new Change(true, Kind.TYPE, "type " + from + " renamed to " + to)));
    Set<String> goneOrNew = new HashSet<>(renamedTypes.keySet());
    goneOrNew.addAll(renamedTypes.values());
    removed.stream().filter(e -> e.kind() == Kind.TYPE).forEach(e -> goneOrNew.add(e.key()));
    added.stream().filter(e -> e.kind() == Kind.TYPE).forEach(e -> goneOrNew.add(e.key()));
    Set<String> operationsAddedOrRemoved = new HashSet<>();
    removed.stream().filter(e -> e.kind() == Kind.OPERATION).forEach(e -> operationsAddedOrRemoved.add(e.key()));
    added.stream().filter(e -> e.kind() == Kind.OPERATION).forEach(e -> operationsAddedOrRemoved.add(e.key()));
    Predicate<Element> listed = e -> (e.kind() == Kind.TYPE
            ? !renamedTypes.containsKey(e.key()) && !renamedTypes.containsValue(e.key())
            : !goneOrNew.contains(e.owner()))
        && !((e.kind() == Kind.PARAMETER || e.kind() == Kind.PARAMS_COMPONENT)
            && operationsAddedOrRemoved.contains(operationOf(e)));

    for (Element element : removed) {
      if (listed.test(element)) {
        changes.add(new Change(true, element.kind(), removal(element)));
      }
    }
    for (Element element : added) {
      if (listed.test(element)) {
        changes.add(addition(element));
      }
    }
    for (Element element : now.values()) {
      Element was = old.get(identity(element));
      if (was != null && !was.signature().equals(element.signature()) && listed.test(element)) {
        changes.add(change(was, element));
      }
    }
    changes.sort(Comparator.comparing((Change c) -> !c.breaking()).thenComparing(Change::kind));
    return new ApiChanges(changes);
  }

  private static Map<String, Element> index(ApiSurface surface) {
    Map<String, Element> index = new LinkedHashMap<>();
    for (Element element : surface.elements()) {
      index.put(identity(element), element);
    }
    return index;
  }

  private static String identity(Element element) {
    return element.kind() + " " + element.key();
  }

  private static String operationOf(Element parameter) {
    int paren = parameter.key().indexOf('(');
    return paren < 0 ? parameter.key() : parameter.key().substring(0, paren);
  }

  /**
   * A removed type and an added one of the same kind whose members are the same, and not empty; of
   * several such added types, the first. Types are matched by their shape in one pass, so that
   * comparing two unrelated APIs (another spec generated into the same folder) stays linear.
   */
  private static Map<String, String> renamedTypes(
      List<Element> removed, List<Element> added, ApiSurface before, ApiSurface after) {
    Map<String, Set<String>> membersBefore = membersByType(before);
    Map<String, Set<String>> membersAfter = membersByType(after);
    Map<List<Object>, ArrayDeque<String>> addedByShape = new HashMap<>();
    for (Element to : added) {
      if (to.kind() == Kind.TYPE) {
        List<Object> shape = List.of(to.signature(), membersAfter.getOrDefault(to.key(), Set.of()));
        addedByShape.computeIfAbsent(shape, key -> new ArrayDeque<>()).add(to.key());
      }
    }
    Map<String, String> renamed = new LinkedHashMap<>();
    for (Element from : removed) {
      Set<String> members = membersBefore.getOrDefault(from.key(), Set.of());
      if (from.kind() != Kind.TYPE || members.isEmpty()) {
        continue;
      }
      ArrayDeque<String> candidates = addedByShape.get(List.of(from.signature(), members));
      if (candidates != null && !candidates.isEmpty()) {
        renamed.put(from.key(), candidates.poll());
      }
    }
    return renamed;
  }

  /** Each type's members, by the type: their kind, their key below the type and their signature. */
  private static Map<String, Set<String>> membersByType(ApiSurface surface) {
    Map<String, Set<String>> members = new HashMap<>();
    for (Element element : surface.elements()) {
      if (element.kind() != Kind.TYPE) {
        String type = element.owner();
        members.computeIfAbsent(type, key -> new HashSet<>())
            .add(element.kind() + " " + element.key().substring(type.length()) + " " + element.signature());
      }
    }
    return members;
  }

  private static String removal(Element element) {
    String was = element.signature().isEmpty() ? "" : " (was " + element.signature() + ")";
    return switch (element.kind()) {
      case TYPE -> "type " + element.key() + " removed";
      case PARAMETER -> "parameter " + element.key() + " removed: callers pass one argument less";
      case PARAMS_COMPONENT -> "parameter " + element.key() + " removed: callers that set it on the params builder no"
          + " longer compile";
      default -> element.kind().label() + " " + element.key() + " removed" + was;
    };
  }

  private static Change addition(Element element) {
    return switch (element.kind()) {
      case TYPE -> new Change(false, Kind.TYPE, "type " + element.key() + " added (" + element.signature() + ")");
      case PROPERTY -> element.signature().endsWith(REQUIRED)
          ? new Change(true, Kind.PROPERTY, "property " + element.key() + " added, required ("
              + element.signature() + "): build() fails until it is set")
          : new Change(false, Kind.PROPERTY, "property " + element.key() + " added (" + element.signature() + ")");
      case CONSTANT -> new Change(false, Kind.CONSTANT, "enum constant " + element.key() + " added (\"" + element.signature() + "\")");
      case OPERATION -> new Change(false, Kind.OPERATION, "operation " + element.key() + " added (returns " + element.signature() + ")");
      case PARAMETER -> new Change(true, Kind.PARAMETER, "parameter " + element.key() + " added ("
          + element.signature() + "): callers must pass it");
      case PARAMS_COMPONENT -> element.signature().startsWith(NULLABLE)
          ? new Change(false, Kind.PARAMS_COMPONENT, "parameter " + element.key() + " added (" + element.signature() + ")")
          : new Change(true, Kind.PARAMS_COMPONENT, "parameter " + element.key() + " added, required ("
              + element.signature() + "): build() fails until it is set");
      default -> new Change(false, element.kind(), element.kind().label() + " " + element.key() + " added");
    };
  }

  private static Change change(Element was, Element now) {
    String before = was.signature();
    String after = now.signature();
    String what = now.kind().label() + " " + now.key();
    boolean parameter = now.kind() == Kind.PARAMETER || now.kind() == Kind.PARAMS_COMPONENT;
    if (parameter && before.equals(NULLABLE + after)) {
      return new Change(true, now.kind(), what + " became required (" + after + ")");
    }
    if (parameter && after.equals(NULLABLE + before)) {
      return new Change(false, now.kind(), what + " became optional (" + after + ")");
    }
    if (now.kind() == Kind.PROPERTY && Objects.equals(strip(before), strip(after))) {
      return after.endsWith(REQUIRED) && !before.endsWith(REQUIRED)
          ? new Change(true, Kind.PROPERTY, what + " became required: build() fails until it is set")
          : new Change(true, Kind.PROPERTY, what + " is no longer required (" + after + "): it may be null");
    }
    return new Change(true, now.kind(), what + " changed from " + before + " to " + after);
  }

  /** A property's type without nullness and required-ness: what stays when only those change. */
  private static String strip(String signature) {
    String type = signature.endsWith(REQUIRED) ? signature.substring(0, signature.length() - REQUIRED.length()) : signature;
    return type.startsWith(NULLABLE) ? type.substring(NULLABLE.length()) : type;
  }
}
