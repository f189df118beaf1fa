package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.close.client.model.CallStatus;
import com.close.client.model.Contact;
import com.close.client.model.Lead;
import com.close.client.model.Opportunity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The models the plugin generated in this build, on a Lead shaped like the ones Close sends. */
class LeadJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

  @Test
  @DisplayName("a Lead response parses into the generated records, nested contacts and opportunities included")
  void parsesLead() throws IOException {
    // Given a Lead as the server sends it
    String json = payload();

    // When it is parsed with a plain ObjectMapper
    Lead lead = MAPPER.readValue(json, Lead.class);

    // Then every value is where the spec says
    assertEquals("lead_9fZk1vX0hQ2mYw7Rr4cTtLp8sA3dE6gNbU5jKoI1qWe", lead.id());
    assertEquals("Brightwater Coffee Roasters", lead.name());
    assertEquals(OffsetDateTime.of(2026, 5, 12, 9, 30, 1, 250_000_000, ZoneOffset.UTC), lead.dateCreated());
    assertEquals("Portland", lead.addresses().get(0).city());
    assertNull(lead.addresses().get(0).address2());
    Contact contact = lead.contacts().get(0);
    assertEquals("Mira Patel", contact.name());
    assertFalse(contact.emails().get(0).isUnsubscribed());
    assertSame(CallStatus.COMPLETED, contact.recentCalls().get(0).status());
    Opportunity opportunity = lead.opportunities().get(0);
    assertEquals(Opportunity.ValuePeriod.MONTHLY, opportunity.valuePeriod());
    assertEquals(450_000L, opportunity.value());
  }

  @Test
  @DisplayName("custom fields the spec does not declare are kept as additional properties")
  void keepsCustomFields() throws IOException {
    Lead lead = MAPPER.readValue(payload(), Lead.class);

    assertEquals("Wholesale", lead.additionalProperties().get("custom.cf_SegmentX1"));
    assertEquals(List.of("Espresso", "Decaf"), lead.additionalProperties().get("custom.cf_ProductsX2"));
  }

  @Test
  @DisplayName("a call status added after the spec was written parses and is written back as sent")
  void unknownCallStatusRoundTrips() throws IOException {
    Lead lead = MAPPER.readValue(payload(), Lead.class);

    CallStatus ringing = lead.contacts().get(0).recentCalls().get(1).status();
    JsonNode written = MAPPER.valueToTree(lead);

    assertFalse(ringing.isKnown());
    assertEquals("ringing", written.at("/contacts/0/recent_calls/1/status").asText());
  }

  private static String payload() throws IOException {
    try (InputStream in = LeadJsonTest.class.getResourceAsStream("/lead.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
