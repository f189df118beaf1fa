package dev.clientele.core.emit;

import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Property;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, at generation time, how to tell the variants of a union without a discriminator apart:
 * a payload is the most specific variant whose required properties (and fixed values) it all has.
 * Variants are tried from the most required properties to the fewest; a variant with no required
 * properties matches when any of its properties is present.
 */
final class VariantMatching {

  /**
   * One variant's test.
   *
   * @param variant the variant's schema
   * @param requiredNames properties the payload must have
   * @param fixedValues properties whose (string) value the variant fixes, by wire name
   * @param anyOfNames for a variant with no required properties, properties of which one suffices
   * @param distinguishingNames for a variant that requires what another requires too, the optional
   *     properties only it declares, of which the payload must have one; empty otherwise
   * @param twins variants the same test admits, which cannot be told apart from this one by their
   *     properties: each is tried, in order, when the payload's values do not fit the one before
   *     (Cloudflare's purge requests: {@code files} as strings, or as objects)
   */
  record Test(
      ObjectSchema variant,
      List<String> requiredNames,
      Map<String, String> fixedValues,
      List<String> anyOfNames,
      List<String> distinguishingNames,
      List<ObjectSchema> twins) {

    boolean matchesEverything() {
      return requiredNames.isEmpty() && fixedValues.isEmpty() && anyOfNames.isEmpty() && distinguishingNames.isEmpty();
    }

    Test distinguishedBy(List<String> names) {
      return new Test(variant, requiredNames, fixedValues, anyOfNames, names, twins);
    }

    private Test withTwin(ObjectSchema twin) {
      List<ObjectSchema> all = new ArrayList<>(twins);
      all.add(twin);
      return new Test(variant, requiredNames, fixedValues, anyOfNames, distinguishingNames, List.copyOf(all));
    }

    private int specificity() {
      return requiredNames.size() + fixedValues.size();
    }

    private Set<String> signature() {
      Set<String> signature = new TreeSet<>(requiredNames);
      fixedValues.forEach((name, value) -> signature.add(name + "=" + value));
      if (signature.isEmpty()) {
        signature.addAll(anyOfNames);
      }
      distinguishingNames.forEach(name -> signature.add("?" + name));
      return signature;
    }
  }

  /**
   * The tests in the order to try them, and the pairs that cannot be told apart.
   *
   * @param tests most specific first; ties keep the spec's order
   * @param ties pairs of variant names whose tests are identical: the first is tried first
   */
  record Plan(List<Test> tests, List<List<String>> ties) {}

  private VariantMatching() {}

  static Plan plan(List<ObjectSchema> variants) {
    List<Test> tests = new ArrayList<>();
    for (ObjectSchema variant : variants) {
      List<String> required = new ArrayList<>();
      Map<String, String> fixed = new LinkedHashMap<>();
      for (Property property : variant.properties()) {
        if (property.required() && property.constValue().isPresent()) {
          fixed.put(property.wireName(), property.constValue().get());
        } else if (property.required()) {
          required.add(property.wireName());
        }
      }
      List<String> anyOf =
          required.isEmpty() && fixed.isEmpty()
              ? variant.properties().stream().map(Property::wireName).toList()
              : List.of();
      tests.add(new Test(variant, required, fixed, anyOf, List.of(), List.of()));
    }
    List<Test> ordered = new ArrayList<>(tests);
    // Stable sort: ties keep the spec's order; a catch-all variant goes last.
    ordered.sort(
        Comparator.comparing(Test::matchesEverything)
            .thenComparing(Comparator.comparingInt(Test::specificity).reversed()));
    List<List<String>> ties = new ArrayList<>();
    List<Test> reachable = new ArrayList<>();
    for (Test test : distinguishTwins(ordered)) {
      int twin = indexOfSignature(reachable, test.signature());
      if (twin >= 0) {
        ties.add(List.of(reachable.get(twin).variant().name(), test.variant().name()));
        reachable.set(twin, reachable.get(twin).withTwin(test.variant()));
        continue;
      }
      if (reachable.stream().anyMatch(Test::matchesEverything)) {
        ties.add(List.of(reachable.get(reachable.size() - 1).variant().name(), test.variant().name()));
        continue;
      }
      reachable.add(test);
    }
    return new Plan(reachable, ties);
  }

  private static int indexOfSignature(List<Test> tests, Set<String> signature) {
    for (int i = 0; i < tests.size(); i++) {
      if (tests.get(i).signature().equals(signature)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Variants that require the same properties (Cloudflare's rules, GitHub's validation errors) are
   * still told apart by an optional property only one of them declares: such a variant is tried
   * first, when the payload has one of those. The twin without one stays last, as the fallback.
   */
  private static List<Test> distinguishTwins(List<Test> ordered) {
    List<Test> result = new ArrayList<>();
    List<Test> remaining = new ArrayList<>(ordered);
    while (!remaining.isEmpty()) {
      Test head = remaining.get(0);
      List<Test> twins = remaining.stream().filter(t -> t.signature().equals(head.signature())).toList();
      remaining.removeAll(twins);
      if (twins.size() == 1 || head.signature().isEmpty()) {
        result.addAll(twins);
        continue;
      }
      List<Test> distinguished = new ArrayList<>();
      List<Test> plain = new ArrayList<>();
      for (Test twin : twins) {
        Set<String> others = new TreeSet<>();
        twins.stream().filter(other -> other != twin)
            .forEach(other -> other.variant().properties().forEach(p -> others.add(p.wireName())));
        List<String> own = twin.variant().properties().stream()
            .map(Property::wireName)
            .filter(name -> !others.contains(name) && !twin.requiredNames().contains(name))
            .toList();
        if (own.isEmpty()) {
          plain.add(twin);
        } else {
          distinguished.add(twin.distinguishedBy(own));
        }
      }
      if (plain.isEmpty()) {
        // One of them must still take a payload with none of the optional properties.
        Test last = distinguished.remove(distinguished.size() - 1);
        plain.add(new Test(last.variant(), last.requiredNames(), last.fixedValues(), last.anyOfNames(), List.of(), List.of()));
      }
      result.addAll(distinguished);
      result.addAll(plain);
    }
    return result;
  }
}
