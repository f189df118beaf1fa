package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.clientele.runtime.jackson2.Jackson2Codec;
import dev.clientele.runtime.jackson3.Jackson3Codec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a server sends is untrusted: it gets defined exceptions and cannot reach the logs raw. The
 * JSON guarantees (no default typing, closed polymorphism, bounded nesting, mismatches that say
 * where) hold for both Jackson majors: those tests run once per codec.
 */
class ServerDataTest {

  /** The runtime's default codec of each Jackson major. */
  static Stream<Arguments> codecs() {
    return Stream.of(
        Arguments.of("Jackson 2", Jackson2Codec.defaults()),
        Arguments.of("Jackson 3", Jackson3Codec.defaults()));
  }

  private static final String FORGED = "ok\u001b[2J\u001b[31m\r\n2026-11-28 ERROR forged\u0085line\u2028x\u202Eevil";

  private LocalServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiClient client() {
    return new ApiClient(TestClients.builder(server.origin()).retryPolicy(RetryPolicy.none()).build());
  }

  private ApiClient client(JsonCodec json) {
    return new ApiClient(TestClients.builder(server.origin()).retryPolicy(RetryPolicy.none()).json(json).build());
  }

  private static void assertNoControlCharacters(String message) {
    for (char c : message.toCharArray()) {
      assertFalse(Character.isISOControl(c) || c == '\u2028' || c == '\u202E',
          () -> String.format("U+%04X in %s", (int) c, message));
    }
  }

  @Test
  @DisplayName("control characters in an error body, a redirect's Location or a malformed body are escaped in messages")
  void controlCharactersAreEscaped() {
    server.then(LocalServer.raw(500, "text/plain", FORGED.getBytes(StandardCharsets.UTF_8)))
        .then(LocalServer.raw(200, "application/json", ("\"" + FORGED).getBytes(StandardCharsets.UTF_8)))
        .then(LocalServer.redirect(302, "http://127.0.0.2:1/" + FORGED.replace("\r\n", "")));
    FakeTransport fake = new FakeTransport();
    fake.respond(302, "", "Location", "http://127.0.0.2:1/" + FORGED);
    ApiClient redirected = new ApiClient(ClientConfig.builder("http://127.0.0.1:1").transport(fake).build());

    ServerErrorException error = assertThrows(ServerErrorException.class, () -> client().execute(Call.of("GET", "/t", Map.class)));
    ResponseMismatchException mismatch =
        assertThrows(ResponseMismatchException.class, () -> client().execute(Call.of("GET", "/t", Map.class)));
    ApiIoException refusedByJdk = assertThrows(ApiIoException.class, () -> client().execute(Call.of("GET", "/t", Map.class)));
    RedirectException redirect = assertThrows(RedirectException.class, () -> redirected.execute(Call.of("GET", "/t", Map.class)));

    assertNoControlCharacters(error.getMessage());
    assertTrue(error.getMessage().contains("ok\\u001B[2J\\u001B[31m 2026-11-28 ERROR forged\\u0085line\\u2028x\\u202Eevil"),
        error.getMessage());
    assertEquals(FORGED, error.bodyText());
    assertNoControlCharacters(redirect.getMessage());
    assertNoControlCharacters(mismatch.getMessage());
    assertNoControlCharacters(refusedByJdk.getMessage());
    assertNoControlCharacters(refusedByJdk.getCause().getMessage());
  }

