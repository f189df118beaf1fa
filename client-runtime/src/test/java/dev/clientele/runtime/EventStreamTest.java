package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Streaming calls ({@code text/event-stream}) against a real server on 127.0.0.1. */
class EventStreamTest {

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

  /** OpenAI's chat completion chunk, reduced to what the test reads; unknown fields ignored as in generated models. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Chunk(String id, List<Choice> choices) {
    record Choice(Delta delta) {}

    record Delta(String content) {}
  }

  private ApiClient client(ClientConfig.Builder builder) {
    return new ApiClient(builder.build());
  }

  private ApiClient client() {
    return client(TestClients.builder(server.origin()));
  }

  /** Sends the pieces with a flush after each, chunked (no Content-Length). */
  private static LocalServer.Answer events(String... pieces) {
    return exchange -> {
      OutputStream out = open(exchange, 0);
      for (String piece : pieces) {
        write(out, piece);
      }
      out.close();
    };
  }

  private static OutputStream open(HttpExchange exchange, long length) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
    exchange.sendResponseHeaders(200, length);
    return exchange.getResponseBody();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Test
  @DisplayName("the first event is read while the server still holds back the last one")
  void firstEventBeforeTheServerFinishes() throws Exception {
    // Given a server that sends one event, then waits until the test lets it send the second
    CountDownLatch firstRead = new CountDownLatch(1);
    CountDownLatch serverDone = new CountDownLatch(1);
    server.then(exchange -> {
      OutputStream out = open(exchange, 0);
      write(out, "data: first\n\n");
      try {
        firstRead.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      write(out, "data: last\n\n");
      out.close();
      serverDone.countDown();
    });

    assertTimeoutPreemptively(SAFETY, () -> {
      try (EventStream<ServerSentEvent> events = client().stream(Call.of("GET", "/events", Void.class))) {
        Iterator<ServerSentEvent> iterator = events.iterator();

        // When the first event is read
        ServerSentEvent first = iterator.next();

        // Then the server had not finished: the last event was not even sent yet
        assertEquals("first", first.data());
        assertEquals(1, serverDone.getCount());
        firstRead.countDown();
        assertEquals("last", iterator.next().data());
        assertFalse(iterator.hasNext());
      }
    });
    assertEquals("text/event-stream", server.received().get(0).header("Accept"));
  }

  @Test
  @DisplayName("comments, multi-line data, event types, ids, retry, a BOM and CR, LF and CRLF line ends parse as the WHATWG standard says")
  void parsesTheWholeFormat() {
    // Given
    server.then(events(
        "\uFEFF: a comment, then a keep-alive\n:\n",
        "event: greeting\r\ndata: hello\r\ndata:  two spaces keep one\r\nid: 7\r\n\r\n",
        "data:no space\rretry: 2500\r\r",
        "data\n\n", // a field without value: data is empty, the event is still dispatched
        "retry: soon\nid\nevent: ignored-without-data\n\n", // no data: nothing dispatched, type reset
        "unknown: field\ndata: {\"a\":\ndata: 1}\n\n",
        "data: never finished"));

    // When
    List<ServerSentEvent> events = assertTimeoutPreemptively(SAFETY, () -> {
      try (EventStream<ServerSentEvent> stream = client().stream(Call.of("GET", "/events", Void.class))) {
        return stream.stream().collect(Collectors.toList());
      }
    });

    // Then
    assertEquals(List.of(
        new ServerSentEvent("greeting", "hello\n two spaces keep one", "7", null),
        new ServerSentEvent("message", "no space", "7", Duration.ofMillis(2500)),
        new ServerSentEvent("message", "", "7", Duration.ofMillis(2500)),
        new ServerSentEvent("message", "{\"a\":\n1}", "", Duration.ofMillis(2500))), events);
  }

  @Test
  @DisplayName("a CRLF split between two reads ends one line, and a multi-byte character split between reads stays whole")
  void linesSplitAcrossReads() throws IOException {
    // Given a body delivered one byte per read
    byte[] body = "data: caf\u00e9\r\n\r\ndata: b\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    java.io.InputStream oneByteAtATime = new java.io.ByteArrayInputStream(body) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
    EventStreamReader reader = new EventStreamReader(oneByteAtATime, 1000);

    // When / Then
    assertEquals("caf\u00e9", reader.next().data());
    assertEquals("b", reader.next().data());
    assertNull(reader.next());
  }

  @Test
  @DisplayName("an id with a NUL character is ignored, and a stream that ends without a final empty line drops that event")
  void idWithNulAndUnfinishedEvent() throws IOException {
    byte[] body = "id: 1\ndata: a\n\nid: 2\u0000x\ndata: b\n\ndata: c\n".getBytes(StandardCharsets.UTF_8);
    EventStreamReader reader = new EventStreamReader(new java.io.ByteArrayInputStream(body), 1000);

    assertEquals(new ServerSentEvent("message", "a", "1", null), reader.next());
    assertEquals(new ServerSentEvent("message", "b", "1", null), reader.next());
    assertNull(reader.next());
  }

  @Test
  @DisplayName("JSON events decode into the type, OpenAI's [DONE] ends the stream, and the request asked for an event stream")
  void typedEventsUntilDone() {
    // Given
    server.then(events(
        "data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n",
        ": keep-alive\n\n",
        "data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"lo\"}}],\"usage\":null}\n\n",
        "data: [DONE]\n\n",
        "data: {\"id\":\"after-done\",\"choices\":[]}\n\n"));
    Call<Chunk> call = Call.of("POST", "/chat/completions", Chunk.class).jsonBody(Map.of("stream", true), "application/json");

    // When
    String text = assertTimeoutPreemptively(SAFETY, () -> {
      try (EventStream<Chunk> chunks = client().streamJson(call, "[DONE]")) {
        return chunks.stream().map(chunk -> chunk.choices().get(0).delta().content()).collect(Collectors.joining());
      }
    });

    // Then
    assertEquals("Hello", text);
    assertEquals(1, server.received().size());
  }

  @Test
  @DisplayName("event data that does not fit the type fails with ResponseMismatchException naming the event and the JSON path")
  void typedEventMismatch() {
    server.then(events("data: {\"id\":\"c1\",\"choices\":[]}\n\n", "data: {\"id\":\"c2\",\"choices\":{}}\n\n"));

    EventStream<Chunk> chunks = client().streamJson(Call.of("GET", "/chat", Chunk.class), "[DONE]");
    Iterator<Chunk> iterator = chunks.iterator();
    assertEquals("c1", iterator.next().id());
    ResponseMismatchException error = assertThrows(ResponseMismatchException.class, iterator::next);

    assertEquals("$.choices", error.path());
    assertTrue(error.getMessage().startsWith("event 2 of GET /chat"), error.getMessage());
  }

  @Test
  @DisplayName("a connection that closes in the middle of the stream fails with ApiIoException after the events that arrived")
  void connectionClosedMidStream() {
    // Given a server that announces 1000 bytes, sends two events and half a third, and drops the connection
    server.then(exchange -> {
      OutputStream out = open(exchange, 1000);
      write(out, "data: one\n\ndata: two\n\ndata: thr");
    });
    List<String> read = new ArrayList<>();

    // When
    ApiIoException error = assertTimeoutPreemptively(SAFETY, () -> assertThrows(ApiIoException.class, () -> {
      try (EventStream<ServerSentEvent> events = client().stream(Call.of("GET", "/events", Void.class))) {
        events.forEach(event -> read.add(event.data()));
      }
    }));

    // Then
    assertEquals(List.of("one", "two"), read);
    assertTrue(error.getMessage().contains("the event stream broke off"), error.getMessage());
    assertTrue(error.getMessage().endsWith("(after 2 events)"), error.getMessage());
  }

  @Test
  @DisplayName("closing the stream early closes the connection: the server's next write fails")
  void closeClosesTheConnection() throws Exception {
    // Given a server that sends an event every 20 ms until a write fails
    CountDownLatch writeFailed = new CountDownLatch(1);
    server.then(exchange -> {
      OutputStream out = open(exchange, 0);
      try {
        for (int i = 0; i < 1000; i++) {
          write(out, "data: " + i + "\n\n");
          LocalServer.sleep(20);
        }
      } catch (IOException e) {
        writeFailed.countDown();
      }
    });

    // When the client reads two events and closes
    assertTimeoutPreemptively(SAFETY, () -> {
      try (EventStream<ServerSentEvent> events = client().stream(Call.of("GET", "/events", Void.class))) {
        Iterator<ServerSentEvent> iterator = events.iterator();
        assertEquals("0", iterator.next().data());
        assertEquals("1", iterator.next().data());
      }
    });

    // Then
    assertTrue(writeFailed.await(5, TimeUnit.SECONDS), "the server could still write after the client closed");
  }

  @Test
  @DisplayName("a stream that lasts longer than the request timeout lives on while events keep coming")
  void requestTimeoutDoesNotKillAHealthyStream() {
    // Given a request timeout of 1 s and events every 300 ms for nearly two seconds
    server.then(exchange -> {
      OutputStream out = open(exchange, 0);
      for (int i = 0; i < 6; i++) {
        LocalServer.sleep(300);
        write(out, "data: " + i + "\n\n");
      }
      out.close();
    });
    ApiClient client = client(TestClients.builder(server.origin()).requestTimeout(Duration.ofSeconds(1))
        .streamIdleTimeout(Duration.ofSeconds(3)));

    // When
    long count = assertTimeoutPreemptively(SAFETY, () -> {
      try (EventStream<ServerSentEvent> events = client.stream(Call.of("GET", "/events", Void.class))) {
        return events.stream().count();
      }
    });

    // Then
    assertEquals(6, count);
  }

  @Test
  @DisplayName("a stream silent for longer than streamIdleTimeout fails with ApiTimeoutException naming the setting")
  void idleTimeout() {
    server.then(exchange -> {
      OutputStream out = open(exchange, 0);
      write(out, "data: one\n\n");
      LocalServer.sleep(30_000);
    });
    ApiClient client = client(TestClients.builder(server.origin()).streamIdleTimeout(Duration.ofMillis(300)));

    ApiTimeoutException error = assertTimeoutPreemptively(SAFETY, () -> {
      EventStream<ServerSentEvent> events = client.stream(Call.of("GET", "/events", Void.class));
      Iterator<ServerSentEvent> iterator = events.iterator();
      assertEquals("one", iterator.next().data());
      return assertThrows(ApiTimeoutException.class, iterator::hasNext);
    });

    assertTrue(error.getMessage().contains("idle timeout of 300 ms (after 1 event)"), error.getMessage());
    assertTrue(error.getMessage().contains("streamIdleTimeout"), error.getMessage());
  }

  @Test
  @DisplayName("maxResponseBytes bounds each event, not the stream: many small events pass, one large event fails")
  void sizeBoundPerEvent() {
    // Given a limit of 1000 bytes, ten events of 500 bytes, then one of 2000
    String small = "data: " + "s".repeat(500) + "\n\n";
    server.then(events(small.repeat(10), "data: " + "L".repeat(2000) + "\n\n"));
    ApiClient client = client(TestClients.builder(server.origin()).maxResponseBytes(1000));
    List<String> read = new ArrayList<>();

    // When
    ResponseTooLargeException error = assertTimeoutPreemptively(SAFETY, () -> assertThrows(ResponseTooLargeException.class,
        () -> client.stream(Call.of("GET", "/events", Void.class)).forEach(event -> read.add(event.data()))));

    // Then
    assertEquals(10, read.size());
    assertEquals(1000, error.limit());
    assertTrue(error.getMessage().contains("an event of the stream is larger than the limit of 1000 bytes"), error.getMessage());
  }

  @Test
  @DisplayName("an error status before the stream starts is the usual exception with the error body")
  void errorBeforeTheStream() {
    server.then(LocalServer.json(404, "{\"error\":{\"message\":\"no such model\"}}"));

    NotFoundException error = assertThrows(NotFoundException.class, () -> client().stream(Call.of("GET", "/events", Void.class)));

    assertEquals("{\"error\":{\"message\":\"no such model\"}}", error.bodyText());
  }

  @Test
  @DisplayName("a 503 with Retry-After before the stream starts is retried, then the stream is read")
  void retriedBeforeTheStream() {
    server.then(LocalServer.json(503, "{}", "Retry-After", "0")).then(events("data: ok\n\n"));

    List<ServerSentEvent> events = assertTimeoutPreemptively(SAFETY,
        () -> client().stream(Call.of("POST", "/events", Void.class)).stream().toList());

    assertEquals("ok", events.get(0).data());
    assertEquals(2, server.received().size());
  }

  @Test
  @DisplayName("a same-origin redirect before the stream starts is followed, and the stream's headers are at hand")
  void redirectBeforeTheStream() {
    server.then(LocalServer.redirect(307, "/v2/events")).then(exchange -> {
      exchange.getResponseHeaders().add("X-Request-Id", "req_7");
      events("data: moved\n\n").answer(exchange);
    });

    try (EventStream<ServerSentEvent> events = client().stream(Call.of("GET", "/events", Void.class))) {
      assertEquals(200, events.statusCode());
      assertEquals(java.util.Optional.of("req_7"), events.requestId());
      assertEquals(List.of("moved"), events.stream().map(ServerSentEvent::data).toList());
    }
    assertEquals("/v2/events", server.received().get(1).path());
  }

  @Test
  @DisplayName("a JSON success where an event stream was expected fails with ResponseMismatchException showing the body")
  void notAnEventStream() {
    server.then(LocalServer.json(200, "{\"id\":\"c1\"}"));

    ResponseMismatchException error = assertThrows(ResponseMismatchException.class,
        () -> client().stream(Call.of("GET", "/events", Void.class)));

    assertTrue(error.getMessage().contains("expected an event stream (text/event-stream) but the server sent application/json:"
        + " {\"id\":\"c1\"}"), error.getMessage());
  }

  @Test
  @DisplayName("a transport that cannot stream still yields the events, once the whole body is in")
  void customTransportWithoutStreaming() {
    FakeTransport transport = new FakeTransport();
    transport.respond(200, "data: a\n\ndata: b\n\n", "Content-Type", "text/event-stream");
    ApiClient client = new ApiClient(ClientConfig.builder("https://api.example.com").transport(transport).build());

    List<String> data = client.stream(Call.of("GET", "/events", Void.class)).stream().map(ServerSentEvent::data).toList();

    assertEquals(List.of("a", "b"), data);
  }
}
