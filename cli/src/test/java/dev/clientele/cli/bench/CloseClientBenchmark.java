package dev.clientele.cli.bench;

import com.close.client.CloseClient;
import com.close.client.model.Lead;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;
import dev.clientele.runtime.JdkHttpTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Not a test: prints, side by side in one run, (1) the time per create-lead request of the
 * generated Close client and of a hand-written {@code HttpClient} + Jackson call doing the same
 * work against the same local server, and (2) how fast the realistic Lead response decodes into
 * the generated records and into a plain Jackson tree. Run: {@code mvn -B verify -Pbenchmark -pl cli}
 * (after {@code mvn -B install -DskipTests}).
 */
public final class CloseClientBenchmark {

  private static final int ROUNDS = 5;
  private static final int REQUESTS_PER_ROUND = 400;
  private static final int DECODES_PER_ROUND = 4000;
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

  private CloseClientBenchmark() {}

  public static void main(String[] args) throws Exception {
    byte[] lead = resource("/payloads/close/lead-response.json");
    HttpServer server = server(lead);
    String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
    Map<String, Object> body = Map.of("name", "Bluebird Bakery", "custom.cf_x", "Food & Beverage");
    try {
      // Both sides use the same HttpClient settings: HTTP/1.1 (the local server speaks nothing else)
      // and a timeout, so that a lost request fails rather than hangs.
      CloseClient generated = CloseClient.builder()
          .baseUrl(baseUrl)
          .basicAuth("api_key", "")
          .transport(new JdkHttpTransport(http()))
          .requestTimeout(Duration.ofSeconds(10))
          .build();
      HandWritten handWritten = new HandWritten(http(), baseUrl, "api_key");

      // Calls alternate one by one, so that drift, GC and the server's state weigh on both alike.
      double[] generatedMicros = new double[ROUNDS];
      double[] handMicros = new double[ROUNDS];
      for (int round = -2; round < ROUNDS; round++) { // two warm-up rounds
        long generatedNanos = 0;
        long handNanos = 0;
        for (int i = 0; i < REQUESTS_PER_ROUND; i++) {
          boolean generatedFirst = i % 2 == 0;
          for (int side = 0; side < 2; side++) {
            boolean measureGenerated = (side == 0) == generatedFirst;
            long start = System.nanoTime();
            if (measureGenerated) {
              generated.leads().create(body);
              generatedNanos += System.nanoTime() - start;
            } else {
              handWritten.create(body);
              handNanos += System.nanoTime() - start;
            }
          }
        }
        if (round >= 0) {
          generatedMicros[round] = generatedNanos / 1000.0 / REQUESTS_PER_ROUND;
          handMicros[round] = handNanos / 1000.0 / REQUESTS_PER_ROUND;
        }
      }

      double[] recordsPerSecond = new double[ROUNDS];
      double[] treesPerSecond = new double[ROUNDS];
      for (int round = -2; round < ROUNDS; round++) {
        long start = System.nanoTime();
        for (int i = 0; i < DECODES_PER_ROUND; i++) {
          MAPPER.readValue(lead, Lead.class);
        }
        long middle = System.nanoTime();
        for (int i = 0; i < DECODES_PER_ROUND; i++) {
          MAPPER.readTree(lead);
        }
        long end = System.nanoTime();
        if (round >= 0) {
          recordsPerSecond[round] = DECODES_PER_ROUND / ((middle - start) / 1e9);
          treesPerSecond[round] = DECODES_PER_ROUND / ((end - middle) / 1e9);
        }
      }

      double generatedMedian = median(generatedMicros);
      double handMedian = median(handMicros);
      System.out.printf("%nCreate lead against a local server (%d rounds × %d requests, median per request):%n",
          ROUNDS, REQUESTS_PER_ROUND);
      System.out.printf("  generated CloseClient             %8.1f µs%n", generatedMedian);
      System.out.printf("  hand-written HttpClient + Jackson %8.1f µs%n", handMedian);
      System.out.printf("  ratio generated / hand-written    %8.2f×   (target ≤ 1.10×)%n", generatedMedian / handMedian);
      double records = median(recordsPerSecond);
      double trees = median(treesPerSecond);
      System.out.printf("%nDecode the realistic Lead response (%d bytes, median of %d rounds):%n", lead.length, ROUNDS);
      System.out.printf("  into generated records   %10.0f per second%n", records);
      System.out.printf("  into a Jackson JsonNode  %10.0f per second%n", trees);
      System.out.printf("  ratio records / JsonNode %10.2f×%n%n", records / trees);
    } finally {
      server.stop(0);
    }
  }

  /** What a careful person writes by hand for the same call: same body, auth, decoding. */
  private static final class HandWritten {
    private final HttpClient http;
    private final URI uri;
    private final String authorization;

    HandWritten(HttpClient http, String baseUrl, String apiKey) {
      this.http = http;
      this.uri = URI.create(baseUrl + "/lead/");
      this.authorization = "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
    }

    Lead create(Object body) throws IOException, InterruptedException {
      HttpRequest request = HttpRequest.newBuilder(uri)
          .header("Authorization", authorization)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .timeout(Duration.ofSeconds(10))
          .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)))
          .build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode());
      }
      return MAPPER.readValue(response.body(), Lead.class);
    }
  }

  private static HttpClient http() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  private static HttpServer server(byte[] lead) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      // A connection per request: the JDK's test server loses requests on long-lived keep-alive
      // connections under load, and both clients pay the same setup cost.
      exchange.getResponseHeaders().add("Connection", "close");
      exchange.sendResponseHeaders(200, lead.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(lead);
      }
      exchange.close();
    });
    server.start();
    return server;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = CloseClientBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing " + name);
      }
      return in.readAllBytes();
    }
  }

}
