package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Settings from environment variables, with a lookup of the test's own instead of the process environment. */
class EnvironmentVariablesTest {

  private static final String SECRET = "sk-test-4f1c9a";

  @Test
  @DisplayName("a client built from the variables sends the key to the base URL they name")
  void clientFromVariables() throws IOException {
    try (LocalServer server = new LocalServer()) {
      // Given
      EnvironmentVariables env = EnvironmentVariables.from(Map.of("ACME_API_KEY", SECRET, "ACME_BASE_URL", server.origin())::get);

      // When
      ClientConfig.Builder builder = TestClients.builder("https://api.acme.example")
          .authentication(Authentication.bearer(env.require("ACME_API_KEY", "the Acme API key")));
      env.url("ACME_BASE_URL").ifPresent(builder::baseUrl);
      new ApiClient(builder.build()).execute(Call.of("GET", "/me", Map.class));

      // Then
      assertEquals("Bearer " + SECRET, server.received().get(0).header("Authorization"));
    }
  }

  @Test
  @DisplayName("a missing required variable fails naming the variable and what it is for")
  void missing() {
    EnvironmentVariables env = EnvironmentVariables.from(Map.<String, String>of()::get);

    IllegalStateException error = assertThrows(IllegalStateException.class, () -> env.require("CLOSE_API_KEY", "the Close API key"));

    assertEquals("the environment variable CLOSE_API_KEY is not set; set it to the Close API key, or configure the client"
        + " with its builder instead of fromEnv()", error.getMessage());
  }

  @Test
  @DisplayName("a blank variable, or one with a final line break, fails naming the variable and never showing the value")
  void malformed() {
    EnvironmentVariables env = EnvironmentVariables.from(Map.of("BLANK", "  ", "NEWLINE", SECRET + "\n")::get);

    IllegalStateException blank = assertThrows(IllegalStateException.class, () -> env.require("BLANK", "the key"));
    IllegalStateException newline = assertThrows(IllegalStateException.class, () -> env.require("NEWLINE", "the key"));

    assertEquals("the environment variable BLANK is blank; set it to the key", blank.getMessage());
    assertTrue(newline.getMessage().startsWith("the environment variable NEWLINE has a line break at character 15 of 15"),
        newline.getMessage());
    assertFalse(newline.getMessage().contains(SECRET), newline.getMessage());
  }

  @Test
  @DisplayName("an optional variable that is unset or empty is empty; a base URL that is no http(s) URL fails naming it")
  void optionalAndUrl() {
    EnvironmentVariables env = EnvironmentVariables.from(
        Map.of("EMPTY", "", "BAD_URL", "ftp://files.example/?key=" + SECRET, "RELATIVE", "api/v1")::get);

    assertEquals(Optional.empty(), env.optional("UNSET"));
    assertEquals(Optional.empty(), env.url("EMPTY"));
    IllegalStateException bad = assertThrows(IllegalStateException.class, () -> env.url("BAD_URL"));
    assertTrue(bad.getMessage().startsWith("the environment variable BAD_URL must be an absolute http(s) URL"), bad.getMessage());
    assertFalse(bad.getMessage().contains(SECRET), bad.getMessage());
    assertThrows(IllegalStateException.class, () -> env.url("RELATIVE"));
  }
}
