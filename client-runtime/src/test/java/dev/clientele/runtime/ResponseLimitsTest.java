package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How much and how long a response may take, against a real server. */
class ResponseLimitsTest {

  private static final Duration SAFETY = Duration.ofSeconds(8);

  private LocalServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiClient client(ClientConfig.Builder builder) {
    return new ApiClient(builder.retryPolicy(RetryPolicy.none()).build());
  }

  @Test
  @DisplayName("a download larger than maxResponseBytes fails with ResponseTooLargeException naming the limit and the option")
  void chunkedBodyOverTheLimit() {
    // Given a server streaming 5 MiB without Content-Length, and a 1 MiB limit
    server.then(LocalServer.chunked(5L * 1024 * 1024));
    ApiClient client = client(TestClients.builder(server.origin()).maxResponseBytes(1024 * 1024));

    // When
    ResponseTooLargeException error = assertTimeoutPreemptively(SAFETY,
        () -> assertThrows(ResponseTooLargeException.class, () -> client.execute(Call.of("GET", "/file", byte[].class))));

    // Then
    assertEquals(1024 * 1024, error.limit());
    assertTrue(error.getMessage().contains("larger than the limit of 1 MiB (1048576 bytes)"), error.getMessage());
    assertTrue(error.getMessage().contains("maxResponseBytes"), error.getMessage());
  }

  @Test
  @DisplayName("by default a body announced above 100 MiB is refused before it is read, and not retried")
  void defaultLimitFromContentLength() {
    server.then(LocalServer.announce(101L * 1024 * 1024));
    ApiClient client = new ApiClient(TestClients.builder(server.origin()).build());

    ResponseTooLargeException error = assertTimeoutPreemptively(SAFETY,
        () -> assertThrows(ResponseTooLargeException.class, () -> client.execute(Call.of("GET", "/file", byte[].class))));

    assertTrue(error.getMessage().contains("100 MiB"), error.getMessage());
    assertEquals(1, server.received().size());
  }

  @Test
  @DisplayName("a body within the limit is read whole")
  void bodyWithinTheLimit() {
    server.then(LocalServer.chunked(2L * 64 * 1024));
    ApiClient client = client(TestClients.builder(server.origin()).maxResponseBytes(2L * 64 * 1024));

    assertEquals(2 * 64 * 1024, client.execute(Call.of("GET", "/file", byte[].class)).length);
  }

  @Test
  @DisplayName("a transport of one's own that returns a body above the limit is refused all the same")
  void customTransportIsBounded() {
    FakeTransport transport = new FakeTransport();
    transport.respond(200, "\"" + "x".repeat(100) + "\"");
    ApiClient client = client(ClientConfig.builder("https://api.example.com").transport(transport).maxResponseBytes(50));

    assertThrows(ResponseTooLargeException.class, () -> client.execute(Call.of("GET", "/t", String.class)));
  }

  @Test
  @DisplayName("a server that sends headers and 6 of 100 bytes, then stalls, runs into the request timeout")
  void stalledBodyTimesOut() {
    // Given
    server.then(LocalServer.stall(100, 6, 30_000));
    ApiClient client = client(TestClients.builder(server.origin()).requestTimeout(Duration.ofSeconds(1)));

    // When
    ApiTimeoutException error = assertTimeoutPreemptively(SAFETY,
        () -> assertThrows(ApiTimeoutException.class, () -> client.execute(Call.of("GET", "/t", String.class))));

    // Then
    assertTrue(error.getMessage().contains("no complete response (headers and body) within the request timeout of 1 s"
        + " (1 attempt over 1"), error.getMessage());
  }

  @Test
  @DisplayName("the async call runs into the request timeout too when the body stalls")
  void stalledBodyTimesOutAsync() {
    server.then(LocalServer.stall(100, 6, 30_000));
    ApiClient client = client(TestClients.builder(server.origin()).requestTimeout(Duration.ofSeconds(1)));

    CompletableFuture<String> call = client.executeAsync(Call.of("GET", "/t", String.class));
    CompletionException failed = assertTimeoutPreemptively(SAFETY, () -> assertThrows(CompletionException.class, call::join));

    assertInstanceOf(ApiTimeoutException.class, failed.getCause());
  }

  @Test
  @DisplayName("a server that trickles a byte at a time forever runs into the request timeout")
  void tricklingBodyTimesOut() {
    server.then(LocalServer.trickle(100));
    ApiClient client = client(TestClients.builder(server.origin()).requestTimeout(Duration.ofSeconds(1)));

    assertTimeoutPreemptively(SAFETY,
        () -> assertThrows(ApiTimeoutException.class, () -> client.execute(Call.of("GET", "/t", String.class))));
  }

  @Test
  @DisplayName("a server that closes the connection mid-body is an ApiIoException saying so, retried for a GET")
  void closedMidBody() {
    server.then(LocalServer.closeMidBody(100, 10));
    ApiClient client = new ApiClient(TestClients.builder(server.origin()).build());

    ApiIoException error = assertTimeoutPreemptively(SAFETY,
        () -> assertThrows(ApiIoException.class, () -> client.execute(Call.of("GET", "/t", List.class))));

    assertTrue(error.getMessage().contains("closed before the whole response arrived"), error.getMessage());
    assertTrue(error.getMessage().contains("(3 attempts over"), error.getMessage());
    assertEquals(3, server.received().size());
  }

  @Test
  @DisplayName("a POST whose connection closes mid-body is not sent again: the server may have processed it")
  void postClosedMidBodyIsNotRetried() {
    server.then(LocalServer.closeMidBody(100, 10));
    ApiClient client = new ApiClient(TestClients.builder(server.origin()).build());

    assertTimeoutPreemptively(SAFETY, () -> assertThrows(ApiIoException.class,
        () -> client.execute(Call.of("POST", "/t", Map.class).jsonBody(Map.of("a", 1), "application/json"))));

    assertEquals(1, server.received().size());
  }
}
