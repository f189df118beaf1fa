package dev.clientele.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.AnsweringServer;
import dev.clientele.core.support.AnsweringServer.Answer;
import dev.clientele.core.support.AnsweringServer.Request;
import dev.clientele.runtime.ApiClient;
import dev.clientele.runtime.ClientConfig;
import dev.clientele.runtime.Page;
import dev.clientele.runtime.PaginationException;
import dev.clientele.runtime.RetryPolicy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The clients generated for test-specs/paging-styles-3.1.yaml and paging-extensions-3.1.yaml, run
 * against a server on 127.0.0.1 that holds five items (i1 … i5) and pages them as each operation's
 * style says: every page is fetched once, and only when iteration reaches it.
 */
class PagedClientsTest {

  private static final Duration BOUND = Duration.ofSeconds(10);
  private static CompiledClasses styles;
  private static CompiledClasses extensions;
  private AnsweringServer server;

  @BeforeAll
  static void compile() {
    styles = CompiledClasses.ofTestSpec("paging-styles-3.1.yaml");
    extensions = CompiledClasses.ofTestSpec("paging-extensions-3.1.yaml");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @DisplayName("offset and limit: the next page starts where this one ended, fetched when iteration reaches it, until has_more is false")
  void offsetAndLimit() throws Exception {
    // Given a server paging five items by offset and limit, with has_more
    serve(request -> {
      int offset = number(request.query("offset"), 0);
      int limit = number(request.query("limit"), 10);
      int end = Math.min(5, offset + limit);
      return Answer.json("{\"has_more\": " + (end < 5) + ", \"data\": " + items(offset, end) + "}");
    });

    // When the first page is asked for with a limit of 2
    Page<?, ?> page = (Page<?, ?>) call(styles, "Items", "listByOffset", "limit", 2L);

    // Then only the first page was fetched, and the whole response is there
    assertEquals(1, server.received().size());
    assertEquals(Boolean.TRUE, page.response().getClass().getMethod("hasMore").invoke(page.response()));
    // And iterating fetches each next page only when it reaches it
    Iterator<?> iterator = page.autoPager().iterator();
    List<String> ids = new ArrayList<>();
    ids.add(id(iterator.next()));
    ids.add(id(iterator.next()));
    assertEquals(1, server.received().size());
    ids.add(id(iterator.next()));
    assertEquals(2, server.received().size());
    iterator.forEachRemaining(item -> ids.add(id(item)));
    assertEquals(List.of("i1", "i2", "i3", "i4", "i5"), ids);
    assertEquals(List.of("null", "2", "4"), sent("offset"));
    assertEquals(List.of("2", "2", "2"), sent("limit"));
  }

  @Test
  @DisplayName("skip and limit on a bare array: a page shorter than the limit is the last")
  void shortPageEndsIt() throws Exception {
    serve(request -> {
      int skip = number(request.query("skip"), 0);
      return Answer.json(items(skip, Math.min(5, skip + number(request.query("limit"), 10))));
    });

    Page<?, ?> page = (Page<?, ?>) call(styles, "Items", "listBySkip", "limit", 2L);

    assertEquals(List.of("i1", "i2", "i3", "i4", "i5"), ids(page));
    assertEquals(List.of("null", "2", "4"), sent("skip"));
  }

  @Test
  @DisplayName("page and per_page: the page number goes up by one from 1")
  void pageNumbers() throws Exception {
    serve(request -> {
      int page = number(request.query("page"), 1);
      int size = number(request.query("per_page"), 10);
      int from = Math.min(5, (page - 1) * size);
      return Answer.json("{\"total\": 5, \"results\": " + items(from, Math.min(5, from + size)) + "}");
    });

    Page<?, ?> page = (Page<?, ?>) call(styles, "Items", "listByPage", "perPage", 2L);

    assertEquals(List.of("i1", "i2", "i3", "i4", "i5"), ids(page));
    assertEquals(List.of("null", "2", "3"), sent("page"));
  }

  @Test
  @DisplayName("starting_after: the next page starts after the last item's id, until has_more is false")
  void cursorFromTheLastItem() throws Exception {
    serve(request -> {
      String after = request.query("starting_after");
      int from = after == null ? 0 : Integer.parseInt(after.substring(1));
      int end = Math.min(5, from + 2);
      return Answer.json("{\"object\": \"list\", \"has_more\": " + (end < 5) + ", \"data\": " + items(from, end) + "}");
    });

    Page<?, ?> page = (Page<?, ?>) call(styles, "Items", "listAfter", "limit", 2L);

    assertEquals(List.of("i1", "i2", "i3", "i4", "i5"), ids(page));
    assertEquals(List.of("null", "i2", "i4"), sent("starting_after"));
  }

  @Test
  @DisplayName("a cursor the response names: next_cursor, then Asana's next_page.offset one object down; a missing one ends it")
  void cursorFromTheResponse() throws Exception {
    serve(request -> {
      if (request.path().endsWith("/cursor-items")) {
        int from = request.query("cursor") == null ? 0 : Integer.parseInt(request.query("cursor"));
        int end = Math.min(5, from + 2);
        return Answer.json("{\"next_cursor\": " + (end < 5 ? "\"" + end + "\"" : "null") + ", \"items\": " + items(from, end) + "}");
      }
      int from = request.query("offset") == null ? 0 : Integer.parseInt(request.query("offset").substring(4));
      int end = Math.min(5, from + 3);
      String next = end < 5 ? "{\"offset\": \"tok-" + end + "\", \"path\": \"/tasks?offset=tok-" + end + "\"}" : "null";
      return Answer.json("{\"data\": " + items(from, end) + ", \"next_page\": " + next + "}");
    });

    assertEquals(List.of("i1", "i2", "i3", "i4", "i5"), ids((Page<?, ?>) call(styles, "Items", "listByCursor", "limit", 2L)));
    assertEquals(List.of("i1", "i2", "i3", "i4", "i5"), ids((Page<?, ?>) call(styles, "Items", "listTasks", "limit", 3L)));

    assertEquals(List.of("null", "2", "4", "null", "tok-3"), sent("cursor", "offset"));
  }

  @Test
  @DisplayName("Link headers: the rel=\"next\" URL is followed until a page has none")
  void linkHeaders() throws Exception {
    serve(request -> {
      int page = number(request.query("page"), 1);
      int from = (page - 1) * 2;
      int end = Math.min(5, from + 2);
      String link = end < 5 ? "<" + server.origin() + "/v1/linked-items?page=" + (page + 1) + "&per_page=2>; rel=\"next\", <"
          + server.origin() + "/v1/linked-items?page=3&per_page=2>; rel=\"last\"" : "<" + server.origin()
          + "/v1/linked-items?page=1&per_page=2>; rel=\"first\"";
      return Answer.json(items(from, end), "Link", link);
    });

    Page<?, ?> page = (Page<?, ?>) call(styles, "Items", "listLinked", "perPage", 2L);

    assertEquals(1, server.received().size());
    assertEquals(List.of("i1", "i2", "i3", "i4", "i5"), ids(page));
    assertEquals(List.of("null", "2", "3"), sent("page"));
  }

  @Test
  @DisplayName("a server that repeats a page stops paging with PaginationException after the items before it: no endless loop")
  void repeatedPage() throws Exception {
    // Given a server that ignores the offset and always says there is more
    serve(request -> Answer.json("{\"has_more\": true, \"data\": " + items(0, 2) + "}"));

    Page<?, ?> page = (Page<?, ?>) call(styles, "Items", "listByOffset", "limit", 2L);
    Iterator<?> iterator = page.autoPager().iterator();
    List<String> ids = new ArrayList<>();

    // When every item is iterated, Then paging fails at the repeat, within the bound, after two requests
    PaginationException thrown = assertTimeoutPreemptively(BOUND,
        () -> assertThrows(PaginationException.class, () -> iterator.forEachRemaining(item -> ids.add(id(item)))));
    assertEquals(List.of("i1", "i2"), ids);
    assertEquals(2, server.received().size());
    assertTrue(thrown.getMessage().contains("same 2 items"), thrown.getMessage());
  }

  @Test
  @DisplayName("a cursor that comes back again stops paging: the page it names was fetched already")
  void repeatedCursor() throws Exception {
    serve(request -> Answer.json("{\"next_cursor\": \"c1\", \"items\": " + items(number(request.query("cursor") == null
        ? "0" : "2", 0), number(request.query("cursor") == null ? "2" : "4", 0)) + "}"));

    Page<?, ?> page = (Page<?, ?>) call(styles, "Items", "listByCursor", "limit", 2L);

    List<String> ids = new ArrayList<>();
    assertTimeoutPreemptively(BOUND,
        () -> assertThrows(PaginationException.class, () -> page.autoPager().forEach(item -> ids.add(id(item)))));
    assertEquals(List.of("i1", "i2", "i3", "i4"), ids);
    assertEquals(2, server.received().size());
  }

  @Test
  @DisplayName("an empty first page has no items and no next page, after one request")
  void emptyFirstPage() throws Exception {
    serve(request -> Answer.json("{\"has_more\": false, \"data\": []}"));

    Page<?, ?> page = (Page<?, ?>) call(styles, "Items", "listByOffset", "limit", 2L);

    assertEquals(List.of(), page.items());
    assertFalse(page.hasNextPage());
    assertEquals(0, page.autoPager().stream().count());
    assertEquals(1, server.received().size());
  }

  @Test
  @DisplayName("the async twin returns a future of the first page, which pages on as the blocking one does")
  void asyncFirstPage() throws Exception {
    serve(request -> {
      int offset = number(request.query("offset"), 0);
      int end = Math.min(5, offset + 2);
      return Answer.json("{\"has_more\": " + (end < 5) + ", \"data\": " + items(offset, end) + "}");
    });

    CompletableFuture<?> future = (CompletableFuture<?>) call(styles, "Items", "listByOffsetAsync", "limit", 2L);
    Page<?, ?> page = (Page<?, ?>) future.get(BOUND.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);

    assertEquals(List.of("i1", "i2"), page.items().stream().map(PagedClientsTest::id).toList());
    assertEquals(List.of("i1", "i2", "i3"), page.autoPager().stream().limit(3).map(PagedClientsTest::id).toList());
    assertEquals(2, server.received().size());
  }

  @Test
  @DisplayName("extensions: Fern's cursor two objects down with its has-next-page flag, and Speakeasy's last item's integer key")
  void extensionsPage() throws Exception {
    serve(request -> {
      if (request.path().endsWith("/fern-cursor")) {
        int from = number(request.query("token"), 0);
        int end = Math.min(5, from + 2);
        return Answer.json("{\"entries\": " + items(from, end) + ", \"pagination\": {\"next\": \"" + end + "\", \"more\": "
            + (end < 5) + "}}");
      }
      int since = number(request.query("since"), 0);
      String records = IntStream.range(since + 1, Math.min(5, since + 2) + 1)
          .mapToObj(seq -> "{\"seq\": " + seq + ", \"text\": \"t" + seq + "\"}").collect(Collectors.joining(", ", "[", "]"));
      return Answer.json("{\"records\": " + (since >= 5 ? "[]" : records) + "}");
    });

    assertEquals(List.of("i1", "i2", "i3", "i4", "i5"), ids((Page<?, ?>) call(extensions, "Fern", "cursor")));
    Page<?, ?> entries = (Page<?, ?>) call(extensions, "Speakeasy", "lastItem");
    List<Object> seqs = new ArrayList<>();
    for (Object entry : entries.autoPager()) {
      seqs.add(entry.getClass().getMethod("seq").invoke(entry));
    }

    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seqs);
    assertEquals(List.of("null", "2", "4", "null", "2", "4", "5"), sent("token", "since"));
  }

