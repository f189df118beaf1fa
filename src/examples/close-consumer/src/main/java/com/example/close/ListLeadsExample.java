package com.example.close;

import com.close.client.CloseClient;
import com.close.client.api.LeadsApi;
import com.close.client.model.Lead;
import com.close.client.model.LeadList;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.clientele.runtime.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lists Close leads page by page through the generated {@code close.leads().list(…)}, which returns
 * a {@link Page}: its {@code autoPager()} fetches the next page (the next {@code _skip}) only when
 * iteration reaches it, until Close's {@code has_more} is false. With {@code CLOSE_API_KEY} it lists
 * the first leads of your Close organization; without, those of a stand-in for Close on 127.0.0.1
 * that holds seven leads, so that the paging can be seen without an account.
 */
public final class ListLeadsExample {

  private static final int PAGE_SIZE = 3;

  private ListLeadsExample() {}

  public static void main(String[] args) throws Exception {
    String apiKey = System.getenv("CLOSE_API_KEY");
    if (apiKey != null && !apiKey.isBlank()) {
      list(CloseClient.builder().basicAuth(apiKey, "").build(), 10);
      return;
    }
    try (StandIn standIn = new StandIn(7)) {
      System.out.println("CLOSE_API_KEY is not set; listing the leads of a stand-in for Close at " + standIn.baseUrl() + ":");
      list(CloseClient.builder().baseUrl(standIn.baseUrl()).basicAuth("stand-in", "").build(), Integer.MAX_VALUE);
      System.out.printf("%d requests, one per page of %d%n", standIn.requests(), PAGE_SIZE);
    }
  }

  /** Prints at most {@code most} leads, fetching pages of {@link #PAGE_SIZE} as iteration needs them. */
  static void list(CloseClient close, int most) {
    Page<Lead, LeadList> first = close.leads().list(LeadsApi.ListParams.builder().limit((long) PAGE_SIZE).build());
    System.out.printf("Leads (%s in all):%n", first.response() == null ? "?" : first.response().totalResults());
    first.autoPager().stream()
        .limit(most)
        .forEach(lead -> System.out.printf("  %s  %s%n", lead.id(), lead.displayName()));
  }

  /** Close's {@code GET /lead/}, as the spec describes it, on 127.0.0.1: {@code _skip}, {@code _limit}, {@code has_more}. */
  private static final class StandIn implements AutoCloseable {
    private final HttpServer server;
    private final int leads;
    private final AtomicInteger requests = new AtomicInteger();

    StandIn(int leads) throws IOException {
      this.leads = leads;
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/api/v1/lead/", this::answer);
      server.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
    }

    int requests() {
      return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
      try (exchange) {
        requests.incrementAndGet();
        String query = exchange.getRequestURI().getRawQuery();
        int skip = parameter(query, "_skip", 0);
        int limit = parameter(query, "_limit", 100);
        List<String> page = new ArrayList<>();
        for (int i = skip; i < Math.min(leads, skip + limit); i++) {
          page.add(lead(i + 1));
        }
        System.out.printf("  (stand-in: GET /lead/?%s → %d lead%s)%n", query, page.size(), page.size() == 1 ? "" : "s");
        byte[] body = ("{\"has_more\": " + (skip + limit < leads) + ", \"total_results\": " + leads
            + ", \"data\": [" + String.join(", ", page) + "]}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }

    private static String lead(int n) {
      String id = "lead_standin" + n;
      return "{\"id\": \"" + id + "\", \"name\": \"Bakery " + n + "\", \"display_name\": \"Bakery " + n + "\","
          + " \"contact_ids\": [], \"created_by\": null, \"updated_by\": null, \"description\": \"\","
          + " \"date_created\": \"2026-01-0" + Math.min(n, 9) + "T10:00:00+00:00\","
          + " \"date_updated\": \"2026-01-0" + Math.min(n, 9) + "T10:00:00+00:00\","
          + " \"html_url\": \"https://app.close.com/lead/" + id + "/\", \"organization_id\": \"orga_standin\","
          + " \"status_id\": \"stat_standin\", \"url\": null}";
    }

    private static int parameter(String query, String name, int otherwise) {
      for (String pair : query == null ? new String[0] : query.split("&")) {
        if (pair.startsWith(name + "=")) {
          return Integer.parseInt(pair.substring(name.length() + 1));
        }
      }
      return otherwise;
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
