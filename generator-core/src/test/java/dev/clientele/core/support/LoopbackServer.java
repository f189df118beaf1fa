package dev.clientele.core.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 that answers with scripted answers, in order (the last one
 * repeats), and records every request it received, for tests that run generated clients.
 */
public final class LoopbackServer implements AutoCloseable {

  /** A request as the server received it: the query raw, as it came over the wire. */
  public record Received(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {

    /** The first value of a header (names compared without regard to case), or null. */
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The query's {@code name=value} pairs in order, percent-decoded as a server decodes them. */
    public List<Map.Entry<String, String>> query() {
      List<Map.Entry<String, String>> pairs = new ArrayList<>();
      if (rawQuery == null || rawQuery.isEmpty()) {
        return pairs;
      }
      for (String pair : rawQuery.split("&")) {
        int equals = pair.indexOf('=');
        pairs.add(Map.entry(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1))));
      }
      return pairs;
    }

    private static String decode(String text) {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
  }

  /** How the server answers one request. */
  public interface Answer {
    void answer(HttpExchange exchange) throws IOException;
  }

  static {
    // Headers and body go out in separate writes; without TCP_NODELAY each answer waits for a delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Deque<Answer> script = new ArrayDeque<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private Answer last = json(200, "{}");

  public LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://127.0.0.1:port}, no trailing slash. */
  public String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public synchronized LoopbackServer then(Answer answer) {
    script.add(answer);
    return this;
  }

  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** A JSON answer, with headers given as name, value, name, value. */
  public static Answer json(int status, String body, String... headers) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      for (int i = 0; i < headers.length; i += 2) {
        exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    };
  }

  private synchronized Answer next() {
    if (!script.isEmpty()) {
      last = script.poll();
    }
    return last;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(), headers, body));
    try {
      next().answer(exchange);
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
