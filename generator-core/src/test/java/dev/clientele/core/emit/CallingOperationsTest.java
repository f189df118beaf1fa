package dev.clientele.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import dev.clientele.core.support.LoopbackServer;
import dev.clientele.core.support.PlainJson;
import dev.clientele.core.support.Specs;
import dev.clientele.runtime.RawResponse;
import dev.clientele.runtime.ServerSentEvent;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The client generated from test-specs/calling-operations-3.1.yaml, called as a user's code calls it
 * (the scenarios below are Java source compiled against the generated code with {@code -Werror}),
 * against a real HTTP server on 127.0.0.1: params records and the wire each parameter style makes,
 * the overload without params, event streams, raw responses and {@code fromEnv}.
 */
class CallingOperationsTest {

  /** What a user writes; each method is one scenario, run against the server at {@code baseUrl}. */
  private static final String SCENARIOS = """
      package com.example;

      import com.example.api.EventsApi;
      import com.example.api.IssuesApi;
      import com.example.api.IssuesApi.ListForRepoParams;
      import com.example.model.ChatChunk;
      import com.example.model.ChatRequest;
      import com.example.model.Issue;
      import com.example.model.PageQuery;
      import com.example.model.RangeQuery;
      import dev.clientele.runtime.EnvironmentVariables;
      import dev.clientele.runtime.EventStream;
      import dev.clientele.runtime.RawResponse;
      import dev.clientele.runtime.RetryPolicy;
      import dev.clientele.runtime.ServerSentEvent;
      import java.time.Duration;
      import java.time.OffsetDateTime;
      import java.time.ZoneOffset;
      import java.util.ArrayList;
      import java.util.LinkedHashMap;
      import java.util.List;
      import java.util.Map;
      import java.util.UUID;
      import java.util.function.Consumer;

      public final class Scenarios {
        private Scenarios() {}

        private static AcmeClient client(String baseUrl) {
          return AcmeClient.builder().baseUrl(baseUrl).basicAuth("key_1", "").retryPolicy(RetryPolicy.none())
              .streamIdleTimeout(Duration.ofSeconds(10)).build();
        }

        public static List<Issue> everyStyle(String baseUrl) {
          Map<String, String> metadata = new LinkedHashMap<>();
          metadata.put("team", "core");
          metadata.put("tier", "gold & silver");
          ListForRepoParams params = ListForRepoParams.builder()
              .state(ListForRepoParams.State.OPEN)
              .labels(List.of("bug", "ui"))
              .assignee(List.of("ann", "bob"))
              .since(OffsetDateTime.of(2024, 5, 1, 12, 30, 0, 0, ZoneOffset.ofHours(2)))
              .ids(List.of(1L, 2L))
              .tags(List.of("a", "b"))
              .metadata(metadata)
              .created(RangeQuery.builder().gt(100L).lte(200L).build())
              .expand(List.of("author", "labels"))
              .page(PageQuery.builder().limit(10).cursor("c1").build())
              .xRequestId(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))
              .xFlags(List.of("x", "y"))
              .session("s1")
              .prefs(List.of("dark", "compact"))
              .build();
          return client(baseUrl).issues().listForRepo("acme", "rocket", params);
        }

        public static String missingRequired() {
          try {
            ListForRepoParams.builder().state(ListForRepoParams.State.CLOSED).build();
            return "built";
          } catch (IllegalStateException e) {
            return e.getMessage();
          }
        }

        public static int listWithoutParams(String baseUrl) {
          IssuesApi issues = client(baseUrl).issues();
          return issues.list().size() + issues.listAsync().join().size()
              + issues.list(IssuesApi.ListParams.builder().direction(IssuesApi.ListParams.Direction.DESC).build()).size();
        }

        public static List<RawResponse<Issue>> raw(String baseUrl) {
          IssuesApi.WithRawResponse raw = client(baseUrl).issues().withRawResponse();
          Issue issue = Issue.builder().title("Crash on start").build();
          return List.of(raw.create(issue), raw.createAsync(issue).join());
        }

        public static List<String> chat(String baseUrl, Consumer<String> onEach) {
          ChatRequest request = ChatRequest.builder().model("m1").messages(List.of("Say hello")).build();
          List<String> deltas = new ArrayList<>();
          try (EventStream<ChatChunk> chunks = client(baseUrl).chat().createChatCompletionStreaming(request)) {
            for (ChatChunk chunk : chunks) {
              deltas.add(chunk.delta());
              onEach.accept(chunk.delta());
            }
          }
          deltas.add("stream field left as it was: " + request.stream());
          deltas.add(client(baseUrl).chat().createChatCompletion(request).content());
          return deltas;
        }

        public static List<ServerSentEvent> events(String baseUrl, Consumer<String> onEach) {
          List<ServerSentEvent> events = new ArrayList<>();
          try (EventStream<ServerSentEvent> stream = client(baseUrl).events().streamEvents()) {
            for (ServerSentEvent event : stream) {
              events.add(event);
              onEach.accept(event.data());
            }
          }
          return events;
        }

        public static List<Object> ticks(String baseUrl) {
          List<Object> prices = new ArrayList<>();
          try (EventStream<com.example.model.Tick> ticks = client(baseUrl).events().streamTicks()) {
            ticks.forEach(tick -> prices.add(tick.price()));
          }
          return prices;
        }

        public static int fromEnv(Map<String, String> variables) {
          return AcmeClient.builder().fromEnv(EnvironmentVariables.from(variables::get)).retryPolicy(RetryPolicy.none())
              .build().issues().list().size();
        }
      }
      """;

