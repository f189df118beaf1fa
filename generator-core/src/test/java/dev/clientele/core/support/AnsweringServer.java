package dev.clientele.core.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 that answers each request with what a function of it says, and
 * records the requests, for running generated clients against.
 */
public final class AnsweringServer implements AutoCloseable {

  /** A request as received: its path and its decoded query parameters (the first value of each). */
  public record Request(String method, String path, Map<String, String> query) {
    /** A query parameter's value, or null. */
    public String query(String name) {
      return query.get(name);
    }
  }

  /** An answer: status, JSON body and headers as name, value pairs. */
  public record Answer(int status, String body, List<String> headers) {
    public static Answer json(String body, String... headers) {
      return new Answer(200, body, List.of(headers));
    }
  }

  static {
    // Without TCP_NODELAY each response waits for a delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final Function<Request, Answer> answers;
  private final List<Request> received = Collections.synchronizedList(new ArrayList<>());

  public AnsweringServer(Function<Request, Answer> answers) throws IOException {
    this.answers = answers;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://127.0.0.1:port}, no trailing slash. */
  public String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The requests so far, in order. */
  public List<Request> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> query = new LinkedHashMap<>();
      String raw = exchange.getRequestURI().getRawQuery();
      if (raw != null) {
        for (String pair : raw.split("&")) {
          String[] parts = pair.split("=", 2);
          query.putIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
              parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
      }
      Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), query);
      received.add(request);
      Answer answer = answers.apply(request);
      for (int i = 0; i + 1 < answer.headers().size(); i += 2) {
        exchange.getResponseHeaders().add(answer.headers().get(i), answer.headers().get(i + 1));
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
