package dev.clientele.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JacksonChoiceTest {

  private static final List<String> BOOT_4 = List.of(
      "org.springframework.boot:spring-boot", "tools.jackson.core:jackson-core", "tools.jackson.core:jackson-databind",
      "com.fasterxml.jackson.core:jackson-annotations");
  private static final List<String> JACKSON_2 = List.of(
      "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-annotations");

  @Test
  @DisplayName("without a setting, Jackson 3's databind on the compile class path chooses Jackson 3, and says so")
  void detectsJackson3() {
    JacksonChoice choice = JacksonChoice.of(null, BOOT_4);

    assertEquals(3, choice.major());
    assertEquals("Jackson 3 (tools.jackson.core:jackson-databind is on the compile class path)", choice.describe());
  }

  @Test
  @DisplayName("without a setting and without Jackson 3's databind, it is Jackson 2, also for a project with no Jackson yet")
  void defaultsToJackson2() {
    assertEquals(new JacksonChoice(2, "no Jackson 3 databind on the compile class path"), JacksonChoice.of("", JACKSON_2));
    assertEquals(2, JacksonChoice.of(null, List.of()).major());
  }

  @Test
  @DisplayName("a setting wins over the class path")
  void configuredWins() {
    assertEquals(new JacksonChoice(2, "configured"), JacksonChoice.of("2", BOOT_4));
    assertEquals(new JacksonChoice(3, "configured"), JacksonChoice.of(" 3 ", JACKSON_2));
  }

  @Test
  @DisplayName("any other setting is refused with what is allowed")
  void otherValuesAreRefused() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> JacksonChoice.of("2.17", JACKSON_2));

    assertEquals("clientele: jackson must be 2 or 3 (the Jackson major the generated code is for), was '2.17'; "
        + "leave it out to follow the project's dependencies", error.getMessage());
  }
}
