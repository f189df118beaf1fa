package dev.clientele.core.emit;

import static dev.clientele.core.support.PlainJson.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientele.core.support.CompiledClasses;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What goes over the wire for test-specs/wire-faults-3.1.yaml: the shapes generated clients got wrong. */
class WireFaultsTest {

  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    classes = CompiledClasses.ofTestSpec("wire-faults-3.1.yaml");
  }

  @ParameterizedTest(name = "role {0} parses as {1}")
  @CsvSource({
      "user, UserMessage",
      "system, SystemMessage",
      "assistant, AssistantMessage",
      "ToolMessage, ToolMessage",
  })
  @DisplayName("a variant that fixes the discriminator property to one value is named by that value, not by its schema name")
  void discriminatorValueFromTheVariant(String role, String variant) throws Exception {
    String json = "{\"role\": \"" + role + "\", \"content\": \"Hello\"}";

    Object message = MAPPER.readValue(json, classes.load("com.example.model.ChatMessage"));

    assertEquals("com.example.model." + variant, message.getClass().getName());
    assertEquals(MAPPER.readTree(json), MAPPER.valueToTree(message));
  }

  @Test
  @DisplayName("a schema name is no longer a discriminator value when the variant fixes its own")
  void schemaNameOfAVariantWithItsOwnValueIsUnknown() throws Exception {
    Object message = MAPPER.readValue(
        "{\"role\": \"UserMessage\", \"content\": \"Hello\"}", classes.load("com.example.model.ChatMessage"));

    assertEquals("com.example.model.ChatMessage$Unknown", message.getClass().getName());
  }

  @ParameterizedTest(name = "{0} is built with role {1}")
  @CsvSource({"UserMessage, user", "SystemMessage, system", "AssistantMessage, assistant", "ToolMessage, ToolMessage"})
  @DisplayName("a variant's builder starts with its own discriminator value")
  void builderPresetsTheVariantsValue(String variant, String role) throws Exception {
    Class<?> type = classes.load("com.example.model." + variant);
    Object builder = type.getMethod("builder").invoke(null);
    builder.getClass().getMethod("content", String.class).invoke(builder, "Hello");

    Object built = builder.getClass().getMethod("build").invoke(builder);

    assertEquals(role, MAPPER.valueToTree(built).get("role").asText());
  }

  @Test
  @DisplayName("a request carries what the caller set, none of the spec's defaults")
  void onlyWhatTheCallerSet() throws Exception {
    Class<?> request = classes.load("com.example.model.ChatRequest");
    Class<?> user = classes.load("com.example.model.UserMessage");
    Object message = user.getMethod("builder").invoke(null);
    message.getClass().getMethod("content", String.class).invoke(message, "Hello");
    Object builder = request.getMethod("builder").invoke(null);
    builder.getClass().getMethod("model", String.class).invoke(builder, "gpt-4o");
    builder.getClass().getMethod("messages", List.class)
        .invoke(builder, List.of(message.getClass().getMethod("build").invoke(message)));

    Object built = builder.getClass().getMethod("build").invoke(builder);

    assertEquals(
        MAPPER.readTree("{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}"),
        MAPPER.valueToTree(built));
  }
}
