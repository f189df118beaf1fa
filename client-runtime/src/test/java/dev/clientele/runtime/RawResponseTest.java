package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Status, headers and body together, against a real server on 127.0.0.1. */
class RawResponseTest {

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

  @Test
  @DisplayName("executeRaw gives the status, the headers looked up without regard to case, the request id and the decoded body")
  void rawResponse() {
    // Given
    server.then(LocalServer.json(201, "{\"id\": \"lead_1\"}", "X-RateLimit-Remaining", "41", "request-id", "req_42"));

    // When
    RawResponse<Map<String, Object>> response = client.executeRaw(
        Call.of("POST", "/leads", new TypeToken<Map<String, Object>>() {}).jsonBody(Map.of(), "application/json"));

    // Then
    assertEquals(201, response.statusCode());
    assertEquals(Optional.of("41"), response.header("x-ratelimit-remaining"));
    assertEquals(List.of("41"), response.headers().get("X-RATELIMIT-REMAINING"));
    assertEquals(Optional.of("req_42"), response.requestId());
    assertEquals(Map.of("id", "lead_1"), response.body());
    assertThrows(UnsupportedOperationException.class, () -> response.headers().put("a", List.of()));
  }

  @Test
  @DisplayName("executeRawAsync gives the same, and a 204 has a null body")
  void rawResponseAsync() {
    server.then(LocalServer.raw(204, "application/json", new byte[0], "X-Request-Id", "abc"));

    RawResponse<Void> response = client.executeRawAsync(Call.of("DELETE", "/leads/1", Void.class)).join();

    assertEquals(204, response.statusCode());
    assertEquals(Optional.of("abc"), response.requestId());
    assertNull(response.body());
  }

  @Test
  @DisplayName("an error status still throws the exception for its status, sync and async")
  void errorsStillThrow() {
    server.then(LocalServer.json(404, "{\"error\": \"gone\"}"));

    assertThrows(NotFoundException.class, () -> client.executeRaw(Call.of("GET", "/leads/1", Map.class)));
    CompletionException async = assertThrows(CompletionException.class,
        () -> client.executeRawAsync(Call.of("GET", "/leads/1", Map.class)).join());
    assertInstanceOf(NotFoundException.class, async.getCause());
  }

  @Test
  @DisplayName("toString shows status and header names but no header values")
  void toStringHidesValues() {
    RawResponse<String> response = new RawResponse<>(200, Map.of("Set-Cookie", List.of("session=secret")), "body");

    assertTrue(response.toString().contains("Set-Cookie"), response.toString());
    assertTrue(!response.toString().contains("secret"), response.toString());
  }
}
