package dev.clientele.core.parse;

import dev.clientele.core.model.Pagination;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the generation options say about pagination: whether to find it from the spec, and how the
 * pages of operations the spec does not describe well follow one another. Written as entries
 * separated by {@code ;} or line breaks:
 *
 * <pre>
 * off                                                  find no pagination in the spec
 * listLeads=offset:_skip,_limit,items=data,hasMore=has_more
 * listEvents=cursor:after,cursor=meta.next,items=events
 * listCharges=cursor:starting_after,id=id              the cursor is the last item's id
 * GET /repos=page:page,per_page,firstPage=0
 * listIssues=link                                      the Link header's rel="next"
 * searchAll=none                                       no pager for this operation
 * </pre>
 *
 * An operation is named by its {@code operationId} or as {@code METHOD /path}. Without {@code
 * items=} the items are found as detection finds them (the response when it is an array, else its
 * one array property); paths are property names separated by dots.
 *
 * @param detect whether pagination is found from the spec (and its vendor extensions)
 * @param operations the operations configured one by one, in the order given
 */
public record PaginationOptions(boolean detect, List<Configured> operations) {

  /** The syntax, for error messages. */
  public static final String SYNTAX = "off, or OPERATION=STYLE with STYLE one of offset:OFFSET_PARAM[,LIMIT_PARAM], "
      + "page:PAGE_PARAM[,SIZE_PARAM], cursor:CURSOR_PARAM, link or none, then ,items=PATH ,hasMore=PATH "
      + ",cursor=PATH (the response's next cursor) ,id=PROPERTY (the last item's) ,firstPage=N as needed; "
      + "e.g. listLeads=offset:_skip,_limit,items=data,hasMore=has_more";

  public PaginationOptions {
    operations = List.copyOf(operations);
  }

  /**
   * One operation's pagination as configured.
   *
   * @param operation the operationId, or {@code METHOD /path}
   * @param text the entry as written, for messages
   * @param style the style, or empty for {@code none}: the operation gets no pager
   * @param parameter the offset, page or cursor parameter; empty for {@code link} and {@code none}
   * @param sizeParameter the limit or page-size parameter, if given
   * @param items the path to the items, if given
   * @param hasMore the path to the has-more flag, if given
   * @param nextCursor the path to the response's next cursor, if given
   * @param itemId the last item's cursor property, if given
   * @param firstPage the first page's number, if given
   */
  public record Configured(
      String operation,
      String text,
      Optional<Pagination.Style> style,
      String parameter,
      Optional<String> sizeParameter,
      Optional<List<String>> items,
      Optional<List<String>> hasMore,
      Optional<List<String>> nextCursor,
      Optional<String> itemId,
      OptionalInt firstPage) {}

  /** Detection on, nothing configured. */
  public static PaginationOptions defaults() {
    return new PaginationOptions(true, List.of());
  }