  private static CompiledClasses classes;
  private final LoopbackServer server = new LoopbackServer();

  CallingOperationsTest() throws java.io.IOException {}

  @BeforeAll
  static void compile() {
    List<SourceFile> sources = new ArrayList<>(Generated.sources(Specs.named("calling-operations-3.1.yaml"), "com.example"));
    sources.add(new SourceFile("com/example/Scenarios.java", SCENARIOS));
    Compilation compilation = Generated.compile(sources);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
    assertTrue(compilation.warnings().isEmpty(), compilation.warnings().toString());
    classes = new CompiledClasses(compilation);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  @DisplayName("each query, header and cookie parameter goes on the wire as its style and explode say")
  void everyParameterStyle() throws Exception {
    server.then(LoopbackServer.json(200, "[{\"id\": 1, \"title\": \"Crash\"}]"));

    List<?> issues = (List<?>) run("everyStyle", server.origin());

    assertEquals(1, issues.size());
    LoopbackServer.Received request = server.received().get(0);
    assertEquals("/repos/acme/rocket/issues", request.path());
    assertEquals(List.of(
        Map.entry("state", "open"),
        Map.entry("labels", "bug,ui"),                          // form, explode false: one parameter, commas
        Map.entry("assignee", "ann"),                           // form, explode true (the default): repeated
        Map.entry("assignee", "bob"),
        Map.entry("since", "2024-05-01T12:30:00+02:00"),
        Map.entry("ids", "1 2"),                                // spaceDelimited
        Map.entry("tags", "a|b"),                               // pipeDelimited
        Map.entry("metadata[team]", "core"),                    // deepObject of a map
        Map.entry("metadata[tier]", "gold & silver"),
        Map.entry("created[gt]", "100"),                        // deepObject of an object
        Map.entry("created[lte]", "200"),
        Map.entry("expand[0]", "author"),                       // deepObject of an array, indexed as Stripe reads it
        Map.entry("expand[1]", "labels"),
        Map.entry("limit", "10"),                               // form object, exploded: one parameter per property
        Map.entry("cursor", "c1")),
        request.query());
    assertTrue(request.rawQuery().contains("ids=1%202&"), request.rawQuery());
    assertTrue(request.rawQuery().contains("tier%5D=gold%20%26%20silver"), request.rawQuery());
    assertEquals("123e4567-e89b-12d3-a456-426614174000", request.header("X-Request-Id"));
    assertEquals("x,y", request.header("X-Flags"));                  // simple
    // form, explode false joins with commas; RFC 6265 allows no comma in a cookie value, so it is percent-encoded
    assertEquals("session=s1; prefs=dark%2Ccompact", request.header("Cookie"));
  }

  @Test
  @DisplayName("build() names every required parameter left unset in one message")
  void missingRequiredParameters() throws Exception {
    assertEquals("Cannot build ListForRepoParams: missing required xRequestId (header parameter 'X-Request-Id'),"
        + " session (cookie parameter 'session')", run("missingRequired"));
  }

  @Test
  @DisplayName("an operation whose parameters are all optional can be called without params, sync and async")
  void overloadWithoutParams() throws Exception {
    server.then(LoopbackServer.json(200, "[{\"title\": \"a\"}]"));

    assertEquals(3, run("listWithoutParams", server.origin()));

    List<LoopbackServer.Received> requests = server.received();
    assertNull(requests.get(0).rawQuery());
    assertNull(requests.get(1).rawQuery());
    assertEquals("direction=desc", requests.get(2).rawQuery());
  }

  @Test
  @DisplayName("withRawResponse() returns status, headers and the decoded body, sync and async")
  void rawResponses() throws Exception {
    server.then(LoopbackServer.json(201, "{\"id\": 7, \"title\": \"Crash on start\"}", "X-Request-Id", "req_1",
        "X-RateLimit-Remaining", "41"));

    List<?> responses = (List<?>) run("raw", server.origin());

    for (Object response : responses) {
      RawResponse<?> raw = (RawResponse<?>) response;
      assertEquals(201, raw.statusCode());
      assertEquals("req_1", raw.requestId().orElseThrow());
      assertEquals(List.of("41"), raw.headers().get("x-ratelimit-remaining"));
      JsonNode body = PlainJson.MAPPER.valueToTree(raw.body());
      assertEquals(7, body.get("id").asInt());
    }
    assertEquals("Basic " + Base64.getEncoder().encodeToString("key_1:".getBytes(StandardCharsets.UTF_8)),
        server.received().get(0).header("Authorization"));
  }

  @Test
  @DisplayName("the streaming twin sends stream: true and Accept text/event-stream, and reads each chunk before the server sends the next")
  void typedStreamingTwin() throws Exception {
    CountDownLatch firstRead = new CountDownLatch(1);
    server.then(exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      write(out, "data: {\"id\": \"c1\", \"delta\": \"Hel\"}\n\n");
      // The rest only once the client has read the first chunk: it must not wait for the end.
      if (!await(firstRead)) {
        write(out, "data: {\"id\": \"c2\", \"delta\": \"too late\"}\n\n");
      }
      write(out, ": keep-alive\n\ndata: {\"id\": \"c2\",\ndata:  \"delta\": \"lo\"}\n\ndata: [DONE]\n\n");
      out.close();
    }).then(LoopbackServer.json(200, "{\"id\": \"c\", \"content\": \"Hello\"}"));

    List<?> deltas = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> (List<?>) run("chat", server.origin(), (Consumer<String>) delta -> firstRead.countDown()));

