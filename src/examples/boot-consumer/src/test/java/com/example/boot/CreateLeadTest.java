package com.example.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.close.client.CloseClient;
import com.close.client.model.Lead;
import com.close.client.model.OpportunityFollowUpEmailActionDetails;
import com.sun.net.httpserver.HttpServer;
import dev.clientele.runtime.jackson3.Jackson3Codec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the application with {@code close.base-url} pointing at a local server on 127.0.0.1, and
 * creates a lead through the {@link CloseClient} bean.
 */
@SpringBootTest(properties = "close.api-key=test-key")
class CreateLeadTest {

  /** What the local Close answers to POST /lead/: a created lead, with a union and a date-time. */
  private static final String CREATED = """
      {
        "id": "lead_1", "name": "Bluebird Bakery & Roasters", "display_name": "Bluebird Bakery & Roasters",
        "date_created": "2026-11-28T10:15:30.5+01:00",
        "opportunities": [{
          "id": "oppo_1", "lead_id": "lead_1",
          "suggested_action": {
            "action": "follow_up_email", "justification": "New lead",
            "details": {"contact_id": "cont_1", "subject_draft": "Welcome", "message_draft": "Hi Jenna"}
          }
        }],
        "custom.cf_Segment": "Food & Beverage"
      }
      """;

  private record Received(String method, String path, String authorization, String body) {}

  private static final BlockingQueue<Received> RECEIVED = new LinkedBlockingQueue<>();
  private static final HttpServer SERVER = start();

  private static HttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
      server.createContext("/api/v1/lead/", exchange -> {
        byte[] request = exchange.getRequestBody().readAllBytes();
        RECEIVED.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders().getFirst("Authorization"), new String(request, StandardCharsets.UTF_8)));
        byte[] response = CREATED.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, response.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(response);
        }
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the local Close server", e);
    }
  }

  @DynamicPropertySource
  static void closeServer(DynamicPropertyRegistry registry) {
    registry.add("close.base-url", () -> "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/api/v1");
  }

  @AfterAll
  static void stopServer() {
    SERVER.stop(0);
  }

  @Autowired CloseClient close;

  @Autowired JsonMapper jsonMapper;

  @Test
  void createsALeadThroughTheClientBean() throws InterruptedException {
    // Given the application's client bean, configured from application.properties and the test's properties
    Map<String, Object> lead = Map.of(
        "name", "Bluebird Bakery & Roasters",
        "contacts", List.of(Map.of("name", "Jenna Morales")),
        "custom.cf_Segment", "Food & Beverage");

    // When it creates a lead
    Lead created = close.leads().create(lead);

    // Then the request carried the API key and the lead as JSON
    Received request = RECEIVED.poll(5, TimeUnit.SECONDS);
    assertEquals("POST", request.method());
    assertEquals("/api/v1/lead/", request.path());
    assertEquals("Basic " + Base64.getEncoder().encodeToString("test-key:".getBytes(StandardCharsets.UTF_8)),
        request.authorization());
    JsonNode sent = jsonMapper.readTree(request.body());
    assertEquals("Bluebird Bakery & Roasters", sent.get("name").asString());
    assertEquals("Jenna Morales", sent.at("/contacts/0/name").asString());
    // And the response was read into the generated Jackson 3 models: the union, the date's offset, the custom field
    assertEquals("lead_1", created.id());
    assertEquals(OffsetDateTime.parse("2026-11-28T10:15:30.5+01:00"), created.dateCreated());
    OpportunityFollowUpEmailActionDetails details = assertInstanceOf(OpportunityFollowUpEmailActionDetails.class,
        created.opportunities().get(0).suggestedAction().details());
    assertEquals("Welcome", details.subjectDraft());
    assertEquals("Food & Beverage", created.additionalProperties().get("custom.cf_Segment"));
  }

  @Test
  void theClientUsesBootsJsonMapper() {
    Jackson3Codec codec = assertInstanceOf(Jackson3Codec.class, close.config().json());

    assertSame(jsonMapper, codec.mapper());
  }
}
