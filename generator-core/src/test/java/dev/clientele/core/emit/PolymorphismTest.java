package dev.clientele.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import dev.clientele.core.support.Specs;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The allOf hierarchy and discriminated oneOf of test-specs/pets-polymorphism-3.0.yaml, run. */
class PolymorphismTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    classes = new CompiledClasses(
        Generated.compile(Generated.sources(Specs.named("pets-polymorphism-3.0.yaml"), "com.example")));
  }

  @Test
  @DisplayName("the discriminator picks the kind of pet; an unknown kind is still a Pet with its shared properties")
  void hierarchyByDiscriminator() throws Exception {
    String json = """
        [{"petType": "Cat", "id": 1, "name": "Tom", "huntingSkill": "lazy"},
         {"petType": "Dog", "id": 2, "name": "Rex", "packSize": 3, "birthday": "2020-02-29"},
         {"petType": "Parrot", "id": 3, "name": "Polly", "wings": 2}]""";
    Class<?> pet = classes.load("com.example.model.Pet");

    Object pets = MAPPER.readValue(json, pet.arrayType());

    assertEquals("com.example.model.Cat", Array.get(pets, 0).getClass().getName());
    assertEquals("com.example.model.Dog", Array.get(pets, 1).getClass().getName());
    Object parrot = Array.get(pets, 2);
    assertEquals("com.example.model.Pet$Unknown", parrot.getClass().getName());
    assertEquals("Polly", pet.getMethod("name").invoke(parrot));
    assertEquals(Map.of("wings", 2), parrot.getClass().getMethod("additionalProperties").invoke(parrot));
    assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(pets)));
  }

  @Test
  @DisplayName("a variant built in code already carries its discriminator value")
  void builderPresetsDiscriminator() throws Exception {
    Class<?> circle = classes.load("com.example.model.Circle");
    Object builder = circle.getMethod("builder").invoke(null);
    builder.getClass().getMethod("radius", Double.class).invoke(builder, 2.5);

    Object built = builder.getClass().getMethod("build").invoke(builder);

    JsonNode json = MAPPER.valueToTree(built);
    assertEquals("circle", json.get("kind").asText());
    Object shape = MAPPER.treeToValue(json, classes.load("com.example.model.Shape"));
    assertEquals(built, shape);
  }

  @Test
  @DisplayName("a recursive schema parses to any depth")
  void recursiveCategory() throws Exception {
    String json = """
        {"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]}],
         "owner": {"name": "Ann", "favouriteCategory": {"name": "a1"}}}""";
    Class<?> category = classes.load("com.example.model.Category");

    Object root = MAPPER.readValue(json, category);

    Method children = category.getMethod("children");
    Object a = ((java.util.List<?>) children.invoke(root)).get(0);
    Object a1 = ((java.util.List<?>) children.invoke(a)).get(0);
    assertEquals("a1", category.getMethod("name").invoke(a1));
    assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(root)));
  }
}
