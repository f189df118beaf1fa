package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.clientele.core.GeneratorConfig;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import dev.clientele.core.support.PlainJson;
import dev.clientele.core.support.Specs;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Models generated with {@code jackson = 3} are Jackson 3 models: they compile against Jackson 3
 * alone, and a plain {@link JsonMapper} — no modules, no configuration — reads and writes them as a
 * plain Jackson 2 mapper reads and writes the Jackson 2 models: unions, open enums, unknown
 * properties, dates with their offsets.
 */
class Jackson3ModelsTest {

  /** A plain Jackson 3 mapper, as an application has one: java.time is built in. */
  private static final JsonMapper JACKSON_3 = JsonMapper.builder().build();

  /**
   * A Close lead as the server sends it: an opportunity whose suggested action's details are a
   * union (the variant with subject, message and contact), a call status this client does not know,
   * a property no schema declares, a custom field, and a date-time in another offset than UTC.
   */
  private static final String LEAD = """
      {
        "id": "lead_1", "name": "Bluebird Bakery", "display_name": "Bluebird Bakery",
        "date_created": "2026-05-12T09:30:01.250+02:00",
        "contacts": [{
          "id": "cont_1", "name": "Jenna Morales", "display_name": "Jenna Morales",
          "recent_calls": [{"id": "acti_1", "status": "voicemail-dropped", "duration": 3}],
          "pronouns": "she/her"
        }],
        "opportunities": [{
          "id": "oppo_1", "lead_id": "lead_1", "value": 450000, "value_period": "monthly",
          "suggested_action": {
            "action": "follow_up_email",
            "justification": "No reply in two weeks",
            "details": {"contact_id": "cont_1", "subject_draft": "Beans?", "message_draft": "Hi Jenna"}
          }
        }],
        "custom.cf_Segment": "Wholesale"
      }
      """;

  static List<Path> testSpecs() {
    return Specs.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("testSpecs")
  @DisplayName("the code generated for Jackson 3 compiles against Jackson 3 alone, without warnings")
  void compilesAgainstJackson3Alone(Path spec) {
    Compilation compilation = Generated.compile(Generated.sources(spec, "com.example", 3), 3);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  @DisplayName("the code generated for Jackson 2 does not compile against Jackson 3 alone: the flavours differ")
  void jackson2CodeNeedsJackson2() {
    Compilation compilation = Generated.compile(Generated.sources(Specs.named("close-lead.yaml"), "com.example", 2), 3);

    assertThat(compilation).failed();
  }

  @Test
  @DisplayName("a plain Jackson 3 JsonMapper reads a Close lead with a union, an unknown enum value and unknown properties, and writes what Jackson 2 writes")
  void closeLeadRoundTrips() throws Exception {
    // Given the Close models generated for each major
    CompiledClasses jackson2 = CompiledClasses.ofTestSpec("close-lead.yaml");
    CompiledClasses jackson3 =
        new CompiledClasses(Generated.compile(Generated.sources(Specs.named("close-lead.yaml"), "com.example", 3), 3));

    // When each plain mapper reads the lead into its models and writes it back
    Object lead = JACKSON_3.readValue(LEAD, jackson3.load("com.example.model.Lead"));
    // (Read back from text, so that numbers compare by value, not by the node class that held them.)
    JsonNode writtenBy3 = JACKSON_3.readTree(JACKSON_3.writeValueAsString(lead));
    Object lead2 = PlainJson.MAPPER.readValue(LEAD, jackson2.load("com.example.model.Lead"));
    String writtenBy2 = PlainJson.MAPPER.writeValueAsString(lead2);

    // Then the union picked the email variant, the date kept its offset, and both wrote the same JSON
    Object opportunity = ((List<?>) call(lead, "opportunities")).get(0);
    Object details = call(call(opportunity, "suggestedAction"), "details");
    assertEquals("com.example.model.OpportunityFollowUpEmailActionDetails", details.getClass().getName());
    assertEquals("Beans?", call(details, "subjectDraft"));
    assertEquals(OffsetDateTime.parse("2026-05-12T09:30:01.250+02:00"), call(lead, "dateCreated"));
    assertEquals("2026-05-12T09:30:01.25+02:00", writtenBy3.get("date_created").asString());
    assertEquals("voicemail-dropped", writtenBy3.at("/contacts/0/recent_calls/0/status").asString());
    assertEquals("she/her", writtenBy3.at("/contacts/0/pronouns").asString());
    assertEquals("Wholesale", writtenBy3.get("custom.cf_Segment").asString());
    assertEquals(JACKSON_3.readTree(writtenBy2), writtenBy3);
  }

  @Test
  @DisplayName("under Jackson 3, a union value that fits no variant is kept as raw JSON and written back unchanged")
  void unknownVariantIsKept() throws Exception {
    CompiledClasses jackson3 =
        new CompiledClasses(Generated.compile(Generated.sources(Specs.named("close-lead.yaml"), "com.example", 3), 3));
    Class<?> details = jackson3.load("com.example.model.OpportunitySuggestedActionDetails");
    String json = "{\"reminder\":{\"in_days\":3}}";

    Object parsed = JACKSON_3.readValue(json, details);

    assertEquals("com.example.model.OpportunitySuggestedActionDetails$Unknown", parsed.getClass().getName());
    assertEquals(json, JACKSON_3.writeValueAsString(parsed));
  }

  @Test
  @DisplayName("under Jackson 3, integer and long open enums read listed values to their constants, keep unlisted ones, and write both back")
  void integerOpenEnumsRoundTrip() throws Exception {
    // Given the enums of enums-and-values generated for Jackson 3
    CompiledClasses jackson3 =
        new CompiledClasses(Generated.compile(Generated.sources(Specs.named("enums-and-values-3.1.yaml"), "com.example", 3), 3));
    Class<?> priority = jackson3.load("com.example.model.Priority");
    Class<?> status = jackson3.load("com.example.model.HttpStatusCode");
    Class<?> largeId = jackson3.load("com.example.model.LargeId");

    // When a plain Jackson 3 mapper reads a listed and an unlisted value of each
    Object normal = JACKSON_3.readValue("2", priority);
    Object teapot = JACKSON_3.readValue("418", status);
    Object big = JACKSON_3.readValue("-9007199254740993", largeId);
    Object unlistedBig = JACKSON_3.readValue("9007199254740995", largeId);

    // Then listed values are the constants, unlisted ones keep their number, and each is written as read
    assertEquals(priority.getField("NORMAL").get(null), normal);
    assertEquals(false, call(teapot, "isKnown"));
    assertEquals(418, call(teapot, "value"));
    assertEquals(largeId.getField("VALUE_MINUS_9007199254740993").get(null), big);
    assertEquals(9007199254740995L, call(unlistedBig, "value"));
    assertEquals("[2,418,-9007199254740993,9007199254740995]", JACKSON_3.writeValueAsString(List.of(normal, teapot, big, unlistedBig)));
  }

  @Test
  @DisplayName("a config for another Jackson major than 2 or 3 is refused with what to use")
  void otherMajorsAreRefused() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> GeneratorConfig.of(Path.of("spec.yaml"), Path.of("out"), "com.example").withJackson(4));

    assertEquals("jackson must be 2 or 3 (the Jackson major the generated code is for), was 4", error.getMessage());
  }

  private static Object call(Object target, String accessor) throws Exception {
    Method method = target.getClass().getMethod(accessor);
    return method.invoke(target);
  }
}
