package dev.clientele.core.properties;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.core.properties.Shapes.ArrayOf;
import dev.clientele.core.properties.Shapes.Component;
import dev.clientele.core.properties.Shapes.Enum;
import dev.clientele.core.properties.Shapes.MapOf;
import dev.clientele.core.properties.Shapes.ObjectComponent;
import dev.clientele.core.properties.Shapes.ObjectOf;
import dev.clientele.core.properties.Shapes.Prop;
import dev.clientele.core.properties.Shapes.Ref;
import dev.clientele.core.properties.Shapes.Scalar;
import dev.clientele.core.properties.Shapes.Shape;
import dev.clientele.core.properties.Shapes.Spec;
import dev.clientele.core.properties.Shapes.UnionComponent;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Turns a random {@link Spec} into an OpenAPI 3.1 document, and makes JSON instances valid for its
 * components. Unions are settled first: a union takes the object components after it as variants
 * (it needs two), and each variant gets the property that tells it apart — the discriminator, or a
 * required property of its own.
 */
final class RandomSpecs {

  static final String DISCRIMINATOR = "@kind";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** A component as written: objects with every property they end up with, unions with their variants. */
  record Settled(String name, List<Prop> properties, List<String> variants, boolean discriminated) {
    boolean isUnion() {
      return !variants.isEmpty();
    }
  }

  private final List<Settled> components = new ArrayList<>();
  private final Map<String, Settled> byName = new LinkedHashMap<>();

