package dev.clientele.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a list operation's pages follow one another: generated code picks a style per operation and
 * passes it to {@link ApiClient#page}. {@code R} is the decoded response (the page object, or the
 * array itself when the server returns one), {@code T} an item. The styles:
 *
 * <ul>
 *   <li>{@link #offset}: {@code offset}/{@code skip}/{@code start} + {@code limit}/{@code per_page}.
 *   <li>{@link #pageNumber}: {@code page} + {@code per_page}.
 *   <li>{@link #cursorFromLastItem}: the last item's id as the next cursor (Stripe's {@code
 *       starting_after}).
 *   <li>{@link #cursorFromResponse}: a cursor the response names ({@code next_cursor}).
 *   <li>{@link #linkHeader}: RFC 8288 {@code Link: <…>; rel="next"} (GitHub).
 * </ul>
 *
 * <p>Where a page is the last: when {@code hasMore} is given and says {@code false}; else, for
 * offsets, page numbers and item cursors, at an empty page, or at a page shorter than the limit
 * parameter the call sent (only without {@code hasMore}: a server may cap the limit below what was
 * asked, and then only {@code hasMore} tells the truth); for response cursors, when the cursor is
 * missing or empty (an empty page with a cursor goes on: some servers filter pages after cutting
 * them); for links, when there is no {@code next} link.
 */
public abstract class Paging<T, R> {

  /**
   * Where the next page is: its call and a key that identifies it among the pages of one listing,
   * or why it must not be fetched.
   */
  record Next<R>(@Nullable Call<R> call, String key, String shown, @Nullable String refusal) {}

  private final Function<R, @Nullable List<T>> items;
  private final @Nullable Function<R, @Nullable Boolean> hasMore;

  private Paging(Function<R, @Nullable List<T>> items, @Nullable Function<R, @Nullable Boolean> hasMore) {
    this.items = Objects.requireNonNull(items, "items");
    this.hasMore = hasMore;
  }

  /**
   * Offset paging: the next page's {@code offsetParameter} is this page's offset (0 if the call
   * sent none) plus its number of items.
   *
   * @param limitParameter the page-size parameter, whose value tells a short (last) page; null if none
   * @param hasMore the response's "there is more" flag ({@code has_more}), or null if it has none
   */
  public static <T, R> Paging<T, R> offset(String offsetParameter, @Nullable String limitParameter,
      Function<R, @Nullable List<T>> items, @Nullable Function<R, @Nullable Boolean> hasMore) {
    return new Counted<>(offsetParameter, limitParameter, 0, false, items, hasMore);
  }

  /**
   * Page-number paging: the next page's {@code pageParameter} is this page's number ({@code
   * firstPage} if the call sent none) plus one.
   *
   * @param sizeParameter the page-size parameter ({@code per_page}), whose value tells a short
   *     (last) page; null if none
   */
  public static <T, R> Paging<T, R> pageNumber(String pageParameter, @Nullable String sizeParameter, int firstPage,
      Function<R, @Nullable List<T>> items, @Nullable Function<R, @Nullable Boolean> hasMore) {
    return new Counted<>(pageParameter, sizeParameter, firstPage, true, items, hasMore);
  }

  /** Cursor paging where the cursor is the last item's id (Stripe: {@code starting_after=<id>}, with {@code has_more}). */
  public static <T, R> Paging<T, R> cursorFromLastItem(String cursorParameter, Function<R, @Nullable List<T>> items,
      Function<T, @Nullable String> itemId, @Nullable Function<R, @Nullable Boolean> hasMore) {
    Objects.requireNonNull(itemId, "itemId");
    return new Cursor<>(cursorParameter, items, hasMore, (response, list) ->
        list.isEmpty() ? null : itemId.apply(list.get(list.size() - 1)));
  }

  /** Cursor paging where the response names the next cursor ({@code next_cursor}); a missing or empty one ends it. */
  public static <T, R> Paging<T, R> cursorFromResponse(String cursorParameter, Function<R, @Nullable List<T>> items,
      Function<R, @Nullable String> nextCursor, @Nullable Function<R, @Nullable Boolean> hasMore) {
    Objects.requireNonNull(nextCursor, "nextCursor");
    return new Cursor<>(cursorParameter, items, hasMore, (response, list) -> nextCursor.apply(response));
  }

  /**
   * Paging by the {@code Link} header's {@code rel="next"} URL (GitHub). The URL is followed only
   * on the origin (scheme, host and port) of the client's base URL, the credentials' origin, as
   * redirects are; another origin fails with {@link PaginationException}.
   */
  public static <T, R> Paging<T, R> linkHeader(Function<R, @Nullable List<T>> items) {
    return new Link<>(items);
  }

  /** The items of a page; none when the body or its list is missing. */
  final List<T> items(@Nullable R body) {
    List<T> list = body == null ? null : items.apply(body);
    return list == null ? List.of() : List.copyOf(list);
  }

  /** Whether {@code hasMore} is given. */
  final boolean knowsMore() {
    return hasMore != null;
  }

  /** Whether the response's {@code hasMore} says this is the last page. */
  final boolean saysLast(@Nullable R body) {
    return hasMore != null && body != null && Boolean.FALSE.equals(hasMore.apply(body));
  }

  /** The key of the page a call fetches, to tell a page fetched again. */
  abstract String key(Call<R> call, ClientConfig config);

  /** The page after the one {@code call} fetched, or null if that was the last. */
  abstract @Nullable Next<R> next(Call<R> call, RawResponse<R> response, List<T> items, ClientConfig config);

  /** Offsets and page numbers: a counter in a query parameter. */
  private static final class Counted<T, R> extends Paging<T, R> {
    private final String parameter;
    private final @Nullable String sizeParameter;
    private final long first;
    private final boolean pages;

    Counted(String parameter, @Nullable String sizeParameter, long first, boolean pages,
        Function<R, @Nullable List<T>> items, @Nullable Function<R, @Nullable Boolean> hasMore) {
      super(items, hasMore);
      this.parameter = Objects.requireNonNull(parameter, "parameter");
      this.sizeParameter = sizeParameter;
      this.first = first;
      this.pages = pages;
    }

    @Override
    String key(Call<R> call, ClientConfig config) {
      return parameter + "=" + position(call);
    }

    @Override
    @Nullable Next<R> next(Call<R> call, RawResponse<R> response, List<T> items, ClientConfig config) {
      if (items.isEmpty() || saysLast(response.body())) {
        return null;
      }
      Long size = sizeParameter == null ? null : number(call.queryValue(sizeParameter));
      if (!knowsMore() && size != null && items.size() < size) {
        return null;
      }
      long following = pages ? position(call) + 1 : position(call) + items.size();
      Call<R> next = call.withQuery(parameter, following);
      return new Next<>(next, key(next, config), parameter + "=" + following, null);
    }

    private long position(Call<R> call) {
      String value = call.queryValue(parameter);
      Long number = number(value);
      if (value != null && number == null) {
        throw new IllegalArgumentException("the paging parameter " + parameter + " is not a whole number: "
            + SafeText.escape(value));
      }
      return number == null ? first : number;
    }

    private static @Nullable Long number(@Nullable String value) {
      try {
        return value == null ? null : Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /** A cursor in a query parameter, taken from the response or its last item. */
  private static final class Cursor<T, R> extends Paging<T, R> {
    /** Finds the next cursor in a response and its items. */
    interface Source<T, R> {
      @Nullable String cursor(R response, List<T> items);
    }

    private final String parameter;
    private final Source<T, R> source;

    Cursor(String parameter, Function<R, @Nullable List<T>> items, @Nullable Function<R, @Nullable Boolean> hasMore,
        Source<T, R> source) {
      super(items, hasMore);
      this.parameter = Objects.requireNonNull(parameter, "parameter");
      this.source = source;
    }

    @Override
    String key(Call<R> call, ClientConfig config) {
      String cursor = call.queryValue(parameter);
      return cursor == null ? "(first page)" : parameter + "=" + cursor;
    }

    @Override
    @Nullable Next<R> next(Call<R> call, RawResponse<R> response, List<T> items, ClientConfig config) {
      R body = response.body();
      if (body == null || saysLast(body)) {
        return null;
      }
      String cursor = source.cursor(body, items);
      if (cursor == null || cursor.isEmpty()) {
        return null;
      }
      Call<R> next = call.withQuery(parameter, cursor);
      return new Next<>(next, key(next, config), parameter + "=" + SafeText.escape(cursor), null);
    }
  }

  /** The {@code Link} header's next URL. */
  private static final class Link<T, R> extends Paging<T, R> {

    Link(Function<R, @Nullable List<T>> items) {
      super(items, null);
    }

    @Override
    String key(Call<R> call, ClientConfig config) {
      return uri(call, config).toString();
    }

    @Override
    @Nullable Next<R> next(Call<R> call, RawResponse<R> response, List<T> items, ClientConfig config) {
      List<String> values = response.headers().getOrDefault("Link", List.of());
      String written = LinkHeader.next(values).orElse(null);
      if (written == null) {
        return null;
      }
      URI target;
      try {
        // Relative to the page's own URL (RFC 8288), without fragment.
        URI resolved = uri(call, config).resolve(new URI(written));
        target = URI.create(resolved.toString().split("#", 2)[0]);
      } catch (URISyntaxException | IllegalArgumentException e) {
        return new Next<>(null, written, "?", "the Link header's next URL is not a valid URL");
      }
      String shown = Uris.describe("", target).strip();
      if (target.getScheme() == null || target.getHost() == null || !Redirects.sameOrigin(config.baseUri(), target)) {
        return new Next<>(null, target.toString(), shown, "the Link header's next page (" + SafeText.escape(shown)
            + ") is not on the origin of the client's base URL, which the credentials are for; it is not followed");
      }
      Call<R> next = call.withTarget(target);
      return new Next<>(next, target.toString(), shown, null);
    }

    private static URI uri(Call<?> call, ClientConfig config) {
      return call.uri(config.baseUri());
    }
  }
}
