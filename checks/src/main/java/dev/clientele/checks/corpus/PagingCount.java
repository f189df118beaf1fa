package dev.clientele.checks.corpus;

import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Pagination;
import dev.clientele.core.parse.ParsedSpec;
import dev.clientele.core.parse.UnpagedList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many of a spec's operations got a pager, by style, and how many list-like operations did not,
 * by reason (with one operation as an example of each), for the corpus report.
 *
 * @param byStyle paged operations per style
 * @param bySource paged operations per what said so (detection, an extension)
 * @param unpaged list-like operations without a pager, per kind of reason
 * @param examples per kind of reason, one such operation and its whole reason
 */
record PagingCount(
    Map<Pagination.Style, Integer> byStyle,
    Map<Pagination.Source, Integer> bySource,
    Map<String, Integer> unpaged,
    Map<String, String> examples) {

  /** No spec read: nothing counted. */
  static final PagingCount NONE = new PagingCount(Map.of(), Map.of(), Map.of(), Map.of());

  PagingCount {
    byStyle = Map.copyOf(byStyle);
    bySource = Map.copyOf(bySource);
    unpaged = Map.copyOf(unpaged);
    examples = Map.copyOf(examples);
  }

  static PagingCount of(ParsedSpec parsed) {
    Map<Pagination.Style, Integer> byStyle = new EnumMap<>(Pagination.Style.class);
    Map<Pagination.Source, Integer> bySource = new EnumMap<>(Pagination.Source.class);
    for (Operation operation : parsed.model().operations()) {
      operation.pagination().ifPresent(pagination -> {
        byStyle.merge(pagination.style(), 1, Integer::sum);
        bySource.merge(pagination.source(), 1, Integer::sum);
      });
    }
    Map<String, Integer> unpaged = new TreeMap<>();
    Map<String, String> examples = new TreeMap<>();
    for (UnpagedList list : parsed.unpagedLists()) {
      String kind = kind(list.reason());
      unpaged.merge(kind, 1, Integer::sum);
      examples.putIfAbsent(kind, list.method() + " " + list.path() + ": " + list.reason());
    }
    return new PagingCount(byStyle, bySource, unpaged, examples);
  }

  int pagers() {
    return byStyle.values().stream().mapToInt(Integer::intValue).sum();
  }

  int unpagedLists() {
    return unpaged.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The counts of several specs together. */
  static PagingCount sum(List<PagingCount> counts) {
    Map<Pagination.Style, Integer> byStyle = new EnumMap<>(Pagination.Style.class);
    Map<Pagination.Source, Integer> bySource = new EnumMap<>(Pagination.Source.class);
    Map<String, Integer> unpaged = new TreeMap<>();
    Map<String, String> examples = new TreeMap<>();
    for (PagingCount count : counts) {
      count.byStyle.forEach((style, n) -> byStyle.merge(style, n, Integer::sum));
      count.bySource.forEach((source, n) -> bySource.merge(source, n, Integer::sum));
      count.unpaged.forEach((kind, n) -> unpaged.merge(kind, n, Integer::sum));
      count.examples.forEach(examples::putIfAbsent);
    }
    return new PagingCount(byStyle, bySource, unpaged, examples);
  }

  /** {@code 95 cursor from last item, 3 offset}: the styles, most first. */
  String styles() {
    Map<String, Integer> named = new LinkedHashMap<>();
    byStyle.forEach((style, n) -> named.put(words(style.name()), n));
    return counted(named);
  }

  /** {@code 2 x-speakeasy-pagination}: the paged operations an extension decided, if any. */
  String sources() {
    Map<String, Integer> named = new LinkedHashMap<>();
    bySource.forEach((source, n) -> {
      if (source != Pagination.Source.DETECTED) {
        named.put(words(source.name()), n);
      }
    });
    return counted(named);
  }

  /** The reasons, most frequent first, each with its count. */
  List<Map.Entry<String, Integer>> reasons() {
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(unpaged.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    return sorted;
  }

  /**
   * A reason without the names that make it particular ({@code cursor parameter after but no next
   * cursor …} → {@code cursor parameter … but no next cursor …}; lists after a colon dropped), so
   * that operations with the same kind of shape are counted together.
   */
  static String kind(String reason) {
    String kind = reason.replaceAll("^cursor parameter \\S+", "cursor parameter …");
    kind = kind.replaceAll("\\([^)]*\\)", "(…)");
    int colon = kind.indexOf(':');
    return colon < 0 ? kind : kind.substring(0, colon);
  }

  private static String counted(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .map(entry -> entry.getValue() + " " + entry.getKey())
        .reduce((a, b) -> a + ", " + b).orElse("none");
  }

  private static String words(String constant) {
    return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
