package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.close.client.CloseClient;
import com.close.client.model.Lead;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The client the plugin generated in this build, creating a lead on a local server. */
class CreateLeadTest {

  @Test
  @DisplayName("the generated CloseClient creates a lead against a server on 127.0.0.1")
  void createsLead() throws IOException {
    byte[] lead;
    try (InputStream in = CreateLeadTest.class.getResourceAsStream("/lead.json")) {
      lead = in.readAllBytes();
    }
    AtomicReference<String> received = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/lead/", exchange -> {
      received.set(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization") + " "
          + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, lead.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(lead);
      }
    });
    server.start();
    try {
      CloseClient close = CloseClient.builder()
          .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1")
          .basicAuth("api_key", "")
          .build();

      Lead created = close.leads().create(Map.of(
          "name", "Bluebird Bakery",
          "contacts", List.of(Map.of("name", "Jenna Morales")),
          "custom.cf_industry", "Food & Beverage"));

      assertEquals("Brightwater Coffee Roasters", created.name());
      assertTrue(received.get().startsWith("POST Basic YXBpX2tleTo= {"), received.get());
      assertTrue(received.get().contains("\"custom.cf_industry\":\"Food & Beverage\""), received.get());
    } finally {
      server.stop(0);
    }
  }
}
