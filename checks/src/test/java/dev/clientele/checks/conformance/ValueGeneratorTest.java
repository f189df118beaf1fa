package dev.clientele.checks.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.clientele.checks.RawSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ValueGeneratorTest {

  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Values, version: "1"}
      paths: {}
      components:
        schemas:
          Order:
            type: object
            required: [id, code, quantity, price, status, tags, placed, sku, note, discount]
            properties:
              id: {type: string, format: uuid, readOnly: true}
              code: {type: string, pattern: "^ORD-[0-9]{6}$"}
              quantity: {type: integer, minimum: 10, maximum: 20}
              price: {type: number, exclusiveMinimum: true, minimum: 0, multipleOf: 0.25}
              status: {type: string, enum: [placed, shipped]}
              tags: {type: array, minItems: 3, uniqueItems: true, items: {type: string, minLength: 4}}
              placed: {type: string, format: date-time}
              sku: {type: string, pattern: "^(?=x)x$", example: "x"}
              note: {type: string, maxLength: 3}
              discount: {type: integer, maximum: -5}
              comment: {type: string, example: "leave at the door"}
          Shape:
            oneOf:
              - $ref: "#/components/schemas/Circle"
              - $ref: "#/components/schemas/Square"
            discriminator:
              propertyName: kind
              mapping:
                round: "#/components/schemas/Circle"
                square: "#/components/schemas/Square"
          Circle:
            type: object
            required: [kind, radius]
            properties:
              kind: {type: string}
              radius: {type: integer, minimum: 1}
          Square:
            type: object
            required: [kind, side]
            properties:
              kind: {type: string}
              side: {type: integer}
          Named:
            allOf:
              - $ref: "#/components/schemas/Circle"
              - type: object
                required: [name]
                properties:
                  name: {type: string, minLength: 2, maxLength: 2}
      """;

  private final RawSpec spec = read(SPEC);
  private final ValueGenerator values = new ValueGenerator(spec);

  @Test
  @DisplayName("an object gets each required property within its pattern, length, range, multiple, enum and item bounds, and no readOnly one")
  void honoursConstraints() {
    // Given an order whose properties carry constraints
    // When a value is generated for it
    JsonNode order = values.value(ref("Order"));

    // Then every constraint holds
    assertFalse(order.has("id"), "readOnly: a request must not send it");
    assertTrue(Pattern.matches("^ORD-[0-9]{6}$", order.get("code").asText()), order.toString());
    assertTrue(order.get("quantity").isIntegralNumber());
    int quantity = order.get("quantity").asInt();
    assertTrue(quantity >= 10 && quantity <= 20, order.toString());
    BigDecimal price = order.get("price").decimalValue();
    assertTrue(price.signum() > 0, "exclusive minimum 0: " + price);
    assertEquals(0, price.remainder(new BigDecimal("0.25")).signum(), "a multiple of 0.25: " + price);
    assertEquals("placed", order.get("status").asText());
    assertEquals(3, order.get("tags").size(), "minItems");
    assertEquals(3, distinct(order.get("tags")), "unique items: " + order.get("tags"));
    order.get("tags").forEach(tag -> assertTrue(tag.asText().length() >= 4, tag.toString()));
    assertTrue(order.get("placed").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    assertEquals("x", order.get("sku").asText(), "a lookahead is beyond the generator: the spec's example");
    assertTrue(order.get("note").asText().length() <= 3, order.toString());
    assertTrue(order.get("discount").asInt() <= -5, order.toString());
    assertEquals("leave at the door", order.get("comment").asText(), "an optional property near the top, from its example");
  }

  @Test
  @DisplayName("a oneOf with a discriminator mapping takes its first variant and the mapping's value that names it")
  void discriminator() {
    JsonNode shape = values.value(ref("Shape"));

    assertEquals("round", shape.get("kind").asText(), shape.toString());
    assertTrue(shape.get("radius").asInt() >= 1);
    assertFalse(shape.has("side"));
  }

  @Test
  @DisplayName("allOf parts are merged: the required properties of each are there")
  void allOf() {
    JsonNode named = values.value(ref("Named"));

    assertTrue(named.has("radius") && named.has("kind"), named.toString());
    assertEquals(2, named.get("name").asText().length(), named.toString());
  }

  private static int distinct(JsonNode array) {
    Set<String> seen = new HashSet<>();
    array.forEach(item -> seen.add(item.asText()));
    return seen.size();
  }

  private static JsonNode ref(String name) {
    return new ObjectMapper().createObjectNode().put("$ref", "#/components/schemas/" + name);
  }

  private static RawSpec read(String yaml) {
    try {
      return new RawSpec(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
