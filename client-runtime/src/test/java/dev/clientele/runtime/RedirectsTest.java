package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Redirects against two real servers: 127.0.0.1 is the API, 127.0.0.2 another host. */
class RedirectsTest {

  private LocalServer api;
  private LocalServer other;

  @BeforeEach
  void start() throws IOException {
    api = new LocalServer("127.0.0.1");
    other = new LocalServer("127.0.0.2");
  }

  @AfterEach
  void stop() {
    api.close();
    other.close();
  }

  private ApiClient client(Authentication authentication) {
    return TestClients.client(api.origin() + "/api", authentication);
  }

  @Test
  @DisplayName("a basic-auth client redirected to another host sends it nothing and fails naming the Location")
  void crossOriginRedirectIsRefused() {
    // Given
    api.then(LocalServer.redirect(307, other.origin() + "/lead/"));
    ApiClient client = client(Authentication.basic("SECRETKEY", ""));

    // When
    RedirectException error = assertThrows(RedirectException.class,
        () -> client.execute(Call.of("POST", "/lead/", Map.class).jsonBody(Map.of("name", "x"), "application/json")));

    // Then
    assertEquals(List.of(), other.received());
    assertEquals(other.origin() + "/lead/", error.location());
    assertTrue(error.getMessage().contains("redirect to " + other.origin() + "/lead/ not followed"), error.getMessage());
    assertTrue(error.getMessage().contains("followCrossOriginRedirects(true)"), error.getMessage());
    assertEquals(307, error.status());
    assertFalse(error.getMessage().contains("SECRETKEY"));
  }

  @Test
  @DisplayName("the async call refuses a cross-origin redirect the same way")
  void crossOriginRedirectIsRefusedAsync() {
    api.then(LocalServer.redirect(302, other.origin() + "/lead/"));
    ApiClient client = client(Authentication.bearer("sk_live_secret"));

    CompletionException failed = assertThrows(CompletionException.class,
        () -> client.executeAsync(Call.of("GET", "/lead/", Map.class)).join());

    assertInstanceOf(RedirectException.class, failed.getCause());
    assertEquals(List.of(), other.received());
  }

  @Test
  @DisplayName("with cross-origin redirects on, the other host gets no Authorization, API key, cookie or default header")
  void crossOriginRedirectOptInDropsCredentials() {
    // Given
    api.then(LocalServer.redirect(302, other.origin() + "/cdn/file?sig=abc"));
    other.then(LocalServer.json(200, "{\"ok\": true}"));
    Authentication everything = request -> {
      request.setHeader("Authorization", "Bearer sk_live_secret");
      request.setHeader("X-API-Key", "key_secret");
      request.addQuery("api_key", "query_secret");
      request.addCookie("session", "cookie_secret");
    };
    ApiClient client = new ApiClient(TestClients.builder(api.origin() + "/api")
        .authentication(everything)
        .defaultHeader("X-Team", "core")
        .followCrossOriginRedirects(true)
        .build());

    // When
    Map<?, ?> body = client.execute(Call.of("GET", "/files/1", Map.class));

    // Then
    assertEquals(Map.of("ok", true), body);
    assertEquals("api_key=query_secret", api.received().get(0).query());
    LocalServer.Received redirected = other.received().get(0);
    assertEquals("/cdn/file", redirected.path());
    assertEquals("sig=abc", redirected.query());
    for (String header : List.of("Authorization", "X-API-Key", "Cookie", "X-Team")) {
      assertNull(redirected.header(header), header);
    }
    assertTrue(redirected.header("User-Agent").startsWith("Clientele/"));
  }

  @Test
  @DisplayName("with cross-origin redirects on, a 307 that would re-send a POST body elsewhere is still refused")
  void crossOriginBodyIsNeverResent() {
    api.then(LocalServer.redirect(307, other.origin() + "/lead/"));
    ApiClient client = new ApiClient(TestClients.builder(api.origin()).followCrossOriginRedirects(true).build());

    RedirectException error = assertThrows(RedirectException.class,
        () -> client.execute(Call.of("POST", "/lead/", Map.class).jsonBody(Map.of("password", "p"), "application/json")));

    assertTrue(error.getMessage().contains("re-send the request body"), error.getMessage());
    assertEquals(List.of(), other.received());
  }

