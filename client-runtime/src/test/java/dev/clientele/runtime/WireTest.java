package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What reaches a real server: paths, cookies, headers, and how many times. */
class WireTest {

  private LocalServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiClient client() {
    return TestClients.client(server.origin() + "/api/v1", Authentication.none());
  }

  @Test
  @DisplayName("a path parameter that is exactly '.' or '..' is sent percent-encoded, so it stays a value")
  void dotSegmentsAreEncoded() {
    client().execute(Call.of("GET", "/files/{name}/scan", Map.class).path("name", ".."));
    client().execute(Call.of("GET", "/files/{name}/scan", Map.class).path("name", "."));
    client().execute(Call.of("GET", "/files/{name}/scan", Map.class).path("name", "..a"));

    assertEquals(List.of("/api/v1/files/%2E%2E/scan", "/api/v1/files/%2E/scan", "/api/v1/files/..a/scan"),
        server.received().stream().map(LocalServer.Received::path).toList());
  }

  @Test
  @DisplayName("a default Cookie header and cookie parameters are merged, not replaced")
  void cookiesAreMerged() {
    ApiClient client = new ApiClient(TestClients.builder(server.origin())
        .defaultHeader("Cookie", "tracking=1")
        .authentication(Authentication.apiKeyCookie("key", "k1"))
        .build());

    client.execute(Call.of("GET", "/t", Map.class).cookie("session", "a b"));

    assertEquals("tracking=1; session=a%20b; key=k1", server.received().get(0).header("Cookie"));
  }

  @Test
  @DisplayName("CR/LF never reach the wire: in the query they are encoded, in a header the call is refused")
  void noCrLfOnTheWire() {
    client().execute(Call.of("GET", "/t", Map.class).query("q", "a\r\nX-Evil: 1"));
    assertThrows(IllegalArgumentException.class,
        () -> client().execute(Call.of("GET", "/t", Map.class).header("X-Trace", "a\r\nX-Evil: 1")));

    assertEquals(1, server.received().size());
    assertEquals("q=a%0D%0AX-Evil%3A%201", server.received().get(0).query());
    server.received().forEach(request -> assertEquals(null, request.header("X-Evil")));
  }

  @Test
  @DisplayName("a POST answered 500 or 429 without Retry-After is sent once: the server may have processed it")
  void postIsNeverSentTwice() {
    server.then(LocalServer.json(500, "{}")).then(LocalServer.json(429, "{}")).then(LocalServer.json(502, "{}"));

    for (int i = 0; i < 3; i++) {
      assertThrows(ApiResponseException.class,
          () -> client().execute(Call.of("POST", "/t", Map.class).jsonBody(Map.of("n", 1), "application/json")));
    }

    assertEquals(3, server.received().size());
  }

  @Test
  @DisplayName("a GET is retried at most maxAttempts times, and a POST answered 503 with Retry-After is resent")
  void retriesAreBounded() {
    server.then(LocalServer.json(503, "{}", "Retry-After", "0")).then(LocalServer.json(200, "{\"ok\": true}"))
        .then(LocalServer.json(500, "{}"));

    assertEquals(Map.of("ok", true),
        client().execute(Call.of("POST", "/t", Map.class).jsonBody(Map.of(), "application/json")));
    assertThrows(ServerErrorException.class, () -> client().execute(Call.of("GET", "/t", Map.class)));

    assertEquals(2 + 3, server.received().size());
  }

  @Test
  @DisplayName("a Retry-After beyond maxRetryAfter (60 s) is not waited for; a garbage one is ignored")
  void retryAfterIsCapped() {
    server.then(LocalServer.json(503, "{}", "Retry-After", "3600"))
        .then(LocalServer.json(503, "{}", "Retry-After", "soon")).then(LocalServer.json(200, "{}"));

    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThrows(ServerErrorException.class,
          () -> client().execute(Call.of("POST", "/t", Map.class).jsonBody(Map.of(), "application/json")));
      assertEquals(Map.of(), client().execute(Call.of("GET", "/t", Map.class)));
    });

    assertEquals(3, server.received().size());
  }

  @Test
  @DisplayName("8 threads × 200 calls, a third of them retried, each get their own answer")
  void concurrentCallsDoNotMixUp() throws Exception {
    // Given a server that answers 503 the first time it sees every third id, and otherwise echoes the id
    java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    server.then(exchange -> {
      String id = exchange.getRequestURI().getRawPath().substring("/api/v1/echo/".length());
      if (id.hashCode() % 3 == 0 && seen.add(id)) {
        LocalServer.json(503, "{}", "Retry-After", "0").answer(exchange);
      } else {
        LocalServer.json(200, "{\"id\": \"" + id + "\"}").answer(exchange);
      }
    });
    // HTTP/1.1: the JDK would otherwise ask this HTTP/1.1-only server to upgrade on every new connection.
    ApiClient client = new ApiClient(TestClients.builder(server.origin() + "/api/v1")
        .transport(new JdkHttpTransport(java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build()))
        .build());
    ExecutorService threads = Executors.newFixedThreadPool(8);

    // When
    List<Future<Integer>> mismatches = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      mismatches.add(threads.submit(() -> {
        int wrong = 0;
        for (int i = 0; i < 200; i++) {
          String id = thread + "-" + i;
          Map<?, ?> answer = i % 2 == 0
              ? client.execute(Call.of("GET", "/echo/{id}", Map.class).path("id", id))
              : client.executeAsync(Call.of("GET", "/echo/{id}", Map.class).path("id", id)).join();
          wrong += id.equals(answer.get("id")) ? 0 : 1;
        }
        return wrong;
      }));
    }

    // Then
    int wrong = 0;
    for (Future<Integer> result : mismatches) {
      wrong += result.get(60, java.util.concurrent.TimeUnit.SECONDS);
    }
    threads.shutdown();
    assertEquals(0, wrong);
    assertEquals(1600 + seen.size(), server.received().size());
    assertTrue(seen.size() > 100, "retried: " + seen.size());
  }
}
