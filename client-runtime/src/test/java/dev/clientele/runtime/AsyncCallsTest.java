package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Async calls: cancelling stops them, and every failure, however early, fails the future. */
class AsyncCallsTest {

  @Test
  @DisplayName("cancelling an async POST that the server answers 503 with Retry-After stops its retries")
  void cancelStopsRetries() throws IOException {
    try (LocalServer server = new LocalServer()) {
      // Given
      server.then(LocalServer.json(503, "{}", "Retry-After", "1"));
      ApiClient client = TestClients.client(server.origin(), Authentication.none());
      CompletableFuture<Map> call = client.executeAsync(Call.of("POST", "/t", Map.class).jsonBody(Map.of(), "application/json"));
      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
        while (server.received().isEmpty()) {
          Thread.sleep(10);
        }
      });

      // When
      assertTrue(call.cancel(true));
      LocalServer.sleep(2_500);

      // Then the two retries the policy allowed were never sent
      assertEquals(1, server.received().size());
    }
  }

  /** A transport whose requests never complete, keeping the futures it handed out. */
  static class HangingTransport implements Transport {
    final List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();

    @Override
    public TransportResponse send(TransportRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public synchronized CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
      CompletableFuture<TransportResponse> future = new CompletableFuture<>();
      futures.add(future);
      return future;
    }
  }

  @Test
  @DisplayName("cancelling an async call cancels the transport's request in flight")
  void cancelAbortsTheRequestInFlight() {
    HangingTransport transport = new HangingTransport();
    ApiClient client = new ApiClient(ClientConfig.builder("https://api.example.com").transport(transport).build());

    CompletableFuture<String> call = client.executeAsync(Call.of("GET", "/t", String.class));
    call.cancel(true);

    assertEquals(1, transport.futures.size());
    assertTrue(transport.futures.get(0).isCancelled());
  }

  @Test
  @DisplayName("a header value with a line break fails the async future, naming the header and not its value")
  void badHeaderFailsTheFuture() throws IOException {
    try (LocalServer server = new LocalServer()) {
      ApiClient client = TestClients.client(server.origin(), Authentication.none());

      CompletableFuture<String> call = client.executeAsync(
          Call.of("GET", "/t", String.class).header("X-Session", "sk_live_secret\n"));

      CompletionException failed = assertThrows(CompletionException.class, call::join);
      IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, failed.getCause());
      assertTrue(cause.getMessage().contains("X-Session"), cause.getMessage());
      assertFalse(cause.getMessage().contains("sk_live_secret"), cause.getMessage());
      assertEquals(List.of(), server.received());
    }
  }

  @Test
  @DisplayName("a transport that throws instead of failing its future fails the async future")
  void throwingTransportFailsTheFuture() {
    Transport throwing = new HangingTransport() {
      @Override
      public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        throw new IllegalStateException("transport is closed");
      }
    };
    ApiClient client = new ApiClient(ClientConfig.builder("https://api.example.com").transport(throwing).build());

    CompletableFuture<String> call = client.executeAsync(Call.of("GET", "/t", String.class));

    assertInstanceOf(IllegalStateException.class, assertThrows(CompletionException.class, call::join).getCause());
  }

  @Test
  @DisplayName("interrupting a thread blocked in a call ends the call at once, keeping the interrupt")
  void interruptEndsABlockingCall() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.then(LocalServer.stall(100, 6, 30_000));
      ApiClient client = TestClients.client(server.origin(), Authentication.none());
      java.util.concurrent.atomic.AtomicReference<Throwable> outcome = new java.util.concurrent.atomic.AtomicReference<>();
      Thread caller = new Thread(() -> {
        try {
          client.execute(Call.of("GET", "/t", String.class));
        } catch (RuntimeException e) {
          outcome.set(e);
        }
        if (!Thread.currentThread().isInterrupted()) {
          outcome.set(new AssertionError("the interrupt was lost"));
        }
      });
      caller.start();
      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
        while (server.received().isEmpty()) {
          Thread.sleep(10);
        }
      });

      caller.interrupt();
      caller.join(5_000);

      assertFalse(caller.isAlive());
      ApiIoException error = assertInstanceOf(ApiIoException.class, outcome.get());
      assertTrue(error.getMessage().contains("interrupted"), error.getMessage());
    }
  }

  @Test
  @DisplayName("the async variant retries like the blocking one and delivers the final answer")
  void asyncRetries() throws IOException {
    try (LocalServer server = new LocalServer()) {
      server.then(LocalServer.json(503, "", "Retry-After", "0")).then(LocalServer.json(500, ""))
          .then(LocalServer.json(200, "\"ok\""));
      ApiClient client = TestClients.client(server.origin(), Authentication.none());

      assertEquals("ok", client.executeAsync(Call.of("GET", "/t", String.class)).join());
      assertEquals(3, server.received().size());
    }
  }
}
