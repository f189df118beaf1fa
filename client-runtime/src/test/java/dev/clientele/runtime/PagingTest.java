package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every paging style over several pages of a real server on 127.0.0.1, lazily and never forever. */
class PagingTest {

  /** An item, as generated models are: unknown fields ignored. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Item(String id) {}

  /** A page object with the list under {@code data} and a {@code has_more} flag (Stripe, Close). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ItemList(List<Item> data, @JsonProperty("has_more") @Nullable Boolean hasMore) {}

  /** A page object with a {@code next_cursor} (Slack-like: empty at the end). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CursorList(List<Item> items, @JsonProperty("next_cursor") @Nullable String nextCursor) {}

  private static final Duration SAFETY = Duration.ofSeconds(5);

  private static final List<String> SEVEN = IntStream.rangeClosed(1, 7).mapToObj(i -> "it_" + i).toList();

  private LocalServer server;
  private ApiClient client;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    client = TestClients.client(server.origin(), Authentication.none());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Answers every request with the JSON the function makes of its query parameters. */
  private static LocalServer.Answer dynamic(Function<Map<String, String>, String> body, String... headers) {
    return exchange -> LocalServer.json(200, body.apply(query(exchange.getRequestURI().getRawQuery())), headers)
        .answer(exchange);
  }

