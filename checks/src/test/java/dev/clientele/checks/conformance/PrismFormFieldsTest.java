package dev.clientele.checks.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When Prism's "must be array" about a form body is Prism's reading, not the client's sending. */
class PrismFormFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @DisplayName("a list field of a form body that Prism says must be an array: Prism's reading")
  void formList() throws Exception {
    JsonNode built = JSON.readTree("{\"To\": \"x\", \"StatusCallbackEvent\": [\"initiated\"], \"Meta\": {\"a\": 1}}");

    assertTrue(SpecConformance.readsFormFieldsAsStrings(
        "body.StatusCallbackEvent: Request body property StatusCallbackEvent must be array",
        "application/x-www-form-urlencoded", built));
    assertTrue(SpecConformance.readsFormFieldsAsStrings(
        "body.StatusCallbackEvent: Request body property StatusCallbackEvent must be array; "
            + "body.Meta: Request body property Meta must be object",
        "multipart/form-data; boundary=b", built));
    assertTrue(SpecConformance.readsFormFieldsAsStrings(
        "request.body.<any part name>: Request body property <any part name> must be array; "
            + "request.body.Meta: Request body property Meta must be object",
        "multipart/form-data; boundary=b", built));
  }

  @Test
  @DisplayName("anything else stays the client's fault: a scalar field, another violation, a JSON body")
  void otherwise() throws Exception {
    JsonNode built = JSON.readTree("{\"To\": \"x\", \"StatusCallbackEvent\": [\"initiated\"]}");

    assertFalse(SpecConformance.readsFormFieldsAsStrings(
        "body.To: Request body property To must be array", "application/x-www-form-urlencoded", built));
    assertFalse(SpecConformance.readsFormFieldsAsStrings(
        "body.StatusCallbackEvent: Request body property StatusCallbackEvent must be array; "
            + "body: Request body must have required property 'From'",
        "application/x-www-form-urlencoded", built));
    assertFalse(SpecConformance.readsFormFieldsAsStrings(
        "body.StatusCallbackEvent: Request body property StatusCallbackEvent must be array", "application/json", built));
  }
}
