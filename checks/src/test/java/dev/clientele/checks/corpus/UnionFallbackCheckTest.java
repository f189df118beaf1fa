package dev.clientele.checks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.clientele.checks.RawSpec;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The corpus counts a payload that parses into a union's Unknown while a declared variant matches it as a failure. */
class UnionFallbackCheckTest {

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Chat, version: "1"}
      paths: {}
      components:
        schemas:
          Chat:
            type: object
            properties:
              messages: {type: array, items: {$ref: "#/components/schemas/Message"}}
          Message:
            oneOf:
              - $ref: "#/components/schemas/UserMessage"
              - $ref: "#/components/schemas/SystemMessage"
              - {}
            discriminator: {propertyName: role}
          UserMessage:
            type: object
            required: [role, content]
            properties:
              role: {type: string, enum: [user]}
              content: {type: string}
          SystemMessage:
            type: object
            required: [role]
            properties:
              role: {const: system}
              priority: {type: [integer, "null"]}
      """;

  private static final RawSpec RAW = read();

  private static RawSpec read() {
    try {
      return new RawSpec(new ObjectMapper(new YAMLFactory()).readTree(SPEC));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  @DisplayName("a variant matches when the payload has its required properties, enum and const values and JSON types")
  void matchingVariants() throws IOException {
    VariantMatcher matcher = new VariantMatcher(RAW);
    String union = "#/components/schemas/Message";

    assertEquals(List.of("#/components/schemas/UserMessage"),
        matcher.matchingVariants(json("{\"role\": \"user\", \"content\": \"hi\"}"), union));
    assertEquals(List.of("#/components/schemas/SystemMessage"),
        matcher.matchingVariants(json("{\"role\": \"system\", \"priority\": null}"), union));
    assertEquals(List.of(), matcher.matchingVariants(json("{\"role\": \"user\"}"), union), "content is required");
    assertEquals(List.of(), matcher.matchingVariants(json("{\"role\": \"tool\", \"content\": \"hi\"}"), union),
        "no variant lists role 'tool'; the {} member is what Unknown stands for");
    assertEquals(List.of(), matcher.matchingVariants(json("{\"role\": \"system\", \"priority\": \"high\"}"), union),
        "priority is an integer");
  }

  @Test
  @DisplayName("the Unknowns of a parsed value are found with their JSON pointers, by wire name")
  void findsUnknownsByWireName() {
    Chat chat = new Chat(List.of(new UserMessage("user", "hi"), new Message.Unknown(null)), Map.of());

    List<UnknownFallbacks.Fallback> found = UnknownFallbacks.in(chat);

    assertEquals(List.of(new UnknownFallbacks.Fallback("/messages/1", Message.class)), found);
  }

  @Test
  @DisplayName("an example that a declared variant matches but that parses into Unknown is Clientele's failure")
  void unknownWhereAVariantMatchesFails() throws IOException {
    ExampleParser parser = new ExampleParser(
        RAW,
        Map.of("Chat", Chat.class.getName(), "Message", Message.class.getName()),
        Map.of(),
        getClass().getClassLoader());
    JsonNode schema = json("{\"$ref\": \"#/components/schemas/Chat\"}");

    ExampleParser.Result matched = parser.parse(new Example("#/x", json(
        "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}, {\"role\": \"system\"}]}"), schema, "#/x/schema"));
    ExampleParser.Result unmatched = parser.parse(new Example("#/y", json(
        "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}, {\"role\": \"tool\"}]}"), schema, "#/x/schema"));

    ExampleParser.Failed failed = assertInstanceOf(ExampleParser.Failed.class, matched);
    assertEquals("union", failed.stage());
    assertEquals("at /messages/1 the payload parsed as Message.Unknown, but it is #/components/schemas/SystemMessage by the spec",
        failed.message());
    assertInstanceOf(ExampleParser.Parsed.class, unmatched);
  }

  /** As Clientele generates it, but with a deserializer that only knows the user role. */
  public record Chat(@JsonProperty("messages") List<Message> messages, Map<String, Object> additionalProperties) {}

  @JsonDeserialize(using = Message.Deserializer.class)
  public sealed interface Message permits UserMessage, Message.Unknown {
    record Unknown(@JsonValue JsonNode json) implements Message {}

    final class Deserializer extends JsonDeserializer<Message> {
      @Override
      public Message deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode json = parser.readValueAsTree();
        return json.path("role").asText().equals("user")
            ? new UserMessage("user", json.path("content").asText())
            : new Unknown(json);
      }
    }
  }

  @JsonDeserialize
  public record UserMessage(@JsonProperty("role") String role, @JsonProperty("content") String content) implements Message {}
}