  private static Map<String, String> query(@Nullable String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        String[] parts = pair.split("=", 2);
        values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
            parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
      }
    }
    return values;
  }

  private static String items(List<String> ids) {
    return ids.stream().map(id -> "{\"id\":\"" + id + "\"}").collect(Collectors.joining(",", "[", "]"));
  }

  private static List<String> slice(List<String> all, int from, int size) {
    return all.subList(Math.min(from, all.size()), Math.min(from + size, all.size()));
  }

  private List<String> queries() {
    return server.received().stream().map(LocalServer.Received::query).toList();
  }

  private static List<String> ids(Iterable<Item> items) {
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.id()));
    return ids;
  }

  @Test
  @DisplayName("offset/limit with has_more: seven items over three pages, each fetched only when iteration reaches it")
  void offsetWithHasMore() {
    // Given a server of seven items, three a page
    server.then(dynamic(q -> {
      int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
      int limit = Integer.parseInt(q.get("limit"));
      return "{\"data\":" + items(slice(SEVEN, offset, limit)) + ",\"has_more\":" + (offset + limit < 7) + "}";
    }));
    Call<ItemList> call = Call.of("GET", "/items", ItemList.class).query("limit", 3);

    // When the first page is fetched and iteration takes four items
    Page<Item, ItemList> page = client.page(call, Paging.offset("offset", "limit", ItemList::data, ItemList::hasMore));
    Iterator<Item> iterator = page.autoPager().iterator();
    for (int i = 0; i < 3; i++) {
      iterator.next();
    }

    // Then only the first page was fetched until the fourth item was asked for
    assertEquals(1, server.received().size());
    assertEquals("it_4", iterator.next().id());
    assertEquals(2, server.received().size());

    // And a new iteration starts at the kept first page and ends at the page that says has_more false
    assertEquals(SEVEN, ids(page.autoPager()));
    assertEquals(List.of("limit=3", "limit=3&offset=3", "limit=3&offset=3", "limit=3&offset=6"), queries());
    assertEquals(3, page.items().size());
    assertTrue(page.response().hasMore());
  }

  @Test
  @DisplayName("skip/limit without has_more: a short page is the last")
  void skipEndsOnAShortPage() {
    server.then(dynamic(q -> items(slice(SEVEN, Integer.parseInt(q.getOrDefault("skip", "0")), Integer.parseInt(q.get("limit"))))));
    Call<List<Item>> call = Call.of("GET", "/items", new TypeToken<List<Item>>() {}).query("limit", 3);

    List<String> ids = ids(client.page(call, Paging.<Item, List<Item>>offset("skip", "limit", list -> list, null)).autoPager());

    assertEquals(SEVEN, ids);
    assertEquals(List.of("limit=3", "limit=3&skip=3", "limit=3&skip=6"), queries());
  }

  @Test
  @DisplayName("offset without has_more and a listing that fills its last page: an empty page ends it")
  void offsetEndsOnAnEmptyPage() {
    List<String> six = SEVEN.subList(0, 6);
    server.then(dynamic(q -> items(slice(six, Integer.parseInt(q.getOrDefault("start", "0")), 3))));
    Call<List<Item>> call = Call.of("GET", "/items", new TypeToken<List<Item>>() {}).query("per_page", 3);

    List<String> ids = client.page(call, Paging.<Item, List<Item>>offset("start", "per_page", list -> list, null))
        .autoPager().stream().map(Item::id).toList();

    assertEquals(six, ids);
    assertEquals(3, server.received().size());
  }

  @Test
  @DisplayName("page + per_page over a top-level array: pages 1, 2 and 3, the short third page is the last")
  void pageNumbers() {
    server.then(dynamic(q -> {
      int page = Integer.parseInt(q.getOrDefault("page", "1"));
      int perPage = Integer.parseInt(q.get("per_page"));
      return items(slice(SEVEN, (page - 1) * perPage, perPage));
    }));
    Call<List<Item>> call = Call.of("GET", "/repos/o/r/issues", new TypeToken<List<Item>>() {}).query("per_page", 3);

    Page<Item, List<Item>> first = client.page(call, Paging.pageNumber("page", "per_page", 1, list -> list, null));
    Page<Item, List<Item>> second = first.nextPage();
    Page<Item, List<Item>> third = second.nextPage();

    assertEquals(List.of("it_4", "it_5", "it_6"), ids(second.items()));
    assertFalse(third.hasNextPage());
    assertThrows(NoSuchElementException.class, third::nextPage);
    assertEquals(List.of("per_page=3", "per_page=3&page=2", "per_page=3&page=3"), queries());
  }

  @Test
  @DisplayName("Stripe's cursor: starting_after is the last item's id, has_more false ends it")
  void cursorFromTheLastItem() {
    server.then(dynamic(q -> {
      int from = q.containsKey("starting_after") ? SEVEN.indexOf(q.get("starting_after")) + 1 : 0;
      return "{\"object\":\"list\",\"data\":" + items(slice(SEVEN, from, 3)) + ",\"has_more\":" + (from + 3 < 7) + "}";
    }));
    Call<ItemList> call = Call.of("GET", "/v1/customers", ItemList.class).query("limit", 3);

    List<String> ids = ids(client.page(call,
        Paging.cursorFromLastItem("starting_after", ItemList::data, Item::id, ItemList::hasMore)).autoPager());

    assertEquals(SEVEN, ids);
    assertEquals(List.of("limit=3", "limit=3&starting_after=it_3", "limit=3&starting_after=it_6"), queries());
  }

  @Test
  @DisplayName("a next_cursor from the response is followed until it is empty, also across an empty page")
  void cursorFromTheResponse() {
    // Given a server whose second page was filtered down to nothing but still names a cursor
    server.then(dynamic(q -> switch (q.getOrDefault("cursor", "")) {
      case "" -> "{\"items\":" + items(List.of("it_1", "it_2")) + ",\"next_cursor\":\"c2\"}";
      case "c2" -> "{\"items\":[],\"next_cursor\":\"c3\"}";
      case "c3" -> "{\"items\":" + items(List.of("it_3")) + ",\"next_cursor\":\"\"}";
      default -> throw new IllegalStateException(q.toString());
    }));

    List<String> ids = ids(client.page(Call.of("GET", "/conversations.list", CursorList.class),
        Paging.cursorFromResponse("cursor", CursorList::items, CursorList::nextCursor, null)).autoPager());

    assertEquals(List.of("it_1", "it_2", "it_3"), ids);
    assertEquals(3, server.received().size());
  }

  @Test
  @DisplayName("GitHub's Link header: rel=\"next\" URLs on the same origin are followed until there is none")
  void linkHeader() {
    // Given a server that links each page to the next, among other relations, relative and absolute
    server.then(exchange -> {
      int page = Integer.parseInt(query(exchange.getRequestURI().getRawQuery()).getOrDefault("page", "1"));
      List<String> headers = new ArrayList<>();
      if (page < 3) {
        String next = page == 1 ? server.origin() + "/repositories/1/issues?per_page=3&page=2"
            : "/repositories/1/issues?per_page=3&page=3";
        headers.add("Link");
        headers.add("<" + server.origin() + "/repositories/1/issues?page=1>; rel=\"prev first\", <" + next
            + ">; rel=\"next\", <" + server.origin() + "/repositories/1/issues?page=3>; rel=last");
      }
      LocalServer.json(200, items(slice(SEVEN, (page - 1) * 3, 3)), headers.toArray(String[]::new)).answer(exchange);
    });
    Call<List<Item>> call = Call.of("GET", "/repos/{owner}/{repo}/issues", new TypeToken<List<Item>>() {})
        .path("owner", "o").path("repo", "r").query("per_page", 3);

    List<String> ids = ids(client.page(call, Paging.<Item, List<Item>>linkHeader(list -> list)).autoPager());

    assertEquals(SEVEN, ids);
    assertEquals(List.of("/repos/o/r/issues", "/repositories/1/issues", "/repositories/1/issues"),
        server.received().stream().map(LocalServer.Received::path).toList());
    assertEquals(List.of("per_page=3", "per_page=3&page=2", "per_page=3&page=3"), queries());
  }

  @Test
  @DisplayName("a Link to another origin is not followed: PaginationException after the first page's items, no request there")
  void linkToAnotherOrigin() throws IOException {
    try (LocalServer elsewhere = new LocalServer("127.0.0.2")) {
      // Given
      server.then(LocalServer.json(200, items(List.of("it_1")),
          "Link", "<" + elsewhere.origin() + "/issues?page=2>; rel=\"next\""));
      ApiClient authenticated = TestClients.client(server.origin(), Authentication.bearer("sk_secret"));
      List<String> read = new ArrayList<>();

      // When
      PaginationException error = assertThrows(PaginationException.class, () -> authenticated
          .page(Call.of("GET", "/issues", new TypeToken<List<Item>>() {}), Paging.<Item, List<Item>>linkHeader(l -> l))
          .autoPager().forEach(item -> read.add(item.id())));

      // Then
      assertEquals(List.of("it_1"), read);
      assertTrue(error.getMessage().contains("is not on the origin of the client's base URL"), error.getMessage());
      assertTrue(error.getMessage().contains("127.0.0.2"), error.getMessage());
      assertEquals(0, elsewhere.received().size());
    }
  }

  @Test
  @DisplayName("a server that ignores the offset and repeats its page stops with PaginationException after one repeat")
  void repeatedPage() {
    server.then(LocalServer.json(200, "{\"data\":" + items(List.of("it_1", "it_2")) + ",\"has_more\":true}"));
    List<String> read = new ArrayList<>();

    PaginationException error = assertTimeoutPreemptively(SAFETY, () -> assertThrows(PaginationException.class,
        () -> client.page(Call.of("GET", "/items", ItemList.class).query("limit", 2),
                Paging.offset("offset", "limit", ItemList::data, ItemList::hasMore))
            .autoPager().forEach(item -> read.add(item.id()))));

    assertEquals(List.of("it_1", "it_2"), read);
    assertEquals(2, server.received().size());
    assertEquals("GET " + server.origin() + "/items", error.request());
    assertTrue(error.getMessage().contains("paging stopped at page 2 (offset=2): it has the same 2 items as page 1"),
        error.getMessage());
  }

  @Test
  @DisplayName("a cursor that points back to a page already fetched stops with PaginationException, without fetching it again")
  void cursorGoingRoundInCircles() {
    server.then(dynamic(q -> switch (q.getOrDefault("cursor", "")) {
      case "" -> "{\"items\":" + items(List.of("it_1")) + ",\"next_cursor\":\"a\"}";
      case "a" -> "{\"items\":" + items(List.of("it_2")) + ",\"next_cursor\":\"b\"}";
      default -> "{\"items\":" + items(List.of("it_3")) + ",\"next_cursor\":\"a\"}";
    }));
    List<String> read = new ArrayList<>();

    PaginationException error = assertTimeoutPreemptively(SAFETY, () -> assertThrows(PaginationException.class,
        () -> client.page(Call.of("GET", "/list", CursorList.class), Paging.cursorFromResponse("cursor", CursorList::items,
                CursorList::nextCursor, null))
            .autoPager().forEach(item -> read.add(item.id()))));

    assertEquals(List.of("it_1", "it_2", "it_3"), read);
    assertEquals(3, server.received().size());
    assertTrue(error.getMessage().contains("paging stopped after page 3: the server's next page (cursor=a) is one fetched"
        + " already"), error.getMessage());
  }

  @Test
  @DisplayName("an empty first page has no next page and an empty auto-pager, for every style, after one request each")
  void emptyFirstPage() {
    server.then(LocalServer.json(200, "{\"data\":[],\"items\":[],\"has_more\":false,\"next_cursor\":\"\"}"));
    List<Paging<Item, ItemList>> styles = List.of(
        Paging.offset("offset", "limit", ItemList::data, null),
        Paging.pageNumber("page", "per_page", 1, ItemList::data, null),
        Paging.cursorFromLastItem("starting_after", ItemList::data, Item::id, null),
        Paging.linkHeader(ItemList::data));

    for (Paging<Item, ItemList> style : styles) {
      Page<Item, ItemList> page = client.page(Call.of("GET", "/items", ItemList.class), style);
      assertFalse(page.hasNextPage());
      assertEquals(0, page.autoPager().stream().count());
    }
    Page<Item, CursorList> cursor = client.page(Call.of("GET", "/items", CursorList.class),
        Paging.cursorFromResponse("cursor", CursorList::items, CursorList::nextCursor, null));
    assertFalse(cursor.hasNextPage());

    assertEquals(5, server.received().size());
  }

  @Test
  @DisplayName("a server that caps the limit below what was asked is still paged to the end when it says has_more")
  void cappedLimitWithHasMore() {
    server.then(dynamic(q -> {
      int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
      return "{\"data\":" + items(slice(SEVEN, offset, 2)) + ",\"has_more\":" + (offset + 2 < 7) + "}";
    }));

    List<String> ids = ids(client.page(Call.of("GET", "/items", ItemList.class).query("limit", 100),
        Paging.offset("offset", "limit", ItemList::data, ItemList::hasMore)).autoPager());

    assertEquals(SEVEN, ids);
    assertEquals(4, server.received().size());
  }

  @Test
  @DisplayName("pages async: the first page and the next arrive as futures")
  void async() {
    server.then(dynamic(q -> {
      int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
      return "{\"data\":" + items(slice(SEVEN, offset, 4)) + ",\"has_more\":" + (offset + 4 < 7) + "}";
    }));

    Page<Item, ItemList> first = client.pageAsync(Call.of("GET", "/items", ItemList.class),
        Paging.offset("offset", "limit", ItemList::data, ItemList::hasMore)).join();
    Page<Item, ItemList> second = first.nextPageAsync().join();

    assertEquals(List.of("it_5", "it_6", "it_7"), ids(second.items()));
    assertFalse(second.hasNextPage());
  }

  @Test
  @DisplayName("the auto-pager's stream is lazy: limit(2) of a three-item page fetches one page")
  void streamIsLazy() {
    server.then(dynamic(q -> "{\"data\":" + items(slice(SEVEN, Integer.parseInt(q.getOrDefault("offset", "0")), 3))
        + ",\"has_more\":true}"));

    List<String> ids = client.page(Call.of("GET", "/items", ItemList.class),
        Paging.offset("offset", "limit", ItemList::data, ItemList::hasMore)).autoPager().stream().limit(2)
        .map(Item::id).toList();

    assertEquals(List.of("it_1", "it_2"), ids);
    assertEquals(1, server.received().size());
  }
}
