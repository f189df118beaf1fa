package dev.clientele.core.emit;

import static dev.clientele.core.support.PlainJson.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.core.support.CompiledClasses;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allOf hierarchy and discriminated oneOf of test-specs/pets-polymorphism-3.0.yaml, run. */
class PolymorphismTest {

  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    classes = CompiledClasses.ofTestSpec("pets-polymorphism-3.0.yaml");
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
  @DisplayName("a required read-only property is not needed to build an object, and is not sent")
  void readOnlyIsTheServers() throws Exception {
    Class<?> cat = classes.load("com.example.model.Cat");
    Class<?> skill = classes.load("com.example.model.Cat$HuntingSkill");
    Object builder = cat.getMethod("builder").invoke(null);
    builder.getClass().getMethod("name", String.class).invoke(builder, "Tom");
    builder.getClass().getMethod("huntingSkill", skill).invoke(builder, skill.getMethod("of", String.class).invoke(null, "lazy"));

    Object built = builder.getClass().getMethod("build").invoke(builder);

    assertEquals(MAPPER.readTree("{\"name\": \"Tom\", \"petType\": \"Cat\", \"huntingSkill\": \"lazy\"}"),
        MAPPER.readTree(MAPPER.writeValueAsString(built)));
    Object parsed = MAPPER.readValue("{\"id\": 7, \"name\": \"Tom\", \"petType\": \"Cat\", \"huntingSkill\": \"lazy\"}", cat);
    assertEquals(7L, cat.getMethod("id").invoke(parsed));
  }

  @Test
  @DisplayName("a builder sends only what the caller set: the spec's defaults are the server's to apply")
  void builderLeavesDefaultsToTheServer() throws Exception {
    Class<?> person = classes.load("com.example.model.Person");
    Object builder = person.getMethod("builder").invoke(null);
    builder.getClass().getMethod("name", String.class).invoke(builder, "Ann");

    Object built = builder.getClass().getMethod("build").invoke(builder);

    assertEquals(MAPPER.readTree("{\"name\": \"Ann\"}"), MAPPER.readTree(MAPPER.writeValueAsString(built)));
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

  @DisplayName("a oneOf/anyOf of strings, numbers, booleans, arrays, maps and objects picks by JSON kind")
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\": 42}                                    | Identifier$LongValue",
      "{\"id\": \"cus_42\"}                              | Identifier$StringValue",
      "{\"when\": \"2026-11-20T09:03:12.512-05:00\"}     | Tagging$When$OffsetDateTimeValue",
      "{\"when\": false}                               | Tagging$When$BooleanValue",
      "{\"labels\": [\"a\", \"b\"]}                      | Tagging$Labels$StringListValue",
      "{\"labels\": {\"kind\": \"circle\", \"radius\": 1.5}} | Circle",
      "{\"labels\": {\"team\": \"core\"}}                | Tagging$Labels$StringMapValue",
      "{\"labels\": 2.5}                               | Tagging$Labels$DoubleValue",
      "{\"labels\": 3}                                 | Tagging$Labels$DoubleValue",
      "{\"labels\": true}                              | Tagging$Labels$Unknown",
  })
  void unionsOfValues(String json, String expectedClass) throws Exception {
    Class<?> tagging = classes.load("com.example.model.Tagging");

    Object parsed = MAPPER.readValue(json, tagging);

    Object value = null;
    for (java.lang.reflect.RecordComponent component : tagging.getRecordComponents()) {
      Object candidate = component.getAccessor().invoke(parsed);
      if (candidate != null && !(candidate instanceof Map<?, ?> extra && extra.isEmpty())) {
        value = candidate;
      }
    }
    assertEquals("com.example.model." + expectedClass, value.getClass().getName());
    assertEquals(MAPPER.readTree(json).toString().replace("3}", "3.0}"), MAPPER.writeValueAsString(parsed));
  }
}