  @Test
  @DisplayName("an HTML page with status 200 for a JSON operation is a mismatch that says what came instead")
  void wrongContentType() {
    server.then(LocalServer.raw(200, "text/html; charset=utf-8",
        "<html><body>Please log in</body></html>".getBytes(StandardCharsets.UTF_8)));

    ResponseMismatchException error =
        assertThrows(ResponseMismatchException.class, () -> client().execute(Call.of("GET", "/t", Map.class)));

    assertTrue(error.getMessage().contains(
        "expected JSON but the server sent text/html; charset=utf-8: <html><body>Please log in</body></html>"),
        error.getMessage());
    assertEquals(200, error.status());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  @DisplayName("malformed JSON is a mismatch naming where it broke")
  void malformedJson(String major, JsonCodec json) {
    server.then(LocalServer.json(200, "{\"items\": [1, 2,, 3]}"));

    ResponseMismatchException error = assertThrows(ResponseMismatchException.class,
        () -> client(json).execute(Call.of("GET", "/t", Map.class)));

    assertEquals("$.items.2", error.path());
    assertTrue(error.getMessage().contains("does not match the spec at $.items.2: Unexpected character (','"),
        error.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  @DisplayName("JSON nested 100,000 deep fails fast with a mismatch, not a StackOverflowError")
  void deepNestingFailsFast(String major, JsonCodec json) {
    server.then(LocalServer.json(200, "[".repeat(100_000) + "]".repeat(100_000)));

    ResponseMismatchException error = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(ResponseMismatchException.class, () -> client(json).execute(Call.of("GET", "/t", Object.class))));

    assertTrue(error.getMessage().contains("nesting depth"), error.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  @DisplayName("the mapper has no default typing: a payload's \"@class\" is a plain property, not a class to load")
  void noDefaultTyping(String major, JsonCodec json) {
    server.then(LocalServer.json(200, "{\"@class\": \"java.net.URL\", \"url\": \"http://127.0.0.1/\"}"));

    Object decoded = client(json).execute(Call.of("GET", "/t", Object.class));

    assertEquals(Map.of("@class", "java.net.URL", "url", "http://127.0.0.1/"), decoded);
    if (json instanceof Jackson2Codec jackson2) {
      com.fasterxml.jackson.databind.JavaType object = jackson2.mapper().constructType(Object.class);
      assertNull(jackson2.mapper().getDeserializationConfig().getDefaultTyper(object));
      assertNull(jackson2.mapper().getSerializationConfig().getDefaultTyper(object));
    } else {
      Jackson3Codec jackson3 = (Jackson3Codec) json;
      tools.jackson.databind.JavaType object = jackson3.mapper().constructType(Object.class);
      assertNull(jackson3.mapper().deserializationConfig().getDefaultTyper(object));
      assertNull(jackson3.mapper().serializationConfig().getDefaultTyper(object));
    }
  }

  /** A union as generated code declares it: a closed set of names, never class names. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(value = Circle.class, name = "circle")})
  sealed interface Shape permits Circle {}

  record Circle(@JsonProperty("r") int r) implements Shape {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  @DisplayName("polymorphism goes through closed sets only: a class name in the type property is refused")
  void closedPolymorphism(String major, JsonCodec json) {
    server.then(LocalServer.json(200, "{\"type\": \"circle\", \"r\": 2}"))
        .then(LocalServer.json(200, "{\"type\": \"java.lang.ProcessBuilder\", \"r\": 2}"));

    assertEquals(new Circle(2), client(json).execute(Call.of("GET", "/t", Shape.class)));
    ResponseMismatchException error =
        assertThrows(ResponseMismatchException.class, () -> client(json).execute(Call.of("GET", "/t", Shape.class)));

    assertTrue(error.getMessage().contains("java.lang.ProcessBuilder"), error.getMessage());
    assertTrue(error.getMessage().contains("known type ids = [circle]"), error.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  @DisplayName("a 200 whose body is cut short is an ApiIoException, and a truncated JSON body a mismatch")
  void truncatedBodies(String major, JsonCodec json) {
    server.then(LocalServer.closeMidBody(100, 10)).then(LocalServer.json(200, "{\"items\": [1, 2"));

    ApiIoException cut = assertThrows(ApiIoException.class, () -> client(json).execute(Call.of("GET", "/t", List.class)));
    ResponseMismatchException truncated =
        assertThrows(ResponseMismatchException.class, () -> client(json).execute(Call.of("GET", "/t", Map.class)));

    assertInstanceOf(IOException.class, cut.getCause());
    assertTrue(truncated.getMessage().contains("end-of-input"), truncated.getMessage());
  }
}
