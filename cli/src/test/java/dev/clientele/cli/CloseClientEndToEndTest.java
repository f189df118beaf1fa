package dev.clientele.cli;

import static dev.clientele.cli.CloseLeadJsonTest.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.close.client.CloseClient;
import com.close.client.model.CallStatus;
import com.close.client.model.Lead;
import com.close.client.model.OpportunityAdjustCloseDateActionDetails;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientele.runtime.ApiIoException;
import dev.clientele.runtime.ApiTimeoutException;
import dev.clientele.runtime.BadRequestException;
import dev.clientele.runtime.NotFoundException;
import dev.clientele.runtime.RateLimitedException;
import dev.clientele.runtime.ResponseMismatchException;
import dev.clientele.runtime.RetryPolicy;
import dev.clientele.runtime.ServerErrorException;
import dev.clientele.runtime.UnauthorizedException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generated Close client against a real HTTP server on 127.0.0.1. */
class CloseClientEndToEndTest {

  private static final String API_KEY = "api_3tNsecretKEY0123456789";
  private static final String CLOSE_ERROR = """
      {"error": "Validation failed", "field-errors": {"name": "This field is required."}}""";

  private LocalServer server;
  private CloseClient close;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    close = CloseClient.builder()
        .baseUrl(server.baseUrl())
        .basicAuth(API_KEY, "")
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)))
        .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** A lead as the README shows it: a name, a contact, an address and a custom field. */
  static Map<String, Object> newLead() {
    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("name", "Bluebird Bakery & Roasters");
    lead.put("contacts", List.of(Map.of(
        "name", "Jenna Morales",
        "emails", List.of(Map.of("type", "office", "email", "jenna@bluebirdbakery.example.com")))));
    lead.put("addresses", List.of(Lead.Address.builder()
        .address1("2315 SE Division St").address2(null).city("Portland").state("OR")
        .zipcode("97202").country("US").label("business").build()));
    lead.put("custom.cf_v6S011I6MqcbVvB2FA5Nk8dr5MkL8sWuCiG8cUleO9c", "Food & Beverage");
    return lead;
  }

  @Test
  @DisplayName("creating a lead sends an authenticated JSON POST and parses the realistic response fully")
  void createsLead() throws IOException {
    server.then(LocalServer.json(200, payload("lead-response.json")));

    Lead lead = close.leads().create(newLead());

    LocalServer.Received request = server.received().get(0);
    assertEquals("POST", request.method());
    assertEquals("/api/v1/lead/", request.path());
    assertEquals("application/json", request.header("Content-Type"));
    String basic = Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));
    assertEquals("Basic " + basic, request.header("Authorization"));
    assertTrue(request.header("User-Agent").startsWith("Clientele/"), request.header("User-Agent"));
    JsonNode sent = new ObjectMapper().readTree(request.body());
    assertEquals("Food & Beverage", sent.get("custom.cf_v6S011I6MqcbVvB2FA5Nk8dr5MkL8sWuCiG8cUleO9c").asText());
    assertEquals("Portland", sent.at("/addresses/0/city").asText());
    assertTrue(sent.at("/addresses/0/address_2").isNull(), "a required, nullable address line is sent as null");

    assertEquals("lead_nn0NzBfmerv3Kqn2DTxxkRutuohpEn0LAKt2xjGY6dB", lead.id());
    assertEquals(2, lead.contacts().size());
    assertFalse(lead.contacts().get(1).recentCalls().get(0).status().isKnown());
    assertSame(CallStatus.COMPLETED, lead.contacts().get(0).recentCalls().get(0).status());
    assertInstanceOf(OpportunityAdjustCloseDateActionDetails.class, lead.opportunities().get(0).suggestedAction().details());
    assertEquals(4, lead.additionalProperties().size());
  }

  @Test
  @DisplayName("a 400 with a Close error body is a BadRequestException carrying the decoded body")
  void badRequest() {
    server.then(LocalServer.json(400, CLOSE_ERROR, "X-Request-Id", "req_42"));

    BadRequestException error = assertThrows(BadRequestException.class, () -> close.leads().create(newLead()));

    assertEquals(400, error.status());
    assertEquals("req_42", error.requestId().orElseThrow());
    Map<?, ?> body = assertInstanceOf(Map.class, error.body());
    assertEquals("Validation failed", body.get("error"));
    assertEquals(Map.of("name", "This field is required."), body.get("field-errors"));
    assertTrue(error.getMessage().contains("POST http://127.0.0.1:"), error.getMessage());
    assertTrue(error.getMessage().contains("HTTP 400: {\"error\": \"Validation failed\""), error.getMessage());
    assertFalse(error.getMessage().contains(API_KEY));
    assertEquals(1, server.received().size(), "a 400 is not retried");
  }

  @Test
  @DisplayName("401 and 404 are their own exceptions")
  void unauthorizedAndNotFound() {
    server.then(LocalServer.json(401, "{\"error\": \"bad key\"}")).then(LocalServer.json(404, "{\"error\": \"no\"}"));

    assertThrows(UnauthorizedException.class, () -> close.leads().create(newLead()));
    assertThrows(NotFoundException.class, () -> close.leads().create(newLead()));
  }

  @Test
  @DisplayName("429 with Retry-After: 1 then 200 succeeds after one wait, even for a POST")
  void rateLimitedThenSucceeds() throws IOException {
    server.then(LocalServer.json(429, "{\"error\": \"slow down\"}", "Retry-After", "1"))
        .then(LocalServer.json(200, payload("lead-response.json")));

    long start = System.nanoTime();
    Lead lead = close.leads().create(newLead());
    long waitedMillis = (System.nanoTime() - start) / 1_000_000;

    assertEquals("Northwind Café Supply Co.", lead.name());
    assertEquals(2, server.received().size());
    assertTrue(waitedMillis >= 1000, "waited " + waitedMillis + " ms");
  }

  @Test
  @DisplayName("a Retry-After longer than the policy allows fails at once with the delay on the exception")
  void rateLimitedTooLong() {
    server.then(LocalServer.json(429, "{}", "Retry-After", "3600"));

    RateLimitedException error = assertThrows(RateLimitedException.class, () -> close.leads().create(newLead()));

    assertEquals(Duration.ofHours(1), error.retryAfter().orElseThrow());
    assertEquals(1, server.received().size());
  }

  @Test
  @DisplayName("503 with Retry-After then 200 succeeds; a 503 without it is not retried for a POST")
  void serviceUnavailable() throws IOException {
    server.then(LocalServer.json(503, "", "Retry-After", "0")).then(LocalServer.json(200, payload("lead-response.json")));
    close.leads().create(newLead());
    assertEquals(2, server.received().size());

    server.then(LocalServer.json(503, "{\"error\": \"maintenance\"}"));
    assertThrows(ServerErrorException.class, () -> close.leads().create(newLead()));
    assertEquals(3, server.received().size(), "the POST was sent once more, not retried");
  }

  @Test
  @DisplayName("a POST that times out after the server read it is not sent again")
  void postTimeoutIsNotRetried() throws InterruptedException {
    server.then(LocalServer.slow(3000, LocalServer.json(200, "{}")));
    CloseClient impatient = close.with(dev.clientele.runtime.RequestOptions.timeout(Duration.ofMillis(1000)));

    assertThrows(ApiTimeoutException.class, () -> impatient.leads().create(newLead()));

    // On a loaded machine the server may log the request after the client gave up: wait for it,
    // then make sure no second one follows.
    long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    while (server.received().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(1, server.received().size());
  }

  @Test
  @DisplayName("connection refused is an ApiIoException that names the request and not the credentials")
  void connectionRefused() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    CloseClient nowhere = CloseClient.builder()
        .baseUrl("http://127.0.0.1:" + closedPort + "/api/v1")
        .basicAuth(API_KEY, "")
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
        .build();

    ApiIoException error = assertThrows(ApiIoException.class, () -> nowhere.leads().create(newLead()));

    assertTrue(error.getMessage().startsWith("POST http://127.0.0.1:" + closedPort + "/api/v1/lead/"), error.getMessage());
    assertInstanceOf(java.net.ConnectException.class, error.getCause());
    assertFalse(error.getMessage().contains(API_KEY));
    assertFalse(nowhere.config().toString().contains(API_KEY));
  }

  @Test
  @DisplayName("malformed and truncated JSON are response mismatches with a path")
  void malformedAndTruncatedJson() throws IOException {
    String lead = payload("lead-response.json");
    server.then(LocalServer.json(200, lead.replace("\"date_created\": \"2026-03-04T17:22:40.903000+00:00\"",
            "\"date_created\": \"yesterday\"")))
        .then(LocalServer.json(200, lead.substring(0, lead.length() / 2)));

    ResponseMismatchException wrongType =
        assertThrows(ResponseMismatchException.class, () -> close.leads().create(newLead()));
    assertEquals("$.date_created", wrongType.path());
    assertEquals(200, wrongType.status());

    ResponseMismatchException truncated =
        assertThrows(ResponseMismatchException.class, () -> close.leads().create(newLead()));
    assertTrue(truncated.path().startsWith("$."), truncated.path());
    assertTrue(truncated.getMessage().contains("does not match the spec"), truncated.getMessage());
  }

  @Test
  @DisplayName("the async variants succeed and fail like the blocking ones")
  void asyncVariants() throws IOException {
    server.then(LocalServer.json(200, payload("lead-response.json"))).then(LocalServer.json(400, CLOSE_ERROR));

    Lead lead = close.leads().createAsync(newLead()).join();
    assertEquals(3, lead.opportunities().size());

    CompletionException failed =
        assertThrows(CompletionException.class, () -> close.leads().createAsync(newLead()).join());
    BadRequestException error = assertInstanceOf(BadRequestException.class, failed.getCause());
    assertEquals("Validation failed", ((Map<?, ?>) error.body()).get("error"));
  }

  @Test
  @DisplayName("the async variant waits out a 429 too")
  void asyncRateLimited() throws IOException {
    server.then(LocalServer.json(429, "{}", "Retry-After", "0")).then(LocalServer.json(200, payload("lead-response.json")));

    close.leads().createAsync(newLead()).join();

    assertEquals(2, server.received().size());
  }
}