  RandomSpecs(Spec spec) {
    List<Component> all = spec.components();
    Map<String, List<Prop>> extra = new LinkedHashMap<>();
    List<List<String>> variantsOf = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      List<String> variants = new ArrayList<>();
      if (all.get(i) instanceof UnionComponent union) {
        for (int j = i + 1; j < all.size() && variants.size() < union.variants(); j++) {
          if (all.get(j) instanceof ObjectComponent object) {
            variants.add(object.name());
          }
        }
        if (variants.size() < 2) {
          variants.clear();
        }
        for (String variant : variants) {
          Prop marker = union.discriminated()
              ? new Prop(DISCRIMINATOR, new Scalar("string", "", false), true)
              : new Prop("only " + variant, new Scalar("boolean", "", false), true);
          List<Prop> props = extra.computeIfAbsent(variant, key -> new ArrayList<>());
          if (props.stream().noneMatch(p -> p.name().equals(marker.name()))) {
            props.add(marker);
          }
        }
      }
      variantsOf.add(variants);
    }
    for (int i = 0; i < all.size(); i++) {
      Component component = all.get(i);
      Settled settled;
      if (!variantsOf.get(i).isEmpty()) {
        settled = new Settled(component.name(), List.of(), variantsOf.get(i), ((UnionComponent) component).discriminated());
      } else {
        List<Prop> props = new ArrayList<>(component instanceof ObjectComponent object ? object.properties()
            : List.of(new Prop("u", new Scalar("string", "", false), false)));
        for (Prop marker : extra.getOrDefault(component.name(), List.of())) {
          props.removeIf(p -> p.name().equals(marker.name()));
          props.add(marker);
        }
        settled = new Settled(component.name(), props, List.of(), false);
      }
      components.add(settled);
      byName.put(settled.name(), settled);
    }
  }

  List<Settled> components() {
    return components;
  }

  /** The OpenAPI document, as JSON text with every non-ASCII character escaped. */
  String document(ObjectMapper mapper) throws Exception {
    ObjectNode root = JSON.objectNode();
    root.put("openapi", "3.1.0");
    root.putObject("info").put("title", "Random").put("version", "1");
    root.putObject("paths");
    ObjectNode schemas = root.putObject("components").putObject("schemas");
    for (int i = 0; i < components.size(); i++) {
      Settled component = components.get(i);
      if (component.isUnion()) {
        ObjectNode union = schemas.putObject(component.name());
        ArrayNode oneOf = union.putArray("oneOf");
        component.variants().forEach(variant -> oneOf.addObject().put("$ref", ref(variant)));
        if (component.discriminated()) {
          union.putObject("discriminator").put("propertyName", DISCRIMINATOR);
        }
      } else {
        schemas.set(component.name(), object(component.properties(), i));
      }
    }
    return mapper.writer().with(JsonGenerator.Feature.ESCAPE_NON_ASCII).withDefaultPrettyPrinter().writeValueAsString(root);
  }

  private ObjectNode object(List<Prop> properties, int index) {
    ObjectNode object = JSON.objectNode().put("type", "object");
    ObjectNode props = object.putObject("properties");
    ArrayNode required = JSON.arrayNode();
    for (Prop prop : properties) {
      JsonNode schema = schema(prop.shape(), index);
      if (schema instanceof ObjectNode documented && !documented.has("$ref")) {
        // Spec text that reaches Javadoc and string constants: the (random) name itself.
        documented.put("description", "The " + prop.name() + " property. */ \\u002a/ @see {@code x}");
        if (prop.shape() instanceof Scalar scalar && scalar.type().equals("string") && scalar.format().isEmpty()) {
          documented.put("default", prop.name());
        } else if (prop.shape() instanceof Enum values) {
          documented.put("default", values.values().get(values.values().size() - 1));
        }
      }
      props.set(prop.name(), schema);
      if (prop.required()) {
        required.add(prop.name());
      }
    }
    if (!required.isEmpty()) {
      object.set("required", required);
    }
    return object;
  }

  private JsonNode schema(Shape shape, int index) {
    if (shape instanceof Scalar scalar) {
      ObjectNode node = JSON.objectNode();
      if (scalar.nullable()) {
        node.putArray("type").add(scalar.type()).add("null");
      } else {
        node.put("type", scalar.type());
      }
      if (!scalar.format().isEmpty()) {
        node.put("format", scalar.format());
      }
      return node;
    }
    if (shape instanceof Enum values) {
      ObjectNode node = JSON.objectNode().put("type", "string");
      ArrayNode listed = node.putArray("enum");
      values.values().forEach(listed::add);
      return node;
    }
    if (shape instanceof ArrayOf array) {
      ObjectNode node = JSON.objectNode().put("type", "array");
      node.set("items", schema(array.items(), index));
      return node;
    }
    if (shape instanceof MapOf map) {
      ObjectNode node = JSON.objectNode().put("type", "object");
      node.set("additionalProperties", schema(map.values(), index));
      return node;
    }
    if (shape instanceof ObjectOf object) {
      return object(object.properties(), index);
    }
    Ref reference = (Ref) shape;
    Settled target = target(reference, index);
    if (target == null) {
      return JSON.objectNode().put("type", "string");
    }
    if (!reference.nullable()) {
      return JSON.objectNode().put("$ref", ref(target.name()));
    }
    ObjectNode node = JSON.objectNode();
    ArrayNode oneOf = node.putArray("oneOf");
    oneOf.addObject().put("$ref", ref(target.name()));
    oneOf.addObject().put("type", "null");
    return node;
  }

  /** The component a reference from component {@code index} points to; null when none follows it. */
  private Settled target(Ref ref, int index) {
    int following = components.size() - index - 1;
    return following <= 0 ? null : components.get(index + 1 + ref.offset() % following);
  }

  private static String ref(String name) {
    return "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** A JSON instance valid for the component at {@code index}. */
  JsonNode instance(int index, Random random) {
    Settled component = components.get(index);
    if (component.isUnion()) {
      String variant = component.variants().get(random.nextInt(component.variants().size()));
      int variantIndex = components.indexOf(byName.get(variant));
      ObjectNode value = (ObjectNode) instance(variantIndex, random);
      if (component.discriminated()) {
        value.put(DISCRIMINATOR, variant);
      }
      return value;
    }
    return object(component.properties(), index, random);
  }

  private ObjectNode object(List<Prop> properties, int index, Random random) {
    ObjectNode object = JSON.objectNode();
    for (Prop prop : properties) {
      if (prop.required() || random.nextInt(10) < 6) {
        JsonNode value = value(prop.shape(), index, random, prop.required());
        if (value != null) {
          object.set(prop.name(), value);
        }
      }
    }
    return object;
  }

  private JsonNode value(Shape shape, int index, Random random, boolean required) {
    if (shape instanceof Scalar scalar) {
      if (scalar.nullable() && required && random.nextInt(4) == 0) {
        return JSON.nullNode();
      }
      return scalar(scalar, random);
    }
    if (shape instanceof Enum values) {
      return random.nextInt(5) == 0
          ? JSON.textNode("unlisted ✓ " + random.nextInt(100))
          : JSON.textNode(values.values().get(random.nextInt(values.values().size())));
    }
    if (shape instanceof ArrayOf array) {
      ArrayNode node = JSON.arrayNode();
      for (int i = random.nextInt(3); i > 0; i--) {
        JsonNode item = value(array.items(), index, random, true);
        node.add(item);
      }
      return node;
    }
    if (shape instanceof MapOf map) {
      ObjectNode node = JSON.objectNode();
      for (int i = random.nextInt(3); i > 0; i--) {
        node.set("key " + random.nextInt(1000) + " ✓", value(map.values(), index, random, true));
      }
      return node;
    }
    if (shape instanceof ObjectOf object) {
      return object(object.properties(), index, random);
    }
    Ref reference = (Ref) shape;
    Settled target = target(reference, index);
    if (target != null && reference.nullable() && required && random.nextInt(4) == 0) {
      return JSON.nullNode();
    }
    return target == null ? JSON.textNode("text") : instance(components.indexOf(target), random);
  }

  private static JsonNode scalar(Scalar scalar, Random random) {
    return switch (scalar.type() + "/" + scalar.format()) {
      case "string/date-time" -> JSON.textNode(
          String.format("20%02d-0%d-1%dT0%d:%d5:0%dZ", random.nextInt(100), 1 + random.nextInt(9), random.nextInt(10),
              random.nextInt(10), random.nextInt(6), random.nextInt(10)));
      case "string/date" -> JSON.textNode(String.format("20%02d-1%d-2%d", random.nextInt(100), random.nextInt(3), random.nextInt(9)));
      case "string/uuid" -> JSON.textNode(new UUID(random.nextLong(), random.nextLong()).toString());
      case "string/uri" -> JSON.textNode("https://example.com/things/" + random.nextInt(1000) + "?q=%C3%A9");
      case "string/byte" -> {
        byte[] bytes = new byte[random.nextInt(8)];
        random.nextBytes(bytes);
        yield JSON.textNode(Base64.getEncoder().encodeToString(bytes));
      }
      case "integer/" , "integer/int32" -> JSON.numberNode(random.nextInt());
      case "integer/int64" -> JSON.numberNode(random.nextLong());
      case "number/", "number/double" -> JSON.numberNode(random.nextInt(100_000) / 4.0 + 0.25);
      case "boolean/" -> JSON.booleanNode(random.nextBoolean());
      default -> JSON.textNode("text ✓ \u2028 */ " + random.nextInt(1000));
    };
  }
}
