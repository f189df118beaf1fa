package dev.clientele.core.naming;

import java.util.Map;
import java.util.Set;

/**
 * A small English singularizer for naming an array's item after the array ({@code permissions} →
 * {@code permission}, {@code addresses} → {@code address}, {@code policies} → {@code policy}). It
 * only acts on the last word and keeps the word as it is when unsure ({@code data}, {@code status},
 * {@code series}): a plural type name reads better than a wrong singular.
 */
public final class Singular {

  private static final Map<String, String> IRREGULAR =
      Map.of("people", "person", "children", "child", "men", "man", "women", "woman", "indices", "index",
          "matrices", "matrix", "vertices", "vertex", "criteria", "criterion", "analyses", "analysis");

  /** Words whose singular is the word itself, or that are not plurals though they end in s. */
  private static final Set<String> UNCHANGED =
      Set.of("data", "metadata", "series", "species", "news", "status", "alias", "aliases", "bus",
          "gas", "bias", "canvas", "settings", "details", "access", "process", "success", "progress",
          "analytics", "statistics", "stats", "credentials", "https", "always", "is", "has", "was", "does", "plus",
          "minus", "this", "yes", "ms", "os", "sms", "dns", "aws", "gcs", "ids");

  private Singular() {}

  /** {@code name} with its last word singular, or {@code name} itself when unsure. */
  public static String of(String name) {
    int end = name.length();
    int start = end;
    while (start > 0 && Character.isLowerCase(name.charAt(start - 1)) && name.charAt(start - 1) < 128) {
      start--;
    }
    // The last word starts with its capital, if it has one ("lineItems" → "Items").
    if (start > 0 && Character.isUpperCase(name.charAt(start - 1)) && name.charAt(start - 1) < 128) {
      start--;
    }
    String word = name.substring(start, end);
    String singular = word(word.toLowerCase(java.util.Locale.ROOT));
    if (singular == null) {
      return name;
    }
    if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
      singular = Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
    }
    return name.substring(0, start) + singular;
  }

  /**
   * What a type declared in a place is named after: the place's local name, or for an array
   * property's item the property in the singular ({@code refunds item} → {@code refund}); an item
   * whose property has no sure singular keeps its local name ({@code data item}).
   */
  public static String itemName(String localName) {
    String suffix = " item";
    if (localName.endsWith(suffix) && localName.length() > suffix.length()) {
      String array = localName.substring(0, localName.length() - suffix.length());
      String singular = of(array);
      if (!singular.equals(array) && !array.endsWith(suffix)) {
        return singular;
      }
    }
    return localName;
  }

  /** The singular of a lower-case word, or null when unsure. */
  private static String word(String word) {
    if (word.length() < 3 || UNCHANGED.contains(word)) {
      return null;
    }
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      return irregular;
    }
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("sses") || word.endsWith("uses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")
        || word.endsWith("zzes")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || word.endsWith("ics")) {
      return null;
    }
    if (word.endsWith("s")) {
      return word.substring(0, word.length() - 1);
    }
    return null;
  }
}
