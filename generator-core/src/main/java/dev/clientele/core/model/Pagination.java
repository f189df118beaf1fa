package dev.clientele.core.model;

import java.util.List;
import java.util.Optional;

/**
 * How the pages of a list operation follow one another: which query parameter moves, where the
 * items are and what tells the last page. Paths are property wire names from the response (or an
 * item) down, e.g. {@code [meta, next_cursor]}.
 *
 * @param style how the next page is found
 * @param parameter the query parameter the next page changes: the offset, page number or cursor;
 *     empty for {@link Style#LINK_HEADER}
 * @param sizeParameter the page-size query parameter ({@code limit}, {@code per_page}), whose value
 *     tells a short, last page; empty when there is none or the style does not use it
 * @param items the path to the items' array in the response; empty when the response is the array
 * @param hasMore the path to a boolean that says whether there are more pages ({@code has_more});
 *     empty when the response has none
 * @param nextCursor for {@link Style#CURSOR_FROM_RESPONSE}, the path to the next cursor; else empty
 * @param itemId for {@link Style#CURSOR_FROM_LAST_ITEM}, the item property whose value is the next
 *     cursor ({@code id}); else empty
 * @param firstPage for {@link Style#PAGE_NUMBER}, the number of the page a call without the
 *     parameter gets (1, or 0 where the parameter's minimum or default says so); else 0
 * @param source what said so: the spec's shape, a vendor extension or the generation options
 */
public record Pagination(
    Style style,
    String parameter,
    Optional<String> sizeParameter,
    List<String> items,
    List<String> hasMore,
    List<String> nextCursor,
    String itemId,
    int firstPage,
    Source source) {

  public Pagination {
    items = List.copyOf(items);
    hasMore = List.copyOf(hasMore);
    nextCursor = List.copyOf(nextCursor);
  }

  /** How the next page is found. */
  public enum Style {
    /** An offset parameter moves by the number of items a page had. */
    OFFSET,
    /** A page number parameter moves by one. */
    PAGE_NUMBER,
    /** A cursor parameter takes a property of the page's last item ({@code starting_after=<id>}). */
    CURSOR_FROM_LAST_ITEM,
    /** A cursor parameter takes a value the response names ({@code next_cursor}). */
    CURSOR_FROM_RESPONSE,
    /** The response's RFC 8288 {@code Link} header names the next page's URL. */
    LINK_HEADER
  }

  /** What decided an operation's pagination. */
  public enum Source {
    /** Found from the names and types of the operation's parameters and response. */
    DETECTED,
    /** The operation's {@code x-speakeasy-pagination} extension. */
    SPEAKEASY,
    /** The operation's (or the document's) {@code x-fern-pagination} extension. */
    FERN,
    /** The generation options ({@code --pagination}). */
    CONFIGURED
  }
}