  @Test
  @DisplayName("a same-origin 307 re-sends method, body and credentials; a 303 turns into a GET without body")
  void sameOriginRedirects() {
    // Given
    api.then(LocalServer.redirect(307, "/api/v2/lead/"))
        .then(LocalServer.redirect(303, api.origin() + "/api/status/1"))
        .then(LocalServer.json(200, "{\"done\": true}"));
    ApiClient client = client(Authentication.bearer("sk_live_secret"));

    // When
    Map<?, ?> body = client.execute(Call.of("POST", "/v1/lead/", Map.class).jsonBody(Map.of("a", 1), "application/json"));

    // Then
    assertEquals(Map.of("done", true), body);
    List<LocalServer.Received> received = api.received();
    assertEquals(List.of("POST /api/v1/lead/", "POST /api/v2/lead/", "GET /api/status/1"),
        received.stream().map(r -> r.method() + " " + r.path()).toList());
    assertEquals("{\"a\":1}", received.get(1).body());
    assertEquals("", received.get(2).body());
    assertNull(received.get(2).header("Content-Type"));
    received.forEach(r -> assertEquals("Bearer sk_live_secret", r.header("Authorization")));
  }

  @Test
  @DisplayName("a redirect loop stops after 5 redirects with a RedirectException")
  void redirectLoopIsBounded() {
    api.then(LocalServer.redirect(302, "/loop"));

    RedirectException error = assertThrows(RedirectException.class,
        () -> client(Authentication.none()).execute(Call.of("GET", "/loop", Map.class)));

    assertEquals(6, api.received().size());
    assertTrue(error.getMessage().contains("more than 5 redirects"), error.getMessage());
  }

  @Test
  @DisplayName("https is never left for http, not even with cross-origin redirects on")
  void noDowngrade() {
    FakeTransport transport = new FakeTransport();
    transport.respond(301, "", "Location", "http://api.example.com/v1/t");
    ApiClient client = new ApiClient(ClientConfig.builder("https://api.example.com/v1")
        .transport(transport).followCrossOriginRedirects(true).build());

    RedirectException error = assertThrows(RedirectException.class, () -> client.execute(Call.of("GET", "/t", Map.class)));

    assertTrue(error.getMessage().contains("leaves https for plain http"), error.getMessage());
    assertEquals(1, transport.sent.size());
  }

  @Test
  @DisplayName("a 301 after a POST becomes a GET without body; a 308 keeps a PUT and its body; async follows alike")
  void methodRules() {
    api.then(LocalServer.redirect(301, "/moved")).then(LocalServer.json(200, "{}"))
        .then(LocalServer.redirect(308, "/moved")).then(LocalServer.json(200, "{}"));
    ApiClient client = client(Authentication.none());

    client.execute(Call.of("POST", "/t", Map.class).jsonBody(Map.of("a", 1), "application/json"));
    client.executeAsync(Call.of("PUT", "/t", Map.class).jsonBody(Map.of("b", 2), "application/json")).join();

    assertEquals(List.of("POST /api/t {\"a\":1}", "GET /moved ", "PUT /api/t {\"b\":2}", "PUT /moved {\"b\":2}"),
        api.received().stream().map(r -> r.method() + " " + r.path() + " " + r.body()).toList());
  }

  @Test
  @DisplayName("a Location that is no http(s) URL is refused; a 3xx without Location is an ApiResponseException")
  void unusableRedirects() {
    api.then(LocalServer.redirect(302, "file:///etc/passwd")).then(LocalServer.json(304, ""));
    ApiClient client = client(Authentication.none());

    RedirectException error = assertThrows(RedirectException.class, () -> client.execute(Call.of("GET", "/t", Map.class)));
    ApiResponseException notModified =
        assertThrows(ApiResponseException.class, () -> client.execute(Call.of("GET", "/t", Map.class)));

    assertNull(error.location());
    assertTrue(error.getMessage().contains("the Location header is not an http(s) URL"), error.getMessage());
    assertEquals(304, notModified.status());
  }

  @Test
  @DisplayName("the default transport follows no redirect itself, and refuses an HttpClient that would")
  void transportNeverFollows() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> new JdkHttpTransport(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()));

    assertTrue(error.getMessage().contains("Redirect.NEVER"), error.getMessage());
  }
}