    assertEquals(List.of("Hel", "lo", "stream field left as it was: null", "Hello"), deltas);
    LoopbackServer.Received streaming = server.received().get(0);
    assertEquals("text/event-stream", streaming.header("Accept"));
    JsonNode body = PlainJson.MAPPER.readTree(streaming.body());
    assertTrue(body.get("stream").asBoolean(), streaming.body());
    assertEquals("m1", body.get("model").asText());
    LoopbackServer.Received plain = server.received().get(1);
    assertEquals("application/json", plain.header("Accept"));
    assertFalse(PlainJson.MAPPER.readTree(plain.body()).has("stream"), plain.body());
  }

  @Test
  @DisplayName("an untyped event stream gives each event as the server sent it: comments skipped, data lines joined, ended by the closed connection")
  void untypedEventStream() throws Exception {
    CountDownLatch firstRead = new CountDownLatch(1);
    server.then(exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      write(out, "event: greeting\nid: 1\ndata: first\n\n");
      if (!await(firstRead)) {
        write(out, "data: too late\n\n");
      }
      write(out, ": a comment\n\ndata: line one\ndata: line two\n\n");
      out.close();
    });

    List<?> events = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> (List<?>) run("events", server.origin(), (Consumer<String>) data -> firstRead.countDown()));

    assertEquals(List.of(
        new ServerSentEvent("greeting", "first", "1", null),
        new ServerSentEvent("message", "line one\nline two", "1", null)), events);
    assertEquals("text/event-stream", server.received().get(0).header("Accept"));
  }

  @Test
  @DisplayName("an operation that only streams typed events returns them decoded, without a [DONE] marker")
  void typedStreamOnly() throws Exception {
    server.then(exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        write(out, "data: {\"symbol\": \"ACME\", \"price\": 1.5}\n\ndata: {\"symbol\": \"ACME\", \"price\": 2.25}\n\n");
      }
    });

    assertEquals(List.of(1.5, 2.25), run("ticks", server.origin()));
  }

  @Test
  @DisplayName("fromEnv reads the API key (as Close's basic user name) and the base URL from ACME_ variables")
  void fromEnvWithKey() throws Exception {
    server.then(LoopbackServer.json(200, "[]"));

    run("fromEnv", Map.of("ACME_API_KEY", "key_env", "ACME_BASE_URL", server.origin()));
    run("fromEnv", Map.of("ACME_USERNAME", "ann", "ACME_PASSWORD", "secret", "ACME_BASE_URL", server.origin()));

    assertEquals(basic("key_env:"), server.received().get(0).header("Authorization"));
    assertEquals(basic("ann:secret"), server.received().get(1).header("Authorization"));
  }

  @Test
  @DisplayName("fromEnv without the key fails naming the variable to set")
  void fromEnvWithoutKey() {
    InvocationTargetException thrown = org.junit.jupiter.api.Assertions.assertThrows(InvocationTargetException.class,
        () -> run("fromEnv", Map.of("ACME_BASE_URL", server.origin())));

    assertEquals(IllegalStateException.class, thrown.getCause().getClass());
    assertEquals("the environment variable ACME_API_KEY is not set; set it to your Acme API key (or set ACME_USERNAME"
        + " and ACME_PASSWORD), or configure the client with its builder instead of fromEnv()", thrown.getCause().getMessage());
    assertTrue(server.received().isEmpty());
  }

  /** Waits for the client to read the first event, at most 5 s (a safety bound, not a timing assertion). */
  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String basic(String credentials) {
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(OutputStream out, String text) throws java.io.IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Runs the scenario {@code name} with these arguments. */
  private static Object run(String name, Object... arguments) throws Exception {
    Class<?> scenarios = classes.load("com.example.Scenarios");
    for (java.lang.reflect.Method method : scenarios.getMethods()) {
      if (method.getName().equals(name)) {
        return method.invoke(null, arguments);
      }
    }
    throw new AssertionError("no scenario " + name);
  }
}
