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
   */
  record Test(
      ObjectSchema variant, List<String> requiredNames, Map<String, String> fixedValues, List<String> anyOfNames) {

    boolean matchesEverything() {
      return requiredNames.isEmpty() && fixedValues.isEmpty() && anyOfNames.isEmpty();
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
      return signature;
    }
  }

  /**
   * The tests in the order to try them, and the pairs that cannot be told apart.
   *
   * @param tests most specific first; ties keep the spec's order
   * @param ties pairs of variant names whose tests are identical: the first listed wins
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
      tests.add(new Test(variant, required, fixed, anyOf));
    }
    List<Test> ordered = new ArrayList<>(tests);
    // Stable sort: ties keep the spec's order; a catch-all variant goes last.
    ordered.sort(
        Comparator.comparing(Test::matchesEverything)
            .thenComparing(Comparator.comparingInt(Test::specificity).reversed()));
    List<List<String>> ties = new ArrayList<>();
    List<Test> reachable = new ArrayList<>();
    for (Test test : ordered) {
      Test twin = reachable.stream().filter(t -> t.signature().equals(test.signature())).findFirst().orElse(null);
      if (twin != null) {
        ties.add(List.of(twin.variant().name(), test.variant().name()));
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
}
