package dev.clientele.core.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The public API a run generated, as callers compile against it: its types, their properties with
 * Java types and nullness, enum constants, union variants, operations with their parameters and
 * return types, and the client's accessors. Sorted, so that the same API always reads the same.
 *
 * @param elements the elements, sorted by kind and key
 */
public record ApiSurface(List<Element> elements) {

  /** What an element is; the order is the report's. */
  public enum Kind {
    TYPE("type"),
    PROPERTY("property"),
    CONSTANT("enum constant"),
    VARIANT("variant"),
    OPERATION("operation"),
    PARAMETER("parameter"),
    /** A query, header or cookie parameter: a component of an operation's params record, set by name. */
    PARAMS_COMPONENT("parameter"),
    ACCESSOR("accessor");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** How a report names this kind of element. */
    public String label() {
      return label;
    }
  }

  /**
   * One element.
   *
   * @param kind what it is
   * @param key what identifies it across runs: {@code Lead}, {@code Lead.status},
   *     {@code LeadsApi.create}, {@code LeadsApi.create(body)}
   * @param signature what callers depend on: a property's or parameter's type with its nullness and
   *     whether it is required, an operation's return type, a type's kind, a constant's wire value
   */
  public record Element(Kind kind, String key, String signature) {
    public Element {
      if (key.contains("\t") || key.contains("\n") || signature.contains("\t") || signature.contains("\n")) {
        throw new IllegalArgumentException("tabs and line breaks are not allowed in an API element: " + key);
      }
    }

    /** The type an element belongs to: {@code Lead} for {@code Lead#status}; a type's own name. */
    public String owner() {
      int hash = key.indexOf('#');
      return hash < 0 ? key : key.substring(0, hash);
    }
  }

  private static final Comparator<Element> ORDER =
      Comparator.comparing(Element::kind).thenComparing(Element::key).thenComparing(Element::signature);

  public ApiSurface {
    List<Element> sorted = new ArrayList<>(elements);
    sorted.sort(ORDER);
    elements = List.copyOf(sorted);
  }

  /** One line per element: kind, key and signature separated by tabs. */
  public List<String> lines() {
    return elements.stream().map(e -> e.kind().name() + "\t" + e.key() + "\t" + e.signature()).toList();
  }

  /** The surface {@link #lines()} describe; lines that are not such are skipped. */
  public static ApiSurface parse(List<String> lines) {
    List<Element> elements = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split("\t", -1);
      if (parts.length != 3) {
        continue;
      }
      try {
        elements.add(new Element(Kind.valueOf(parts[0]), parts[1], parts[2]));
      } catch (IllegalArgumentException e) {
        // a kind this version does not know: skipped, so that an upgrade reports rather than fails
      }
    }
    return new ApiSurface(elements);
  }
}
