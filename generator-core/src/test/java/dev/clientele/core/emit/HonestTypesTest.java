package dev.clientele.core.emit;

import static dev.clientele.core.support.PlainJson.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A record component typed non-null never returns null: parsing stays lenient, and the accessor of
 * a required property the server did not send throws, naming it.
 */
class HonestTypesTest {

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Leads, version: '1'}
      paths: {}
      components:
        schemas:
          Lead:
            type: object
            required: [id, contact_ids, status, created_by]
            properties:
              id: {type: string, readOnly: true}
              contact_ids: {type: array, items: {type: string}}
              status:
                type: object
                required: [label]
                properties:
                  label: {type: string}
              created_by: {type: [string, 'null']}
              name: {type: string}
      """;

  private static Class<?> lead;
  private static Class<?> status;

  @BeforeAll
  static void compile() {
    CompiledClasses classes = new CompiledClasses(Generated.compile(Generated.sources(SPEC, "com.example")));
    lead = classes.load("com.example.model.Lead");
    status = classes.load("com.example.model.Lead$Status");
  }

  @Test
  @DisplayName("the accessor of a required property the server left out throws, naming the JSON property and the type; the rest stays usable")
  void missingRequiredPropertyThrowsOnAccess() throws Exception {
    // Given a lead without its required contact_ids
    Object parsed = MAPPER.readValue("{\"id\": \"lead_1\", \"status\": {\"label\": \"Hot\"}, \"created_by\": null, \"name\": \"Bakery\"}", lead);

    // When contact_ids is read
    InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () -> lead.getMethod("contactIds").invoke(parsed));

    // Then it throws, saying what is missing where and why; the other properties read as sent
    assertEquals(IllegalStateException.class, thrown.getCause().getClass());
    assertEquals("Lead.contact_ids is missing: the server did not send it, though the spec requires it", thrown.getCause().getMessage());
    assertEquals("Bakery", lead.getMethod("name").invoke(parsed));
    assertEquals("lead_1", lead.getMethod("id").invoke(parsed));
    assertNull(lead.getMethod("createdBy").invoke(parsed));
    assertEquals("Hot", status.getMethod("label").invoke(lead.getMethod("status").invoke(parsed)));
  }

  @Test
  @DisplayName("an object missing a required property is written back as it was read: nothing thrown, no property invented")
  void missingRequiredPropertyIsWrittenBackLosslessly() throws Exception {
    // Given a lead without contact_ids, whose nested status lacks its label
    String json = "{\"id\":\"lead_1\",\"status\":{},\"created_by\":null,\"name\":\"Bakery\"}";
    Object parsed = MAPPER.readValue(json, lead);

    // When it is written back, and copied through its builder
    String written = MAPPER.writeValueAsString(parsed);
    Object copy = invoke(invoke(parsed, "toBuilder"), "name", "Bakery & Co");

    // Then the JSON is the same, and the copy keeps what was there
    assertEquals(MAPPER.readTree(json), MAPPER.readTree(written));
    assertEquals(copy.getClass().getEnclosingClass(), lead);
  }

  @Test
  @DisplayName("a required property that is set is written as before, and a read-only one is not required to build")
  void builtObjectsWriteEveryRequiredProperty() throws Exception {
    // Given a lead built with its required properties, without the read-only id
    Object builder = invoke(invoke(null, "builder"), "contactIds", List.of("cont_1"));
    builder = invoke(builder, "status", invoke(invoke(status.getMethod("builder").invoke(null), "label", "Hot"), "build"));
    builder = invoke(builder, "createdBy", (Object) null);

    // When it is built and written
    Object built = invoke(builder, "build");

    // Then the required nullable property is written as null, the unset read-only one left out
    assertEquals(MAPPER.readTree("{\"contact_ids\":[\"cont_1\"],\"status\":{\"label\":\"Hot\"},\"created_by\":null}"),
        MAPPER.valueToTree(built));
    assertNull(lead.getMethod("id").invoke(built));
  }

  private static Object invoke(Object target, String name, Object... arguments) throws Exception {
    Class<?> type = target == null ? lead : target.getClass();
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        return method.invoke(target, arguments);
      }
    }
    throw new AssertionError("no method " + name + " on " + type);
  }
}
