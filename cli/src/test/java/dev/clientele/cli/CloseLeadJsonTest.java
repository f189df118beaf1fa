package dev.clientele.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.close.client.model.CallStatus;
import com.close.client.model.Contact;
import com.close.client.model.ContactEmail;
import com.close.client.model.Lead;
import com.close.client.model.Opportunity;
import com.close.client.model.OpportunityAdjustCloseDateActionDetails;
import com.close.client.model.OpportunityFollowUpEmailActionDetails;
import com.close.client.model.OpportunitySuggestedActionDetails;
import com.close.client.model.StatusReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generated Close client against payloads shaped like the ones the real server sends, parsed
 * and written with a plain ObjectMapper, as the models promise.
 */
class CloseLeadJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

  @Test
  @DisplayName("a realistic Lead response parses fully, nested objects, unions and custom fields included")
  void parsesRealisticLead() throws IOException {
    // Given the response body of a created lead
    String json = payload("lead-response.json");

    // When it is parsed
    Lead lead = MAPPER.readValue(json, Lead.class);

    // Then the values are where the spec says
    assertEquals("lead_nn0NzBfmerv3Kqn2DTxxkRutuohpEn0LAKt2xjGY6dB", lead.id());
    assertEquals("Northwind Café Supply Co.", lead.name());
    assertNull(lead.url());
    assertEquals(OffsetDateTime.of(2026, 3, 4, 17, 22, 40, 903_000_000, ZoneOffset.UTC), lead.dateCreated());
    assertEquals(ZoneOffset.ofHours(-8), lead.localtime().getOffset(), "the server's offset is kept");

    List<Lead.Address> addresses = lead.addresses();
    assertEquals(2, addresses.size());
    assertEquals("Suite 400", addresses.get(0).address2());
    assertNull(addresses.get(1).address2());
    assertEquals(List.of("Europe/London"), addresses.get(1).tzIds());

    Contact ana = lead.contacts().get(0);
    assertEquals("Ana Souza", ana.name());
    assertEquals(2, ana.emails().size());
    assertFalse(ana.emails().get(0).isUnsubscribed());
    assertEquals(2, ana.phones().size());
    List<Contact.RecentCall> calls = ana.recentCalls();
    assertSame(CallStatus.COMPLETED, calls.get(0).status());
    assertSame(CallStatus.NO_ANSWER, calls.get(1).status());
    assertEquals(StatusReason.REPLY_RECEIVED, ana.subscriptions().get(0).subscriptionStatusReason());
    assertEquals(1, ana.additionalProperties().size(), "the contact's custom field is kept");

    Contact tom = lead.contacts().get(1);
    assertNull(tom.subscriptions().get(0).subscriptionStatusReason());
    assertNull(tom.subscriptions().get(0).startDate());

    List<Opportunity> opportunities = lead.opportunities();
    assertEquals(3, opportunities.size());
    OpportunitySuggestedActionDetails first = opportunities.get(0).suggestedAction().details();
    OpportunityAdjustCloseDateActionDetails closeDate = assertInstanceOf(OpportunityAdjustCloseDateActionDetails.class, first);
    assertEquals(LocalDate.of(2026, 12, 15), closeDate.closeDate());
    assertEquals(Opportunity.ValuePeriod.ANNUAL, opportunities.get(0).valuePeriod());
    assertEquals(7_200_000L, opportunities.get(0).value());
    assertEquals(1, opportunities.get(0).additionalProperties().size(), "the opportunity's unknown key is kept");

    assertNull(opportunities.get(1).suggestedAction());
    assertEquals(LocalDate.of(2026, 10, 1), opportunities.get(1).dateWon());
    assertEquals(Opportunity.StatusType.WON, opportunities.get(1).statusType());

    OpportunityFollowUpEmailActionDetails email =
        assertInstanceOf(OpportunityFollowUpEmailActionDetails.class, opportunities.get(2).suggestedAction().details());
    assertEquals("Revisiting the pastry subscription", email.subjectDraft());

    Map<String, Object> custom = lead.additionalProperties();
    assertEquals(4, custom.size());
    assertEquals("Enterprise", custom.get("custom.cf_NAMM0fQ6TgJbqPaASLTTLSea67Phf06JBYwsyPjI8nU"));
    assertEquals(14, custom.get("custom.cf_KPr1Y0SluiYROTe3o6ZoSYLCBWdMlslfgSBIHrsj3ug"));
    assertEquals(
        List.of("Espresso Beans", "Cold Brew Concentrate", "Pastry Subscription"),
        custom.get("custom.cf_3iXnk8q8LvF4Ua7meIUloGg8Fa6RgBmqke43PZGKiSM"));
    assertTrue(custom.containsKey("custom.cf_1ei6vqwJzBJgtSaOBcgMF18kUF6D9nfMOtsJg7iZZqj"));
    assertNull(custom.get("custom.cf_1ei6vqwJzBJgtSaOBcgMF18kUF6D9nfMOtsJg7iZZqj"));
  }

  @Test
  @DisplayName("a call status the spec does not list parses, keeps its text and is written back unchanged")
  void unknownEnumValueRoundTrips() throws IOException {
    Lead lead = MAPPER.readValue(payload("lead-response.json"), Lead.class);

    CallStatus ringing = lead.contacts().get(1).recentCalls().get(0).status();

    assertFalse(ringing.isKnown());
    assertTrue(ringing.known().isEmpty());
    assertEquals("ringing", ringing.value());
    assertEquals(CallStatus.of("ringing"), ringing);
    JsonNode written = MAPPER.valueToTree(lead);
    assertEquals("ringing", written.at("/contacts/1/recent_calls/0/status").asText());
    assertEquals(CallStatus.Known.IN_PROGRESS, CallStatus.of("in-progress").known().orElseThrow());
  }

  @Test
  @DisplayName("writing a parsed Lead back gives the JSON the server sent, and parses to an equal Lead")
  void leadRoundTrips() throws IOException {
    String json = payload("lead-response.json");
    Lead lead = MAPPER.readValue(json, Lead.class);

    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(lead));

    // Every value comes back; optional properties sent as null come back absent (same value),
    // required ones are written even when null.
    assertSameJson(withoutNulls(MAPPER.readTree(json)), withoutNulls(written), "");
    assertTrue(written.get("url").isNull(), "a required, nullable property is written as null");
    assertFalse(written.at("/opportunities/1").has("suggested_action"), "an optional property that is null is left out");
    assertTrue(written.get("custom.cf_1ei6vqwJzBJgtSaOBcgMF18kUF6D9nfMOtsJg7iZZqj").isNull(), "a custom field's null is kept");
    assertEquals(lead, MAPPER.treeToValue(written, Lead.class));
  }

  /** The tree with every null-valued object property removed, at any depth. */
  static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    removeNulls(copy);
    return copy;
  }

  private static void removeNulls(JsonNode node) {
    if (node.isObject()) {
      ((ObjectNode) node).properties().removeIf(e -> e.getValue().isNull());
    }
    node.forEach(CloseLeadJsonTest::removeNulls);
  }

  @Test
  @DisplayName("a details payload that matches no variant is kept as raw JSON, not an error")
  void unmatchedUnionVariantIsKept() throws IOException {
    String json = "{\"action\": \"follow_up_call\", \"justification\": \"x\", \"details\": {\"meeting_link\": \"https://x\"}}";

    var action = MAPPER.readValue(json, com.close.client.model.Opportunity.SuggestedAction.class);

    var unknown = assertInstanceOf(OpportunitySuggestedActionDetails.Unknown.class, action.details());
    assertEquals("https://x", unknown.json().get("meeting_link").asText());
    assertSameJson(MAPPER.readTree(json), MAPPER.valueToTree(action), "");
  }

  @Test
  @DisplayName("parsing is lenient about missing required properties and nulls, whose accessors throw rather than lie; building is strict")
  void lenientParsingStrictBuilding() throws IOException {
    // Given a contact without most required properties and a null where the spec says string
    Contact parsed = MAPPER.readValue("{\"id\": null, \"emails\": [{\"email\": \"a@b.c\"}]}", Contact.class);
    IllegalStateException absent = assertThrows(IllegalStateException.class, parsed::id);
    assertEquals("Contact.id is missing: the server did not send it, though the spec requires it", absent.getMessage());
    assertEquals("a@b.c", parsed.emails().get(0).email());

    // When a caller builds one without them, Then it is told which are missing
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> ContactEmail.builder().type("office").build());
    assertEquals("Cannot build ContactEmail: missing required email, isUnsubscribed", missing.getMessage());
  }

  @Test
  @DisplayName("custom fields set on an outgoing object are written as top-level keys")
  void customFieldsAreWritten() {
    ContactEmail email =
        ContactEmail.builder()
            .email("jenna@bluebirdbakery.example.com")
            .isUnsubscribed(false)
            .type("office")
            .putAdditionalProperty("custom.cf_v6S011I6MqcbVvB2FA5Nk8dr5MkL8sWuCiG8cUleO9c", "Food & Beverage")
            .build();

    ObjectNode json = MAPPER.valueToTree(email);

    assertEquals("Food & Beverage", json.get("custom.cf_v6S011I6MqcbVvB2FA5Nk8dr5MkL8sWuCiG8cUleO9c").asText());
    assertEquals("jenna@bluebirdbakery.example.com", json.get("email").asText());
    assertEquals(email, email.toBuilder().build());
    assertThrows(UnsupportedOperationException.class, () -> email.additionalProperties().put("x", 1));
  }

  @Test
  @DisplayName("the create-lead request body, built as the spec's any-type body, is sent as written")
  void createLeadRequestBody() throws IOException {
    JsonNode request = MAPPER.readTree(payload("create-lead-request.json"));
    Object body = MAPPER.treeToValue(request, Object.class);

    assertSameJson(request, MAPPER.valueToTree(body), "");
  }

  /**
   * Asserts two JSON trees are the same value: same keys (in any order), same numbers, and
   * date-times equal as instants with the same offset ({@code +00:00} is written {@code Z}, and
   * microseconds {@code .512000} as {@code .512}).
   */
  static void assertSameJson(JsonNode expected, JsonNode actual, String path) {
    if (expected.isObject() && actual.isObject()) {
      assertEquals(names(expected), names(actual), "keys at " + path);
      expected.properties().forEach(e -> assertSameJson(e.getValue(), actual.get(e.getKey()), path + "/" + e.getKey()));
    } else if (expected.isArray() && actual.isArray()) {
      assertEquals(expected.size(), actual.size(), "length at " + path);
      for (int i = 0; i < expected.size(); i++) {
        assertSameJson(expected.get(i), actual.get(i), path + "/" + i);
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()), "number at " + path);
    } else if (expected.isTextual() && actual.isTextual() && !expected.asText().equals(actual.asText())) {
      try {
        OffsetDateTime a = OffsetDateTime.parse(expected.asText());
        OffsetDateTime b = OffsetDateTime.parse(actual.asText());
        assertEquals(a, b, "date-time at " + path);
      } catch (DateTimeParseException e) {
        fail("text at " + path + ": expected " + expected + " but was " + actual);
      }
    } else if (!expected.equals(actual)) {
      fail("at " + path + ": expected " + expected + " but was " + actual);
    }
  }

  private static java.util.Set<String> names(JsonNode node) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  static String payload(String name) throws IOException {
    try (InputStream in = CloseLeadJsonTest.class.getResourceAsStream("/payloads/close/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing payload " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
