package dev.clientele.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.model.EnumSchema;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Property;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.TypeRef.ScalarKind;
import dev.clientele.core.model.UnionSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types as real specs state them: 3.1 type arrays in 2.0 and 3.0 documents, enums without a type. */
class DeclaredTypesTest {

  @TempDir Path dir;

  private ParsedSpec read(String yaml) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml);
    return SpecReader.read(spec, SpecReader.Options.defaults());
  }

  private static Property property(ParsedSpec spec, String schema, String name) {
    ObjectSchema object = assertInstanceOf(ObjectSchema.class, spec.model().schema(schema).orElseThrow());
    return object.properties().stream().filter(p -> p.wireName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("3.0: type [string, 'null'] is a nullable string, with a warning at its pointer")
  void openApi30NullableString() throws Exception {
    ParsedSpec spec = read("""
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Site:
              type: object
              properties:
                name: {type: [string, 'null']}
                tags: {type: array, items: {type: [string, 'null']}}
              example: {type: [not, a, schema]}
        """);

    Property name = property(spec, "Site", "name");
    assertEquals(TypeRef.scalar(ScalarKind.STRING), name.type());
    assertTrue(name.nullable());
    assertEquals(new TypeRef.ArrayOf(TypeRef.scalar(ScalarKind.STRING)), property(spec, "Site", "tags").type());
    List<String> warnings = spec.warnings().stream()
        .filter(d -> d.code().equals("type-array")).map(Diagnostic::location).toList();
    assertEquals(List.of(
        "#/components/schemas/Site/properties/name/type",
        "#/components/schemas/Site/properties/tags/items/type"), warnings, "the example is data, left alone");
  }

  @Test
  @DisplayName("Swagger 2.0: type [integer, 'null'] keeps its format and becomes nullable")
  void swagger2NullableInteger() throws Exception {
    ParsedSpec spec = read("""
        swagger: "2.0"
        info: {title: T, version: "1"}
        paths: {}
        definitions:
          Build:
            type: object
            properties:
              count: {type: [integer, 'null'], format: int64}
        """);

    Property count = property(spec, "Build", "count");
    assertEquals(TypeRef.scalar(ScalarKind.INT64), count.type());
    assertTrue(count.nullable());
  }

  @Test
  @DisplayName("3.0: several types become a union with one alternative per type, each with its own keywords")
  void openApi30SeveralTypes() throws Exception {
    ParsedSpec spec = read("""
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Setting:
              type: object
              properties:
                value: {type: [string, integer, 'null'], format: int32}
        """);

    Property value = property(spec, "Setting", "value");
    assertTrue(value.nullable());
    TypeRef.Named union = assertInstanceOf(TypeRef.Named.class, value.type());
    UnionSchema schema = assertInstanceOf(UnionSchema.class, spec.model().schema(union.name()).orElseThrow());
    assertEquals(List.of(TypeRef.scalar(ScalarKind.STRING), TypeRef.scalar(ScalarKind.INT32)),
        schema.valueVariants().stream().map(UnionSchema.ValueVariant::type).toList());
  }

  @Test
  @DisplayName("Swagger 2.0: several types (Docker's Cmd: [array, string]) are any value, not an array or a map")
  void swagger2SeveralTypes() throws Exception {
    ParsedSpec spec = read("""
        swagger: "2.0"
        info: {title: T, version: "1"}
        paths: {}
        definitions:
          Config:
            type: object
            properties:
              Cmd: {type: [array, string], items: {type: string}}
        """);

    assertEquals(TypeRef.any(), property(spec, "Config", "Cmd").type());
  }

  @Test
  @DisplayName("an enum without a type takes the type its values share (Docker's Propagation): an open enum, not a map")
  void enumWithoutType() throws Exception {
    ParsedSpec spec = read("""
        swagger: "2.0"
        info: {title: T, version: "1"}
        paths: {}
        definitions:
          Mount:
            type: object
            properties:
              BindOptions:
                type: object
                properties:
                  Propagation: {enum: [private, rprivate, shared]}
                  Mixed: {enum: [private, 1]}
        """);

    TypeRef.Named options = assertInstanceOf(TypeRef.Named.class, property(spec, "Mount", "BindOptions").type());
    ObjectSchema bindOptions = assertInstanceOf(ObjectSchema.class,
        spec.model().schema(options.name()).orElseThrow());
    TypeRef.Named propagation = assertInstanceOf(TypeRef.Named.class, bindOptions.properties().get(0).type());
    assertInstanceOf(EnumSchema.class, spec.model().schema(propagation.name()).orElseThrow());
    assertTrue(spec.warnings().stream().noneMatch(d -> d.location().contains("Propagation")));
  }

  @Test
  @DisplayName("items beside type: object is ignored with a warning (DigitalOcean's service_key): an object, not a list")
  void itemsOnAnObject() throws Exception {
    ParsedSpec spec = read("""
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Key: {type: object, properties: {value: {type: string}}}
            Attachment:
              type: object
              properties:
                service_key:
                  type: object
                  items: {$ref: '#/components/schemas/Key'}
        """);

    assertEquals(new TypeRef.MapOf(TypeRef.any()), property(spec, "Attachment", "service_key").type());
    assertEquals(List.of("#/components/schemas/Attachment/properties/service_key/items"), spec.warnings().stream()
        .filter(d -> d.code().equals("items-on-object")).map(Diagnostic::location).toList());
  }

  @Test
  @DisplayName("an enum of strings that says type: number (Square's adjustment_type) is a string enum, with a warning")
  void numberEnumOfStrings() throws Exception {
    ParsedSpec spec = read("""
        swagger: "2.0"
        info: {title: T, version: "1"}
        paths: {}
        definitions:
          AdjustInventoryRequest:
            type: object
            properties:
              adjustment_type: {type: number, enum: [SALE, RECEIVE_STOCK, MANUAL_ADJUST]}
        """);

    TypeRef.Named type = assertInstanceOf(TypeRef.Named.class, property(spec, "AdjustInventoryRequest", "adjustment_type").type());
    EnumSchema values = assertInstanceOf(EnumSchema.class, spec.model().schema(type.name()).orElseThrow());
    assertEquals(3, values.values().size());
    assertEquals(List.of("#/definitions/AdjustInventoryRequest/properties/adjustment_type/type"), spec.warnings().stream()
        .filter(d -> d.code().equals("enum-type")).map(Diagnostic::location).toList());
  }
}
