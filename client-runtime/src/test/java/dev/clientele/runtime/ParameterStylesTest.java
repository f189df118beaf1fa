package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pairs each OpenAPI parameter style makes of arrays, objects and scalars (OpenAPI 3.1, "Style Examples"). */
class ParameterStylesTest {

  /** A parameter object as generated records are: wire names in {@code @JsonProperty}. */
  record Color(@JsonProperty("R") Integer red, @JsonProperty("G") Integer green, @JsonProperty("B") Integer blue) {}

  private static final List<String> BLUE_BLACK_BROWN = List.of("blue", "black", "brown");
  private static final Color COLOR = new Color(100, 200, 150);

  @Test
  @DisplayName("form arrays are repeated when exploded and joined with commas when not")
  void formArrays() {
    assertEquals(List.of(Map.entry("color", "blue"), Map.entry("color", "black"), Map.entry("color", "brown")),
        ParameterStyles.pairs("color", BLUE_BLACK_BROWN, "form", true));
    assertEquals(List.of(Map.entry("color", "blue,black,brown")), ParameterStyles.pairs("color", BLUE_BLACK_BROWN, "form", false));
  }

  @Test
  @DisplayName("form objects spread over one parameter per property when exploded, else name,value pairs in one")
  void formObjects() {
    assertEquals(List.of(Map.entry("R", "100"), Map.entry("G", "200"), Map.entry("B", "150")),
        ParameterStyles.pairs("color", COLOR, "form", true));
    assertEquals(List.of(Map.entry("color", "R,100,G,200,B,150")), ParameterStyles.pairs("color", COLOR, "form", false));
  }

  @Test
  @DisplayName("space- and pipe-delimited arrays are joined with their delimiter")
  void delimitedArrays() {
    assertEquals(List.of(Map.entry("color", "blue black brown")),
        ParameterStyles.pairs("color", BLUE_BLACK_BROWN, "spaceDelimited", false));
    assertEquals(List.of(Map.entry("color", "blue|black|brown")),
        ParameterStyles.pairs("color", BLUE_BLACK_BROWN, "pipeDelimited", false));
  }

  @Test
  @DisplayName("deepObject writes name[key]=value, nested objects deeper and arrays by index")
  void deepObjects() {
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("color", COLOR);
    filter.put("tags", List.of("a", "b"));
    assertEquals(List.of(Map.entry("color[R]", "100"), Map.entry("color[G]", "200"), Map.entry("color[B]", "150")),
        ParameterStyles.pairs("color", COLOR, "deepObject", true));
    assertEquals(List.of(Map.entry("filter[color][R]", "100"), Map.entry("filter[color][G]", "200"),
        Map.entry("filter[color][B]", "150"), Map.entry("filter[tags][0]", "a"), Map.entry("filter[tags][1]", "b")),
        ParameterStyles.pairs("filter", filter, "deepObject", true));
  }

  @Test
  @DisplayName("dates are ISO-8601 text, in a list as alone; null is no parameter")
  void scalars() {
    OffsetDateTime at = OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    assertEquals(List.of(Map.entry("since", "2024-05-01T12:00:00Z")), ParameterStyles.pairs("since", at, "form", true));
    assertEquals(List.of(Map.entry("at", "2024-05-01T12:00:00Z,2024-05-01T12:00:00Z")),
        ParameterStyles.pairs("at", List.of(at, at), "form", false));
    assertEquals(List.of(), ParameterStyles.pairs("since", null, "deepObject", true));
  }

  @Test
  @DisplayName("simple style (headers): arrays and objects as comma-separated values, exploded objects as key=value")
  void simpleStyle() {
    assertEquals("blue,black,brown", ParameterStyles.simple(BLUE_BLACK_BROWN, false));
    assertEquals("R,100,G,200,B,150", ParameterStyles.simple(COLOR, false));
    assertEquals("R=100,G=200,B=150", ParameterStyles.simple(COLOR, true));
    assertNull(ParameterStyles.simple(null, false));
  }

  @Test
  @DisplayName("bodyField sets a top-level field of the JSON body written, leaving the caller's object as it was")
  void bodyFieldOfJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", "m1");
    body.put("stream", false);

    Call<Void> call = Call.of("POST", "/chat", Void.class).jsonBody(body, "application/json").bodyField("stream", true);

    assertEquals("{\"model\":\"m1\",\"stream\":true}", new String(Bodies.encode(call, JsonCodec.detected()).bytes(), StandardCharsets.UTF_8));
    assertEquals(false, body.get("stream"));
  }

  @Test
  @DisplayName("bodyField replaces a form body's field of the same name, or adds it")
  void bodyFieldOfForm() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("stream", false);
    body.put("model", "m1");

    Call<Void> call = Call.of("POST", "/audio", Void.class).formBody(body).bodyField("stream", true).bodyField("n", 2);

    assertEquals("model=m1&stream=true&n=2", new String(Bodies.encode(call, JsonCodec.detected()).bytes(), StandardCharsets.UTF_8));
    assertEquals(false, body.get("stream"));
  }
}
