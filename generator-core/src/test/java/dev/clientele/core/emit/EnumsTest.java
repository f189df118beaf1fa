package dev.clientele.core.emit;

import static dev.clientele.core.support.PlainJson.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.clientele.core.support.CompiledClasses;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The enums and values of test-specs/enums-and-values-3.1.yaml, run. */
class EnumsTest {

  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    classes = CompiledClasses.ofTestSpec("enums-and-values-3.1.yaml");
  }

  @Test
  @DisplayName("an integer enum parses listed values to their constants, named as the spec suggests")
  void integerEnumConstants() throws Exception {
    Class<?> priority = classes.load("com.example.model.Priority");

    Object normal = MAPPER.readValue("2", priority);

    assertSame(priority.getField("NORMAL").get(null), normal);
    assertEquals("2", MAPPER.writeValueAsString(normal));
    assertEquals(Optional.of(enumConstant("com.example.model.Priority$Known", "NORMAL")), priority.getMethod("known").invoke(normal));
  }

  @Test
  @DisplayName("an integer value the spec does not list parses, keeps its number and writes it back")
  void unlistedIntegerValue() throws Exception {
    Class<?> status = classes.load("com.example.model.HttpStatusCode");

    Object teapot = MAPPER.readValue("418", status);

    assertFalse((Boolean) status.getMethod("isKnown").invoke(teapot));
    assertEquals(418, status.getMethod("value").invoke(teapot));
    assertEquals("418", MAPPER.writeValueAsString(teapot));
    assertEquals(status.getField("VALUE_MINUS_1").get(null), MAPPER.readValue("-1", status));
  }

  @Test
  @DisplayName("an int64 enum holds values beyond the range of int exactly")
  void longEnum() throws Exception {
    Class<?> largeId = classes.load("com.example.model.LargeId");

    Object big = MAPPER.readValue("-9007199254740993", largeId);

    assertSame(largeId.getField("VALUE_MINUS_9007199254740993").get(null), big);
    assertEquals("-9007199254740993", MAPPER.writeValueAsString(big));
  }

  @Test
  @DisplayName("values that differ only in a symbol get distinct constants (Etc/GMT+1, Etc/GMT-1)")
  void largeEnumDistinctConstants() throws Exception {
    Class<?> timeZone = classes.load("com.example.model.TimeZone");

    Object plus = timeZone.getField("ETC_GMT_PLUS_1").get(null);
    Object minus = timeZone.getField("ETC_GMT_1").get(null);

    assertEquals("Etc/GMT+1", timeZone.getMethod("value").invoke(plus));
    assertEquals("Etc/GMT-1", timeZone.getMethod("value").invoke(minus));
    assertNotEquals(plus, minus);
    assertEquals(603, timeZone.getClassLoader().loadClass("com.example.model.TimeZone$Known").getEnumConstants().length);
  }

  @Test
  @DisplayName("a builder presets a required const, and none of the spec's defaults, integer enum defaults included")
  void defaultsAreNotSent() throws Exception {
    Class<?> report = classes.load("com.example.model.Report");
    Object builder = report.getMethod("builder").invoke(null);
    Class<?> timeZone = classes.load("com.example.model.TimeZone");
    Class<?> format = classes.load("com.example.model.Report$Format");
    builder.getClass().getMethod("format", format).invoke(builder, format.getField("JSON").get(null));
    builder.getClass().getMethod("timezone", timeZone).invoke(builder, timeZone.getField("EUROPE_PARIS").get(null));

    Object built = builder.getClass().getMethod("build").invoke(builder);

    assertEquals(
        MAPPER.readTree("""
            {"kind": "report", "format": "json", "timezone": "Europe/Paris"}"""),
        MAPPER.valueToTree(built));
  }

  @Test
  @DisplayName("an integer whose bounds go beyond a long's holds values a long cannot")
  void bigInteger() throws Exception {
    String json = "{\"kind\": \"report\", \"timezone\": \"UTC\", \"bytesProcessed\": 18446744073709551615}";
    Class<?> report = classes.load("com.example.model.Report");

    Object parsed = MAPPER.readValue(json, report);

    assertEquals(new java.math.BigInteger("18446744073709551615"), report.getMethod("bytesProcessed").invoke(parsed));
    assertEquals(MAPPER.readTree(json).get("bytesProcessed"), MAPPER.readTree(MAPPER.writeValueAsString(parsed)).get("bytesProcessed"));
  }

  private static Object enumConstant(String enumClass, String name) throws Exception {
    for (Object constant : classes.load(enumClass).getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError(name + " not in " + enumClass);
  }
}