  /**
   * Reads the entries of one option value.
   *
   * @throws IllegalArgumentException naming the entry, what is wrong and what to write instead
   */
  public static PaginationOptions parse(String text) {
    boolean detect = true;
    List<Configured> operations = new ArrayList<>();
    for (String raw : text.split("[;\\r\\n]+")) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.equalsIgnoreCase("off")) {
        detect = false;
      } else {
        operations.add(entry(entry));
      }
    }
    return new PaginationOptions(detect, operations);
  }

  /** These options followed by {@code more}: detection is off if either says so. */
  public PaginationOptions and(PaginationOptions more) {
    List<Configured> all = new ArrayList<>(operations);
    all.addAll(more.operations);
    return new PaginationOptions(detect && more.detect, all);
  }

  private static Configured entry(String entry) {
    int equals = entry.indexOf('=');
    if (equals <= 0) {
      throw invalid(entry, "it names no operation and style");
    }
    String operation = entry.substring(0, equals).strip();
    String rest = entry.substring(equals + 1).strip();
    String[] parts = rest.split(",", -1);
    String head = parts[0].strip();
    int colon = head.indexOf(':');
    String styleName = (colon < 0 ? head : head.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
    List<String> positional = new ArrayList<>();
    if (colon >= 0) {
      positional.add(head.substring(colon + 1).strip());
    }
    Optional<List<String>> items = Optional.empty();
    Optional<List<String>> hasMore = Optional.empty();
    Optional<List<String>> nextCursor = Optional.empty();
    Optional<String> itemId = Optional.empty();
    OptionalInt firstPage = OptionalInt.empty();
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].strip();
      int keyEnd = part.indexOf('=');
      if (keyEnd < 0) {
        positional.add(part);
        continue;
      }
      String key = part.substring(0, keyEnd).strip();
      String value = part.substring(keyEnd + 1).strip();
      if (value.isEmpty()) {
        throw invalid(entry, "'" + key + "=' has no value");
      }
      switch (key) {
        case "items" -> items = Optional.of(path(entry, key, value));
        case "hasMore" -> hasMore = Optional.of(path(entry, key, value));
        case "cursor" -> nextCursor = Optional.of(path(entry, key, value));
        case "id" -> itemId = Optional.of(value);
        case "firstPage" -> {
          try {
            firstPage = OptionalInt.of(Integer.parseInt(value));
          } catch (NumberFormatException e) {
            throw invalid(entry, "firstPage must be a whole number, not '" + value + "'");
          }
        }
        default -> throw invalid(entry, "'" + key + "' is not a setting; the settings are items, hasMore, cursor, id "
            + "and firstPage");
      }
    }
    if (positional.stream().anyMatch(String::isEmpty)) {
      throw invalid(entry, "a parameter name is empty");
    }
    Optional<Pagination.Style> style;
    switch (styleName) {
      case "offset", "page" -> {
        if (positional.isEmpty() || positional.size() > 2) {
          throw invalid(entry, styleName + " takes the " + styleName + " parameter and optionally the "
              + (styleName.equals("page") ? "page-size" : "limit") + " parameter: " + styleName + ":NAME[,NAME]");
        }
        style = Optional.of(styleName.equals("offset") ? Pagination.Style.OFFSET : Pagination.Style.PAGE_NUMBER);
      }
      case "cursor" -> {
        if (positional.size() != 1) {
          throw invalid(entry, "cursor takes one parameter, the cursor's: cursor:NAME");
        }
        if (nextCursor.isPresent() && itemId.isPresent()) {
          throw invalid(entry, "the cursor comes either from the response (cursor=PATH) or from the last item (id=PROPERTY), "
              + "not both");
        }
        style = Optional.of(nextCursor.isPresent()
            ? Pagination.Style.CURSOR_FROM_RESPONSE : Pagination.Style.CURSOR_FROM_LAST_ITEM);
      }
      case "link", "none" -> {
        if (!positional.isEmpty()) {
          throw invalid(entry, styleName + " takes no parameter");
        }
        style = styleName.equals("link") ? Optional.of(Pagination.Style.LINK_HEADER) : Optional.empty();
      }
      default -> throw invalid(entry, "'" + styleName + "' is not a style; the styles are offset, page, cursor, link and none");
    }
    if (style.isPresent() && style.get() != Pagination.Style.CURSOR_FROM_LAST_ITEM
        && style.get() != Pagination.Style.CURSOR_FROM_RESPONSE && (nextCursor.isPresent() || itemId.isPresent())) {
      throw invalid(entry, "cursor= and id= belong to the cursor style");
    }
    if (firstPage.isPresent() && style.orElse(null) != Pagination.Style.PAGE_NUMBER) {
      throw invalid(entry, "firstPage belongs to the page style");
    }
    return new Configured(operation, entry, style, positional.isEmpty() ? "" : positional.get(0),
        positional.size() > 1 ? Optional.of(positional.get(1)) : Optional.empty(), items, hasMore, nextCursor, itemId,
        firstPage);
  }

  private static List<String> path(String entry, String key, String value) {
    List<String> path = List.of(value.split("\\.", -1));
    if (path.contains("")) {
      throw invalid(entry, key + "=" + value + " is not a path: write property names separated by dots, e.g. meta.next_cursor");
    }
    return path;
  }

  private static IllegalArgumentException invalid(String entry, String problem) {
    return new IllegalArgumentException("the pagination option '" + entry + "' is not valid: " + problem
        + ". Write " + SYNTAX);
  }
}
