package dev.clientele.core.emit;

import static dev.clientele.core.support.PlainJson.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.clientele.core.support.CompiledClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unions and containers of test-specs/unions-and-maps-3.1.yaml, run. */
class UnionsAndMapsTest {

  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    classes = CompiledClasses.ofTestSpec("unions-and-maps-3.1.yaml");
  }

  @DisplayName("a union of unions picks the nested union's variant, by its discriminator or by structure")
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"text\": \"hi\"}                             | TextInput",
      "{\"image_url\": \"https://example.com/a.png\"} | ImageInput",
      "{\"type\": \"refusal\", \"refusal\": \"no\"}   | RefusalOutput",
      "{\"type\": \"output_text\", \"text\": \"ok\"}  | TextOutput",
      "\"plain text\"                                 | Content$StringValue",
      "[{\"text\": \"a\"}, {\"image_url\": \"b\"}]    | Content$InputContentListValue",
      "{\"audio\": \"…\"}                             | Content$Unknown",
      "42                                             | Content$Unknown",
  })
  void nestedUnions(String json, String expectedClass) throws Exception {
    assertParsesAs("Content", json, expectedClass);
  }

  @Test
  @DisplayName("a nested union's variants are values of the outer union, usable where it is expected")
  void nestedUnionIsSubtype() {
    Class<?> content = classes.load("com.example.model.Content");

    assertSame(content, classes.load("com.example.model.InputContent").getInterfaces()[0]);
    assertSame(content, classes.load("com.example.model.OutputContent").getInterfaces()[0]);
  }

  @Test
  @DisplayName("'a known model or any name' is an open enum named after the union")
  void stringOrEnumIsOpenEnum() throws Exception {
    Class<?> modelName = classes.load("com.example.model.ModelName");

    Object known = MAPPER.readValue("\"large-2026\"", modelName);
    Object other = MAPPER.readValue("\"experimental-9\"", modelName);

    assertSame(modelName.getField("LARGE_2026").get(null), known);
    assertFalse((Boolean) modelName.getMethod("isKnown").invoke(other));
    assertEquals("\"experimental-9\"", MAPPER.writeValueAsString(other));
  }

  @DisplayName("array alternatives are told apart by their first element; an empty array is the first")
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "\"say hi\"         | StringValue",
      "[\"say\", \"hi\"]  | StringListValue",
      "[101, 7]           | LongListValue",
      "[[101], [7, 8]]    | LongListListValue",
      "[]                 | StringListValue",
  })
  void arraysByFirstElement(String json, String expectedClass) throws Exception {
    assertParsesAs("Message$Prompt", json, "Message$Prompt$" + expectedClass);
  }

  @Test
  @DisplayName("string enums and plain strings among a union's members merge into one open enum")
  void enumsMerge() throws Exception {
    Class<?> engine = classes.load("com.example.model.EngineName");
    Class<?> effectiveDate = classes.load("com.example.model.Message$EffectiveDate");

    assertEquals(
        java.util.List.of("CHAT_SMALL", "CHAT_LARGE", "EMBED_SMALL"),
        java.util.Arrays.stream(classes.load("com.example.model.EngineName$Known").getEnumConstants())
            .map(constant -> ((Enum<?>) constant).name()).toList());
    assertSame(engine.getField("EMBED_SMALL").get(null), MAPPER.readValue("\"embed-small\"", engine));
    assertEquals("com.example.model.Message$EffectiveDate$KnownValuesValue",
        MAPPER.readValue("\"\"", effectiveDate).getClass().getName());
    assertEquals("com.example.model.Message$EffectiveDate$LongValue",
        MAPPER.readValue("1767225600", effectiveDate).getClass().getName());
  }

  @Test
  @DisplayName("a string, or the empty string Stripe lists to clear a field, is a string: no enum of one empty value")
  void stringOrEmptyIsString() throws Exception {
    Class<?> message = classes.load("com.example.model.Message");

    assertEquals(String.class, message.getMethod("note").getReturnType());
    assertFalse(classes.names().contains("com.example.model.Message$Note"), classes.names().toString());
  }

  @DisplayName("variants that require the same properties are told apart by an optional one only one declares")
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\": \"r1\", \"phone\": \"+33 1 23\"}  | SmsRecipient",
      "{\"id\": \"r2\", \"email\": \"a@b.test\"}  | EmailRecipient",
      "{\"id\": \"r3\", \"name\": \"Ann\"}        | SmsRecipient",
  })
  void twinsByOptionalProperty(String json, String expectedClass) throws Exception {
    assertParsesAs("Recipient", json, expectedClass);
  }

  @DisplayName("a 3.1 value of several types is a union with an alternative per type")
  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "Message$Priority  | 3               | LongValue",
      "Message$Priority  | \"high\"        | StringValue",
      "Message$TagsOrTag | \"one\"         | StringValue",
      "Message$TagsOrTag | [\"a\", \"b\"]  | StringListValue",
  })
  void severalTypes(String union, String json, String expectedClass) throws Exception {
    assertParsesAs(union, json, union + "$" + expectedClass);
  }

  @Test
  @DisplayName("a whole message with primitive unions, maps of unions, arrays of maps and free-form values round-trips")
  void messageRoundTrip() throws Exception {
    String json = """
        {"id": 1234567890123,
         "model": "medium",
         "content": [{"text": "see"}, {"image_url": "https://example.com/cat.png", "detail": "high"}],
         "attachment": {"file_id": "file_1"},
         "metadata": {"trace": {"span": 7}, "tags": ["a", "b"]},
         "labels": {"colors": ["red", "green"], "empty": []},
         "rows": [{"a": 1, "b": 2}, {}],
         "parts": {"greeting": "hello", "answer": {"type": "refusal", "refusal": "no"}},
         "extra": [1, "two", null, {"three": 3}],
         "x-unknown": "kept"}""";
    Class<?> message = classes.load("com.example.model.Message");

    Object parsed = MAPPER.readValue(json, message);

    Object id = message.getMethod("id").invoke(parsed);
    assertEquals("com.example.model.Message$Id$LongValue", id.getClass().getName());
    assertEquals(1234567890123L, id.getClass().getMethod("value").invoke(id));
    assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(parsed)));
  }

  @DisplayName("a member of no fixed JSON type leaves the rest of the union typed; anything else is kept as JSON")
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"file_id\": \"f\"}   | FileAttachment",
      "\"https://x.test/a\"   | Attachment$Unknown",
      "[1, 2]                 | Attachment$Unknown",
  })
  void openMember(String json, String expectedClass) throws Exception {
    assertParsesAs("Attachment", json, expectedClass);
  }

  /**
   * Parses {@code json} as the model type {@code type}, checks that it is the {@code expectedClass}
   * (a binary name below com.example.model, such as {@code Content$StringValue}) and that it writes
   * back as it came.
   */
  private static void assertParsesAs(String type, String json, String expectedClass) throws Exception {
    Class<?> declared = classes.load("com.example.model." + type);

    Object parsed = MAPPER.readValue(json, declared);

    assertEquals("com.example.model." + expectedClass, parsed.getClass().getName());
    assertInstanceOf(declared, parsed);
    assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(parsed)));
  }
}
