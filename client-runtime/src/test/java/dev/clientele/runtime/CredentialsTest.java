package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Credentials are checked where they are set and never show in messages or toString(). */
class CredentialsTest {

  private static final String SECRET = "sk_live_51Hsecret";

  private static void assertRefused(Class<? extends RuntimeException> type, Executable setting, String names) {
    RuntimeException error = assertThrows(type, setting);
    assertTrue(error.getMessage().contains(names), error.getMessage());
    assertFalse(error.getMessage().contains(SECRET), error.getMessage());
  }

  @Nested
  @DisplayName("Where credentials are set")
  class Checks {

    @Test
    @DisplayName("a token read from a file with its final line break is refused, naming the credential, not its value")
    void trailingNewlineIsRefused() {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
          () -> Authentication.bearer(SECRET + "\n"));

      assertEquals("the bearer token has a line break at character 18 of 18 (was it read from a file with its final"
          + " line break? strip() it); only printable ASCII can be sent in a header; it was not used", error.getMessage());
    }

    @Test
    @DisplayName("API keys with CR, LF or other characters a header cannot carry are refused")
    void apiKeysWithControlCharactersAreRefused() {
      assertRefused(IllegalArgumentException.class, () -> Authentication.apiKeyHeader("X-API-Key", SECRET + "\r\nX-Evil: 1"),
          "the API key for header X-API-Key has a carriage return");
      assertRefused(IllegalArgumentException.class, () -> Authentication.apiKeyQuery("key", " " + SECRET),
          "the API key for query parameter key starts or ends with a space");
      assertRefused(IllegalArgumentException.class, () -> Authentication.bearer(SECRET + "é"),
          "a non-ASCII character (U+00E9)");
      assertRefused(IllegalArgumentException.class, () -> Authentication.basic("user", SECRET + "\n"),
          "the basic-auth password has a line break");
    }

    @Test
    @DisplayName("null or blank credentials fail where they are set, saying which is missing")
    void missingCredentials() {
      assertRefused(NullPointerException.class, () -> Authentication.basic(null, ""), "the basic-auth user name is null");
      assertRefused(NullPointerException.class, () -> Authentication.basic("user", null), "the basic-auth password is null");
      assertRefused(IllegalArgumentException.class, () -> Authentication.basic("  ", ""), "the basic-auth user name is blank");
      assertRefused(NullPointerException.class, () -> Authentication.bearer(null), "the bearer token is null");
      assertRefused(IllegalArgumentException.class, () -> Authentication.bearer(""), "the bearer token is empty");
      assertRefused(IllegalArgumentException.class, () -> Authentication.apiKeyHeader("X-Key", " "),
          "the API key for header X-Key is blank");
      assertRefused(NullPointerException.class, () -> Authentication.apiKeyCookie("session", null),
          "the API key for cookie session is null");
    }

    @Test
    @DisplayName("Close's basic auth with the key as user and an empty password is accepted")
    void emptyPasswordIsFine() {
      RequestParts parts = new RequestParts();
      Authentication.basic("SECRETKEY", "").apply(parts);

      assertEquals(List.of("Basic U0VDUkVUS0VZOg=="), parts.headers().get("Authorization"));
    }

    @Test
    @DisplayName("an API key cookie is sent as it is, with every character RFC 6265 allows; others are refused")
    void cookieKeyIsSentAsItIs() throws IOException {
      try (LocalServer server = new LocalServer()) {
        ApiClient client = TestClients.client(server.origin(), Authentication.apiKeyCookie("key", "abc/def+ghi=="));

        client.execute(Call.of("GET", "/t", Map.class));

        assertEquals("key=abc/def+ghi==", server.received().get(0).header("Cookie"));
      }
      assertRefused(IllegalArgumentException.class, () -> Authentication.apiKeyCookie("key", "a;b"),
          "the API key for cookie key has ';'");
    }
  }

  @Nested
  @DisplayName("What is shown")
  class Shown {

    @Test
    @DisplayName("a request's toString() hides query values, such as an API key in the query")
    void transportRequestHidesQuery() {
      TransportRequest request = new TransportRequest("GET", URI.create("https://api.example.com/v1/t?api_key=" + SECRET + "&limit=5"),
          Map.of("Authorization", List.of("Bearer " + SECRET)), null, Duration.ofSeconds(1));

      assertEquals("GET https://api.example.com/v1/t?api_key=<hidden>&limit=<hidden>", request.toString());
    }

    @Test
    @DisplayName("RequestOptions' toString() hides Authorization, cookies and key-like headers, and shows the others")
    void requestOptionsHideSecrets() {
      RequestOptions options = RequestOptions.header("Authorization", "Bearer " + SECRET)
          .and(RequestOptions.header("Cookie", "session=" + SECRET))
          .and(RequestOptions.header("X-Api-Key", SECRET))
          .and(RequestOptions.header("X-Team", "core"));

      String shown = options.toString();

      assertFalse(shown.contains(SECRET), shown);
      assertTrue(shown.contains("X-Team=core"), shown);
      assertTrue(shown.contains("Authorization=<hidden>"), shown);
    }

    @Test
    @DisplayName("ClientConfig's toString() hides a password in the base URL, the credentials and secret default headers")
    void clientConfigHidesSecrets() {
      ClientConfig config = ClientConfig.builder("https://user:" + SECRET + "@api.example.com/v1")
          .authentication(Authentication.bearer(SECRET))
          .defaultHeader("X-Auth-Token", SECRET)
          .build();

      String shown = config.toString() + new ApiClient(config).config();

      assertFalse(shown.contains(SECRET), shown);
      assertTrue(shown.contains("https://<hidden>@api.example.com/v1"), shown);
    }

    @Test
    @DisplayName("a refused connection says so in words, with attempts and time, and never the credentials")
    void refusedConnectionMessage() throws IOException {
      int closedPort;
      try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        closedPort = socket.getLocalPort();
      }
      ApiClient client = TestClients.client("http://127.0.0.1:" + closedPort + "/api",
          Authentication.apiKeyQuery("api_key", SECRET));

      ApiIoException error = assertThrows(ApiIoException.class,
          () -> client.execute(Call.of("POST", "/lead/", Map.class).jsonBody(Map.of(), "application/json")));

      String message = error.getMessage();
      assertTrue(message.startsWith("POST http://127.0.0.1:" + closedPort + "/api/lead/: connection refused by 127.0.0.1:"
          + closedPort + " (3 attempts over "), message);
      assertFalse(message.contains(SECRET), message);
      assertFalse(String.valueOf(error.getCause().getMessage()).contains(SECRET));
    }

    @Test
    @DisplayName("an unknown host says the name could not be resolved (no lookup made: the JDK's failure is given)")
    void unknownHostMessage() {
      java.net.ConnectException failure = new java.net.ConnectException();
      failure.initCause(new java.nio.channels.UnresolvedAddressException());

      TransportRequest request = new TransportRequest("GET", URI.create("https://no-such-host.invalid/t"), Map.of(), null,
          Duration.ofSeconds(1));

      ApiException error = Failures.of("GET https://no-such-host.invalid/t", request, failure, 1, Duration.ofMillis(40));

      assertEquals("GET https://no-such-host.invalid/t: the host name no-such-host.invalid could not be resolved (DNS)"
          + " (1 attempt over 0 s)", error.getMessage());
    }
  }
}