  private void serve(Function<Request, Answer> answers) throws Exception {
    server = new AnsweringServer(answers);
  }

  /** The values each request sent for the first of {@code names} it has, "null" where none. */
  private List<String> sent(String... names) {
    List<String> values = new ArrayList<>();
    for (Request request : server.received()) {
      String value = null;
      for (String name : names) {
        if (request.query().containsKey(name)) {
          value = request.query(name);
          break;
        }
      }
      values.add(String.valueOf(value));
    }
    return values;
  }

  /**
   * Calls {@code method} of the generated {@code <group>ApiClient}, talking to the server's {@code
   * /v1}, with its params record built from {@code settings}: setter names and values, in pairs.
   */
  private Object call(CompiledClasses classes, String group, String method, Object... settings) throws Exception {
    ApiClient client = new ApiClient(ClientConfig.builder(server.origin() + "/v1").retryPolicy(RetryPolicy.none()).build());
    Class<?> implementation = classes.load("com.example.api." + group + "ApiClient");
    Object api = implementation.getConstructor(ApiClient.class).newInstance(client);
    for (Method candidate : implementation.getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == 1) {
        Object builder = candidate.getParameterTypes()[0].getMethod("builder").invoke(null);
        for (int i = 0; i < settings.length; i += 2) {
          set(builder, (String) settings[i], settings[i + 1]);
        }
        try {
          return candidate.invoke(api, builder.getClass().getMethod("build").invoke(builder));
        } catch (InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    }
    throw new AssertionError("no method " + method + " with a params record on " + implementation);
  }

  private static void set(Object builder, String name, Object value) throws ReflectiveOperationException {
    for (Method setter : builder.getClass().getMethods()) {
      if (setter.getName().equals(name) && setter.getParameterCount() == 1
          && setter.getParameterTypes()[0].isInstance(value)) {
        setter.invoke(builder, value);
        return;
      }
    }
    throw new AssertionError("no setter " + name + "(" + value.getClass().getSimpleName() + ") on " + builder.getClass());
  }

  private static List<String> ids(Page<?, ?> page) {
    return assertTimeoutPreemptively(BOUND, () -> page.autoPager().stream().map(PagedClientsTest::id).toList());
  }

  private static String id(Object item) {
    try {
      return (String) item.getClass().getMethod("id").invoke(item);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Items i(from+1) … i(to) as a JSON array. */
  private static String items(int from, int to) {
    return IntStream.range(from, Math.max(from, to))
        .mapToObj(i -> "{\"id\": \"i" + (i + 1) + "\", \"name\": \"item " + (i + 1) + "\"}")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static int number(String value, int otherwise) {
    return value == null ? otherwise : Integer.parseInt(value);
  }
}
