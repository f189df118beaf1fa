package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.clientele.runtime.jackson2.Jackson2Codec;
import dev.clientele.runtime.jackson3.Jackson3Codec;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The JSON seam: a client reads and writes through the codec it was given, of either Jackson major. */
class JsonCodecTest {

  private LocalServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** As generated code declares a date-time: text that keeps the offset the server sent. */
  record Lead(
      @JsonProperty("display_name") String displayName,
      @JsonFormat(shape = JsonFormat.Shape.STRING, without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          OffsetDateTime created) {}

  record Renamed(String displayName) {}

  @Test
  @DisplayName("a client given the application's Jackson 3 mapper reads and writes with that mapper's settings")
  void applicationMapperIsUsed() {
    // Given a mapper configured differently from the default: snake_case names for unannotated properties
    JsonMapper application = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    ApiClient client = new ApiClient(TestClients.builder(server.origin()).json(Jackson3Codec.of(application)).build());
    server.then(LocalServer.json(200, "{\"display_name\": \"Bluebird\"}"));

    // When a call sends and receives a record without annotations
    Renamed received = client.execute(Call.of("POST", "/t", Renamed.class).jsonBody(new Renamed("Acme"), "application/json"));

    // Then both directions used snake_case: the application's mapper did the work
    assertEquals("{\"display_name\":\"Acme\"}", server.received().get(0).body());
    assertEquals(new Renamed("Bluebird"), received);
  }

  @Test
  @DisplayName("both codecs read a date-time with its offset and a generic type from a TypeToken")
  void bothMajorsReadTheSameValues() throws JsonReadException {
    byte[] json = "[{\"display_name\": \"Acme\", \"created\": \"2026-11-28T10:15:30+01:00\"}]".getBytes();
    Type leads = new TypeToken<List<Lead>>() {}.type();
    List<Lead> expected = List.of(new Lead("Acme", OffsetDateTime.parse("2026-11-28T10:15:30+01:00")));

    assertEquals(expected, Jackson2Codec.defaults().read(json, leads));
    assertEquals(expected, Jackson3Codec.defaults().read(json, leads));
  }

  @Test
  @DisplayName("a value that does not fit the type is a JsonReadException naming where, under both majors")
  void mismatchNamesThePath() {
    byte[] json = "{\"items\": [{\"id\": 1}, {\"id\": \"x\"}]}".getBytes();
    Type type = new TypeToken<Map<String, List<Map<String, Integer>>>>() {}.type();

    JsonReadException two = assertThrows(JsonReadException.class, () -> Jackson2Codec.defaults().read(json, type));
    JsonReadException three = assertThrows(JsonReadException.class, () -> Jackson3Codec.defaults().read(json, type));

    assertEquals("$.items[1].id", two.path());
    assertEquals("$.items[1].id", three.path());
  }

  @Test
  @DisplayName("a TypeToken without a type argument fails with a message showing how to write one")
  @SuppressWarnings({"rawtypes", "unchecked"})
  void rawTypeTokenIsRefused() {
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> new TypeToken() {});

    assertEquals("a TypeToken needs its type argument: new TypeToken<List<Pet>>() {}", error.getMessage());
  }

  @Test
  @DisplayName("without a codec, a client takes the detected one, and Json.mapper() is the Jackson 2 default's mapper")
  void detectedCodec() {
    ClientConfig config = ClientConfig.builder("http://127.0.0.1:1").build();

    assertSame(JsonCodec.detected(), config.json());
    assertSame(Jackson2Codec.defaults(), JsonCodec.detected());
    assertSame(Jackson2Codec.defaults().mapper(), Json.mapper());
  }
}
