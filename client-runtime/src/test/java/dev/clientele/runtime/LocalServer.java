package dev.clientele.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a loopback address (127.0.0.1, or 127.0.0.2 to play another host) that
 * answers with scripted responses, in order, and records what it received. The last scripted answer
 * is repeated once the script runs out.
 */
final class LocalServer implements AutoCloseable {

  /** A request as the server received it. */
  record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {
    /** The first value of a header, or null. */
    String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** How the server answers one request. */
  interface Answer {
    void answer(HttpExchange exchange) throws IOException;
  }

  static {
    // Headers and body go out in separate writes; without TCP_NODELAY each response waits ~40 ms
    // for a delayed ACK. Read once, when the first server starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final String host;
  private final Deque<Answer> script = new ArrayDeque<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private Answer last = json(200, "{}");

  LocalServer() throws IOException {
    this("127.0.0.1");
  }

  LocalServer(String host) throws IOException {
    this.host = host;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://host:port}, no trailing slash. */
  String origin() {
    return "http://" + host + ":" + server.getAddress().getPort();
  }

  int port() {
    return server.getAddress().getPort();
  }

  LocalServer then(Answer answer) {
    synchronized (this) {
      script.add(answer);
    }
    return this;
  }

  List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  static Answer json(int status, String body, String... headers) {
    return raw(status, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
  }

  static Answer raw(int status, String contentType, byte[] body, String... headers) {
    return exchange -> {
      for (int i = 0; i < headers.length; i += 2) {
        exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
      }
      exchange.getResponseHeaders().add("Content-Type", contentType);
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    };
  }

  static Answer redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().add("Location", location);
      exchange.sendResponseHeaders(status, -1);
    };
  }

  /** Sends headers announcing {@code length} bytes and the first {@code sent} of them, then waits {@code millis}. */
  static Answer stall(int length, int sent, long millis) {
    return exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, length);
      OutputStream out = exchange.getResponseBody();
      out.write(("\"" + "x".repeat(sent - 1)).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      sleep(millis);
    };
  }

  /** Announces {@code length} bytes, sends {@code sent} of them, and closes the connection. */
  static Answer closeMidBody(int length, int sent) {
    return exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, length);
      OutputStream out = exchange.getResponseBody();
      out.write(("[" + "1,".repeat(sent)).substring(0, sent).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // The exchange is closed with bytes missing: the server drops the connection.
    };
  }

  /** Sends a chunked JSON string one byte every {@code millis}, forever (until the client goes away). */
  static Answer trickle(long millis) {
    return exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      out.write('"');
      while (!Thread.currentThread().isInterrupted()) {
        out.write('x');
        out.flush();
        sleep(millis);
      }
    };
  }

  /** Announces a body of {@code length} bytes in Content-Length and starts sending zeros. */
  static Answer announce(long length) {
    return exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
      exchange.sendResponseHeaders(200, length);
      OutputStream out = exchange.getResponseBody();
      out.write(new byte[64 * 1024]);
      out.flush();
      sleep(2000);
    };
  }

  /** Streams a chunked body of {@code total} bytes, in 64 KiB pieces. */
  static Answer chunked(long total) {
    return exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
      exchange.sendResponseHeaders(200, 0);
      byte[] piece = new byte[64 * 1024];
      try (OutputStream out = exchange.getResponseBody()) {
        for (long written = 0; written < total; written += piece.length) {
          out.write(piece);
        }
      }
    };
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized Answer next() {
    if (!script.isEmpty()) {
      last = script.poll();
    }
    return last;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(new Received(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        Map.copyOf(exchange.getRequestHeaders()),
        body));
    try {
      next().answer(exchange);
    } catch (IOException e) {
      // The client went away, or the answer breaks the connection on purpose.
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
