package dev.clientele.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list operation: its items, the whole decoded response, and the way to the next
 * page. {@link #autoPager()} iterates the items of this page and of those after it, fetching each
 * next page only when iteration reaches it.
 *
 * <pre>{@code
 * Page<Lead, LeadList> page = close.leads().list(params);
 * for (Lead lead : page.autoPager()) { ... }          // every lead, page by page
 * page.autoPager().stream().limit(50).toList();       // fetches only the pages it needs
 * }</pre>
 *
 * <p>Paging never loops forever: a next page that is one already fetched in this listing (the
 * same cursor, offset, page number or URL), or that holds exactly the items of the page before it
 * (a server that ignores the paging parameter), fails with {@link PaginationException} — the items
 * before it have been returned; paging stops loudly rather than quietly, since a quiet stop would
 * look like the end of the list. Pages are immutable and may be shared.
 *
 * @param <T> the item type
 * @param <R> the type of the decoded response
 */
public final class Page<T, R> {

  private final ApiClient client;
  private final Paging<T, R> paging;
  private final Call<R> call;
  private final RawResponse<R> response;
  private final List<T> items;
  private final Paging.@Nullable Next<R> next;
  private final Set<String> fetched;
  private final int number;

  private Page(ApiClient client, Paging<T, R> paging, Call<R> call, RawResponse<R> response, Set<String> fetched,
      int number) {
    this.client = client;
    this.paging = paging;
    this.call = call;
    this.response = response;
    this.items = paging.items(response.body());
    this.next = paging.next(call, response, items, client.config());
    this.fetched = fetched;
    this.number = number;
  }

  /** The first page: the call as the caller made it. */
  static <T, R> Page<T, R> first(ApiClient client, Call<R> call, Paging<T, R> paging, RawResponse<R> response) {
    return new Page<>(client, paging, call, response, Set.of(paging.key(call, client.config())), 1);
  }

  /** This page's items, in the server's order. */
  public List<T> items() {
    return items;
  }

  /** The whole decoded response, for what the server sent besides the items (totals, metadata); null if empty. */
  public @Nullable R response() {
    return response.body();
  }

  /** This page's status and headers (rate limits, {@code Link}, request id) with the response. */
  public RawResponse<R> rawResponse() {
    return response;
  }

  /**
   * Whether the server says there is a page after this one. {@link #nextPage()} may still refuse
   * it with {@link PaginationException} (see the class description).
   */
  public boolean hasNextPage() {
    return next != null;
  }

  /**
   * Fetches the page after this one.
   *
   * @throws NoSuchElementException if this is the last page
   * @throws PaginationException if fetching it would loop or leave the base URL's origin
   * @throws ApiException if the call fails
   */
  public Page<T, R> nextPage() {
    Paging.Next<R> following = checkedNext();
    return followedBy(following, client.executeRaw(following.call()));
  }

  /** {@link #nextPage()} without blocking; the future fails with the same exceptions. */
  public CompletableFuture<Page<T, R>> nextPageAsync() {
    try {
      Paging.Next<R> following = checkedNext();
      return cancellable(client.executeRawAsync(following.call()), raw -> followedBy(following, raw));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** {@code call.thenApply(then)}, where cancelling the result cancels {@code call} (and so the request). */
  static <A, B> CompletableFuture<B> cancellable(CompletableFuture<A> call, java.util.function.Function<A, B> then) {
    CompletableFuture<B> result = call.thenApply(then);
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        call.cancel(true);
      }
    });
    return result;
  }

  /** The items of this page and of every page after it, fetched lazily. */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }

  private Paging.Next<R> checkedNext() {
    Paging.Next<R> following = next;
    if (following == null) {
      throw new NoSuchElementException("page " + number + " is the last page");
    }
    if (following.refusal() != null || following.call() == null) {
      throw new PaginationException(description(), "paging stopped after page " + number + ": " + following.refusal());
    }
    if (fetched.contains(following.key())) {
      throw new PaginationException(description(), "paging stopped after page " + number + ": the server's next page ("
          + following.shown() + ") is one fetched already, so paging would go round in circles");
    }
    return following;
  }

  private Page<T, R> followedBy(Paging.Next<R> following, RawResponse<R> raw) {
    Set<String> keys = new HashSet<>(fetched);
    keys.add(following.key());
    Page<T, R> page = new Page<>(client, paging, following.call(), raw, Set.copyOf(keys), number + 1);
    if (!page.items.isEmpty() && page.items.equals(items)) {
      throw new PaginationException(description(), "paging stopped at page " + page.number + " (" + following.shown()
          + "): it has the same " + items.size() + " items as page " + number
          + "; the server seems to ignore the paging parameter, so paging would never end");
    }
    return page;
  }

  /** This page's request, as exceptions name requests: method, scheme, host and path. */
  private String description() {
    return Uris.describe(call.method(), call.uri(client.config().baseUri()));
  }

  @Override
  public String toString() {
    return "Page[" + number + ", " + items.size() + " items" + (next == null ? ", last" : "") + "]";
  }
}
