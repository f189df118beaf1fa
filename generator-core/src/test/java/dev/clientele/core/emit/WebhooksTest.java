package dev.clientele.core.emit;

import static dev.clientele.core.support.PlainJson.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientele.core.support.CompiledClasses;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A webhook handler's view of test-specs/webhooks-and-callbacks-3.1.yaml: the bodies that arrive parse. */
class WebhooksTest {

  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    classes = CompiledClasses.ofTestSpec("webhooks-and-callbacks-3.1.yaml");
  }

  @DisplayName("a webhook or callback body parses into its generated model and writes back unchanged")
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "OrderShippedWebhookRequest | {\"orderId\": \"o1\", \"shippedAt\": \"2026-11-26T08:30:00+01:00\", \"carrier\": {\"name\": \"DHL\"}}",
      "CreateSubscriptionOnEventCallbackRequest | {\"subscriptionId\": \"s1\", \"event\": \"order.paid\", \"payload\": {\"orderId\": \"o1\", \"total\": 12.5}}",
      "CreateSubscriptionOnCancelCallbackRequest | {\"reason\": \"user asked\"}",
      "Refund | {\"orderId\": \"o1\", \"amount\": 3.0}",
  })
  void bodiesParse(String model, String json) throws Exception {
    Object parsed = MAPPER.readValue(json, classes.load("com.example.model." + model));

    assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(parsed)));
    if (model.equals("OrderShippedWebhookRequest")) {
      assertEquals(OffsetDateTime.parse("2026-11-26T08:30:00+01:00"), parsed.getClass().getMethod("shippedAt").invoke(parsed));
    }
  }
}
