package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiClientTest {

  private final FakeTransport transport = new FakeTransport();

  private ApiClient client(Authentication authentication) {
    return new ApiClient(ClientConfig.builder("https://api.example.com/v1")
        .authentication(authentication)
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)))
        .transport(transport)
        .defaultHeader("X-Team", "core")
        .build());
  }

  private ApiClient client() {
    return client(Authentication.none());
  }

  @Nested
  @DisplayName("Retries")
  class Retries {

    @Test
    @DisplayName("a GET is retried on 5xx until it succeeds")
    void getRetriedOnServerError() {
      transport.respond(502, "").respond(500, "").respond(200, "\"ok\"");

      assertEquals("ok", client().execute(Call.of("GET", "/things", String.class)));
      assertEquals(3, transport.sent.size());
    }

    @Test
    @DisplayName("a GET gives up after maxAttempts with the last server error")
    void getGivesUp() {
      transport.respond(500, "").respond(500, "").respond(500, "{\"e\": 3}");

      ServerErrorException error = assertThrows(ServerErrorException.class, () -> client().execute(Call.of("GET", "/t", String.class)));
      assertEquals("{\"e\": 3}", error.bodyText());
      assertEquals(3, transport.sent.size());
    }

    @Test
    @DisplayName("a POST is not retried on 500, on a 429 without Retry-After, or after a timeout")
    void postNotRetriedWhenItMayHaveBeenProcessed() {
      transport.respond(500, "");
      assertThrows(ServerErrorException.class, () -> client().execute(Call.of("POST", "/t", String.class)));
      transport.respond(429, "");
      assertThrows(RateLimitedException.class, () -> client().execute(Call.of("POST", "/t", String.class)));
      transport.fail(new HttpTimeoutException("request timed out"));
      assertThrows(ApiTimeoutException.class, () -> client().execute(Call.of("POST", "/t", String.class)));
      assertEquals(3, transport.sent.size());
    }

    @Test
    @DisplayName("a POST is retried when no connection could be made: nothing was sent")
    void postRetriedOnConnectionRefused() {
      transport.fail(new ConnectException("Connection refused")).respond(201, "\"made\"");

      assertEquals("made", client().execute(Call.of("POST", "/t", String.class)));
      assertEquals(2, transport.sent.size());
    }

    @Test
    @DisplayName("a GET is retried after an I/O failure or a timeout")
    void getRetriedOnIoFailure() {
      transport.fail(new IOException("reset")).fail(new HttpTimeoutException("slow")).respond(200, "1");

      assertEquals(1, client().execute(Call.of("GET", "/t", Integer.class)));
    }

    @Test
    @DisplayName("RetryPolicy.none() sends every request once")
    void retriesOff() {
      transport.respond(503, "", "Retry-After", "0");
      ApiClient once = client().with(RequestOptions.retryPolicy(RetryPolicy.none()));

      assertThrows(ServerErrorException.class, () -> once.execute(Call.of("GET", "/t", String.class)));
      assertEquals(1, transport.sent.size());
    }

    @Test
    @DisplayName("Retry-After is read as seconds or as an HTTP date")
    void retryAfterFormats() {
      Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
      assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", clock).orElseThrow());
      assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Thu, 26 Nov 2026 10:00:30 GMT", clock).orElseThrow());
      assertEquals(Duration.ZERO, RetryAfter.parse("Thu, 26 Nov 2026 09:00:00 GMT", clock).orElseThrow());
      assertTrue(RetryAfter.parse("soon", clock).isEmpty());
    }

    @Test
    @DisplayName("backoff grows exponentially, is capped, and is jittered down by at most half")
    void backoff() {
      RetryPolicy policy = RetryPolicy.defaults().withBackoff(Duration.ofMillis(100), Duration.ofMillis(1000));
      assertEquals(Duration.ofMillis(100), policy.backoff(1, 1.0));
      assertEquals(Duration.ofMillis(50), policy.backoff(1, 0.0));
      assertEquals(Duration.ofMillis(400), policy.backoff(3, 1.0));
      assertEquals(Duration.ofMillis(1000), policy.backoff(10, 1.0));
    }
  }

  @Nested
  @DisplayName("Requests")
  class Requests {

    @Test
    @DisplayName("path values and query parameters are percent-encoded; lists repeat the parameter")
    void encodesPathAndQuery() {
      transport.respond(204, "");

      client().execute(Call.of("GET", "/files/{name}", Void.class)
          .path("name", "a b/c")
          .query("tag", List.of("x&y", "z"))
          .query("limit", 10)
          .query("missing", null));

      assertEquals("https://api.example.com/v1/files/a%20b%2Fc?tag=x%26y&tag=z&limit=10",
          transport.sent.get(0).uri().toString());
    }

    @Test
    @DisplayName("credentials, default headers, cookies and the user agent are sent; a JSON body is typed")
    void headersAndBody() {
      transport.respond(200, "{}");

      client(Authentication.bearer("s3cret"))
          .execute(Call.of("POST", "/t", Map.class).cookie("session", "abc").jsonBody(Map.of("a", 1), "application/json"));

      TransportRequest sent = transport.sent.get(0);
      assertEquals(List.of("Bearer s3cret"), sent.headers().get("Authorization"));
      assertEquals(List.of("core"), sent.headers().get("X-Team"));
      assertEquals(List.of("session=abc"), sent.headers().get("Cookie"));
      assertEquals(List.of("application/json"), sent.headers().get("Content-Type"));
      assertTrue(sent.headers().get("User-Agent").get(0).startsWith("Clientele/"));
      assertEquals("{\"a\":1}", new String(sent.body(), StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("an API key in the query goes in the URI but never in messages")
    void apiKeyInQueryStaysOutOfMessages() {
      transport.respond(404, "{}");

      NotFoundException error = assertThrows(NotFoundException.class,
          () -> client(Authentication.apiKeyQuery("key", "s3cret")).execute(Call.of("GET", "/t", String.class)));

      assertTrue(transport.sent.get(0).uri().toString().endsWith("?key=s3cret"));
      assertFalse(error.getMessage().contains("s3cret"), error.getMessage());
      assertFalse(Authentication.apiKeyQuery("key", "s3cret").toString().contains("s3cret"));
      assertFalse(Authentication.basic("user", "s3cret").toString().contains("s3cret"));
    }

    /** A form body as generated code would pass it. */
    record Login(@JsonProperty("user_name") String userName, @JsonProperty("tags") List<String> tags,
        Map<String, Object> extra) {
      @JsonAnyGetter
      @Override
      public Map<String, Object> extra() {
        return extra;
      }
    }

    @Test
    @DisplayName("a form body is made from a record's JSON property names, additional properties included")
    void formBody() {
      transport.respond(204, "");

      client().execute(Call.of("POST", "/login", Void.class)
          .formBody(new Login("ann smith", List.of("a", "b"), Map.of("remember", true))));

      assertEquals("user_name=ann%20smith&tags=a&tags=b&remember=true",
          new String(transport.sent.get(0).body(), StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a multipart body sends bytes as a file part and text as text")
    void multipartBody() {
      transport.respond(204, "");

      client().execute(Call.of("POST", "/upload", Void.class)
          .multipartBody(Map.of("file", "PNG".getBytes(StandardCharsets.UTF_8))));

      String contentType = transport.sent.get(0).headers().get("Content-Type").get(0);
      String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
      String body = new String(transport.sent.get(0).body(), StandardCharsets.UTF_8);
      assertEquals("--" + boundary + "\r\n"
          + "Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\nPNG\r\n--" + boundary + "--\r\n", body);
    }

    @Test
    @DisplayName("a multipart text part carries an enum's or a date's JSON value bare, an object as JSON")
    void multipartTextParts() {
      transport.respond(204, "");
      Map<String, Object> fields = new java.util.LinkedHashMap<>();
      fields.put("kind", Kind.EXTERNAL);
      fields.put("at", java.time.OffsetDateTime.parse("2024-05-06T07:08:09Z"));
      fields.put("meta", Map.of("a", 1));

      client().execute(Call.of("POST", "/upload", Void.class).multipartBody(fields));

      String body = new String(transport.sent.get(0).body(), StandardCharsets.UTF_8);
      assertTrue(body.contains("name=\"kind\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nexternal\r\n"), body);
      assertTrue(body.contains("name=\"at\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n2024-05-06T07:08:09Z\r\n"), body);
      assertTrue(body.contains("name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"a\":1}\r\n"), body);
    }
  }

  /** An enum as generated code writes one: its JSON value is the wire value. */
  enum Kind {
    EXTERNAL;

    @com.fasterxml.jackson.annotation.JsonValue
    String value() {
      return "external";
    }
  }

  @Nested
  @DisplayName("Responses")
  class Responses {

    @Test
    @DisplayName("a generic body is decoded; an empty one is null")
    void decodes() {
      transport.respond(200, "[1, 2]").respond(204, "");

      assertEquals(List.of(1, 2), client().execute(Call.of("GET", "/t", new TypeToken<List<Integer>>() {})));
      assertNull(client().execute(Call.of("DELETE", "/t", Void.class)));
    }

    @Test
    @DisplayName("a call that expects a body fails clearly on an empty one or JSON null, in both the blocking and the async form, and reads an empty file or text as empty")
    void expectedBodyIsNeverNull() {
      // Given a server that answers an empty 200, then null, then a body; then an empty file and empty text
      transport.respond(200, "").respond(200, "null").respond(200, "{\"id\": 7}").respond(200, "").respond(200, "");
      Call<Created> call = Call.of("GET", "/jobs/7", Created.class);

      // When the calls expect a body, Then an empty one is a mismatch naming the status
      ResponseMismatchException empty = assertThrows(ResponseMismatchException.class, () -> client().executeExpectingBody(call));
      assertEquals(200, empty.status());
      assertTrue(empty.getMessage().contains("the body is empty, but the spec promises one"), empty.getMessage());
      java.util.concurrent.ExecutionException asyncNull = assertThrows(java.util.concurrent.ExecutionException.class,
          () -> client().executeExpectingBodyAsync(call).get());
      assertTrue(asyncNull.getCause() instanceof ResponseMismatchException, String.valueOf(asyncNull.getCause()));
      assertEquals(new Created(7), client().executeExpectingBody(call));
      assertEquals(0, client().executeExpectingBody(Call.of("GET", "/file", byte[].class)).length);
      assertEquals("", client().executeExpectingBody(Call.of("GET", "/text", String.class)));
    }

    @Test
    @DisplayName("a success status with a body type of its own is decoded into that type")
    void perStatusSuccessTypes() {
      transport.respond(201, "{\"id\": 7}").respond(202, "{\"message\": \"queued\"}").respond(204, "");
      Call<Outcome> call = Call.of("POST", "/jobs", Outcome.class).success("201", Created.class).success("202", Accepted.class);

      assertEquals(new Created(7), client().execute(call));
      assertEquals(new Accepted("queued"), client().execute(call));
      assertNull(client().execute(call));
    }

    @Test
    @DisplayName("an error body is decoded into the type declared for its status, range or default")
    void declaredErrorTypes() {
      transport.respond(422, "{\"why\": \"x\"}").respond(418, "{\"tea\": true}");
      Call<String> call = Call.of("GET", "/t", String.class).error("4XX", Map.class);

      UnprocessableEntityException unprocessable = assertThrows(UnprocessableEntityException.class, () -> client().execute(call));
      assertEquals(Map.of("why", "x"), unprocessable.body());
      ApiResponseException teapot = assertThrows(ApiResponseException.class, () -> client().execute(call));
      assertEquals(418, teapot.status());
    }

    @Test
    @DisplayName("a body of the wrong shape is a mismatch naming the JSON path")
    void mismatchPath() {
      transport.respond(200, "{\"items\": [1, \"two\"]}");

      ResponseMismatchException error = assertThrows(ResponseMismatchException.class,
          () -> client().execute(Call.of("GET", "/t", new TypeToken<Map<String, List<Integer>>>() {})));

      assertEquals("$.items[1]", error.path());
    }

    @Test
    @DisplayName("the message shows a short excerpt of a long error body, not all of it")
    void excerpt() {
      transport.respond(500, "x".repeat(5000));

      ServerErrorException error = assertThrows(ServerErrorException.class,
          () -> client().with(RequestOptions.retryPolicy(RetryPolicy.none())).execute(Call.of("GET", "/t", String.class)));

      assertTrue(error.getMessage().length() < 400, error.getMessage());
      assertEquals(5000, error.rawBody().length);
    }
  }

  /** What a job submission may return: created at once, or accepted for later. */
  sealed interface Outcome permits Created, Accepted {}

  record Created(@JsonProperty("id") int id) implements Outcome {}

  record Accepted(@JsonProperty("message") String message) implements Outcome {}
}
