package dev.clientele.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.model.Diagnostic.Severity;
import dev.clientele.core.model.EnumSchema;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.Property;
import dev.clientele.core.model.RequestBody;
import dev.clientele.core.model.Response;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.TypeRef.ScalarKind;
import dev.clientele.core.model.UnionSchema;
import dev.clientele.core.model.UnionSchema.Discriminator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link SpecReader} makes of small specs: each test parses an inline YAML document and
 * asserts on the model records, never on generated Java.
 */
class SpecReaderTest {

  private static final String OPENAPI_31_HEADER = """
      openapi: 3.1.0
      info:
        title: Test
        version: "1"
      paths: {}
      """;

  private static final String OPENAPI_30_HEADER = """
      openapi: 3.0.3
      info:
        title: Test
        version: "1"
      paths: {}
      """;

  @TempDir Path dir;

  // ---------------------------------------------------------------------------------------------
  // Nullability
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("Nullability")
  class Nullability {

    @Test
    @DisplayName("3.0 'nullable: true' makes a property nullable without making it optional or changing its type")
    void openApi30NullableFlag() throws Exception {
      // Given a 3.0 schema with a required nullable property and an optional non-nullable one
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                required: [name]
                properties:
                  name:
                    type: string
                    nullable: true
                  email:
                    type: string
          """;

      // When it is read
      ObjectSchema lead = objectSchema(read(yaml), "Lead");

      // Then nullability and required-ness are independent, and the type is plain string
      assertEquals(
          List.of(
              property("name", TypeRef.scalar(ScalarKind.STRING), true, true),
              property("email", TypeRef.scalar(ScalarKind.STRING), false, false)),
          lead.properties());
    }

    @Test
    @DisplayName("a 3.1 type array with 'null' makes a property nullable with the non-null type")
    void openApi31TypeArray() throws Exception {
      // Given a 3.1 schema whose properties use type arrays with 'null'
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                required: [count]
                properties:
                  name:
                    type: [string, 'null']
                  count:
                    type: ['null', integer]
                    format: int32
          """;

      // When it is read
      ObjectSchema lead = objectSchema(read(yaml), "Lead");

      // Then both are nullable, only 'count' is required, and 'null' is not part of the type
      assertEquals(
          List.of(
              property("name", TypeRef.scalar(ScalarKind.STRING), false, true),
              property("count", TypeRef.scalar(ScalarKind.INT32), true, true)),
          lead.properties());
    }

    @Test
    @DisplayName("a 3.1 oneOf of a $ref and {type: 'null'} is a nullable reference, not a union")
    void openApi31OneOfRefAndNull() throws Exception {
      // Given a property that is either a Contact or null
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                required: [contact]
                properties:
                  contact:
                    oneOf:
                      - $ref: '#/components/schemas/Contact'
                      - type: 'null'
              Contact:
                type: object
                properties:
                  email:
                    type: string
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then the property names Contact, nullable and required
      assertEquals(
          List.of(property("contact", TypeRef.named("Contact"), true, true)),
          objectSchema(model, "Lead").properties());
      // And no union was registered for the oneOf: only the two components exist
      assertEquals(List.of(), model.schemas().stream().filter(s -> s instanceof UnionSchema).toList());
      assertEquals(List.of("Contact", "Lead"), sortedNames(model));
    }

    @Test
    @DisplayName("a 3.1 oneOf of two objects and {type: 'null'} is a nullable union of the two objects")
    void openApi31OneOfOfObjectsAndNull() throws Exception {
      // Given a property that is an A, a B or null
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  contact:
                    oneOf:
                      - $ref: '#/components/schemas/A'
                      - $ref: '#/components/schemas/B'
                      - type: 'null'
              A:
                type: object
                properties:
                  a: {type: string}
              B:
                type: object
                properties:
                  b: {type: string}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then the property is a nullable union named after its members (a union of $refs is shared
      // by every place that declares the same one), whose variants exclude null
      assertEquals(
          List.of(property("contact", TypeRef.named("A or B"), false, true)),
          objectSchema(model, "Lead").properties());
      assertEquals(
          new UnionSchema(
              "A or B", "", "#/components/schemas/Lead/properties/contact", false,
              List.of("A", "B"), Optional.empty(), List.of()),
          model.schema("A or B").orElseThrow());
    }

    @Test
    @DisplayName("an anyOf with a null member is nullable with the other member's type")
    void anyOfWithNullMember() throws Exception {
      // Given a property that is anyOf a date-time string or null
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  closed_at:
                    anyOf:
                      - type: string
                        format: date-time
                      - type: 'null'
          """;

      // When it is read
      ObjectSchema lead = objectSchema(read(yaml), "Lead");

      // Then it is a nullable date-time
      assertEquals(
          List.of(property("closed_at", TypeRef.scalar(ScalarKind.DATE_TIME), false, true)),
          lead.properties());
    }

    @Test
    @DisplayName("type: 'null' alone is a nullable value of any type")
    void typeNullAlone() throws Exception {
      // Given a property that can only be null
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  nothing:
                    type: 'null'
          """;

      // When it is read
      ObjectSchema lead = objectSchema(read(yaml), "Lead");

      // Then it is AnyValue and nullable
      assertEquals(List.of(property("nothing", TypeRef.any(), false, true)), lead.properties());
    }

    @Test
    @DisplayName("null among an enum's values makes the property nullable and is not an enum value")
    void enumContainingNull() throws Exception {
      // Given a 3.1 string enum that lists null (and says nothing else about null)
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  status:
                    enum: [active, null, inactive]
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then the property is a nullable reference to an enum of the non-null values
      assertEquals(
          List.of(property("status", TypeRef.named("Lead status"), false, true)),
          objectSchema(model, "Lead").properties());
      assertEquals(
          new EnumSchema(
              "Lead status", "", "#/components/schemas/Lead/properties/status", false,
              List.of("active", "inactive")),
          model.schema("Lead status").orElseThrow());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Type mapping
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("Type mapping")
  class TypeMapping {

    @Test
    @DisplayName("scalar types and formats map to their scalar kinds")
    void scalars() throws Exception {
      // Given one property per scalar type and format
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Scalars:
                type: object
                properties:
                  i32: {type: integer, format: int32}
                  i64: {type: integer, format: int64}
                  int: {type: integer}
                  big: {type: integer, minimum: 1, maximum: 9223372036854776000}
                  bigDefault: {type: integer, default: 9223372036854776000}
                  num: {type: number}
                  flt: {type: number, format: float}
                  dbl: {type: number, format: double}
                  bool: {type: boolean}
                  str: {type: string}
                  day: {type: string, format: date}
                  instant: {type: string, format: date-time}
                  id: {type: string, format: uuid}
                  link: {type: string, format: uri}
          """;

      // When it is read
      ObjectSchema scalars = objectSchema(read(yaml), "Scalars");

      // Then each maps to its kind; integer without a format is 64-bit, unless its bounds go beyond
      assertEquals(
          List.of(
              property("i32", TypeRef.scalar(ScalarKind.INT32), false, false),
              property("i64", TypeRef.scalar(ScalarKind.INT64), false, false),
              property("int", TypeRef.scalar(ScalarKind.INT64), false, false),
              property("big", TypeRef.scalar(ScalarKind.BIG_INTEGER), false, false),
              new Property("bigDefault", TypeRef.scalar(ScalarKind.BIG_INTEGER), false, false, "", false, Optional.empty(),
                  false, false, Optional.of(new java.math.BigInteger("9223372036854776000"))),
              property("num", TypeRef.scalar(ScalarKind.DOUBLE), false, false),
              property("flt", TypeRef.scalar(ScalarKind.FLOAT), false, false),
              property("dbl", TypeRef.scalar(ScalarKind.DOUBLE), false, false),
              property("bool", TypeRef.scalar(ScalarKind.BOOLEAN), false, false),
              property("str", TypeRef.scalar(ScalarKind.STRING), false, false),
              property("day", TypeRef.scalar(ScalarKind.DATE), false, false),
              property("instant", TypeRef.scalar(ScalarKind.DATE_TIME), false, false),
              property("id", TypeRef.scalar(ScalarKind.UUID), false, false),
              property("link", TypeRef.scalar(ScalarKind.URI), false, false)),
          scalars.properties());
    }

    @Test
    @DisplayName("arrays, maps, untyped and free-form schemas map to ArrayOf, MapOf and AnyValue")
    void containersAndAny() throws Exception {
      // Given arrays, an additionalProperties map, an untyped schema and free-form objects
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Containers:
                type: object
                properties:
                  tags:
                    type: array
                    items: {type: string}
                  matrix:
                    type: array
                    items:
                      type: array
                      items: {type: integer, format: int32}
                  counts:
                    type: object
                    additionalProperties: {type: integer, format: int64}
                  anything:
                    description: Any type
                  free:
                    type: object
                  alsoFree:
                    type: object
                    additionalProperties: true
          """;

      // When it is read
      ObjectSchema containers = objectSchema(read(yaml), "Containers");

      // Then each maps to the structural type
      assertEquals(
          List.of(
              property("tags", new TypeRef.ArrayOf(TypeRef.scalar(ScalarKind.STRING)), false, false),
              property(
                  "matrix",
                  new TypeRef.ArrayOf(new TypeRef.ArrayOf(TypeRef.scalar(ScalarKind.INT32))),
                  false,
                  false),
              property("counts", new TypeRef.MapOf(TypeRef.scalar(ScalarKind.INT64)), false, false),
              new Property("anything", TypeRef.any(), false, false, "Any type", false, Optional.empty()),
              property("free", new TypeRef.MapOf(TypeRef.any()), false, false),
              property("alsoFree", new TypeRef.MapOf(TypeRef.any()), false, false)),
          containers.properties());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Inline schema names
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("Inline schema names")
  class InlineNames {

    @Test
    @DisplayName("an inline object used as an array item is named '<Schema> <property> item'")
    void inlineArrayItem() throws Exception {
      // Given Lead.addresses, an array of inline objects
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  addresses:
                    type: array
                    items:
                      type: object
                      required: [city]
                      properties:
                        city: {type: string}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then the item becomes the object 'Lead addresses item', referred to by name
      assertEquals(
          List.of(property("addresses", new TypeRef.ArrayOf(TypeRef.named("Lead addresses item")), false, false)),
          objectSchema(model, "Lead").properties());
      assertEquals(
          new ObjectSchema(
              "Lead addresses item",
              "",
              "#/components/schemas/Lead/properties/addresses/items",
              false,
              List.of(property("city", TypeRef.scalar(ScalarKind.STRING), true, false)),
              TypeRef.any()),
          model.schema("Lead addresses item").orElseThrow());
    }

    @Test
    @DisplayName("an inline enum property is named '<Schema> <property>'")
    void inlineEnumProperty() throws Exception {
      // Given Lead.status, an inline string enum
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  status:
                    type: string
                    enum: [open, closed]
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then it becomes the enum 'Lead status'
      assertEquals(
          List.of(property("status", TypeRef.named("Lead status"), false, false)),
          objectSchema(model, "Lead").properties());
      assertEquals(
          new EnumSchema(
              "Lead status", "", "#/components/schemas/Lead/properties/status", false, List.of("open", "closed")),
          model.schema("Lead status").orElseThrow());
    }

    @Test
    @DisplayName("two inline schemas that would get the same name get distinct names")
    void colliding() throws Exception {
      // Given an inline item of 'addresses' and a property literally called 'addresses item',
      // both of which would be named 'Lead addresses item'
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  addresses:
                    type: array
                    items:
                      type: object
                      properties:
                        city: {type: string}
                  addresses item:
                    type: object
                    properties:
                      zip: {type: string}
          """;

      // When it is read
      ApiModel model = read(yaml);
      ObjectSchema lead = objectSchema(model, "Lead");

      // Then the two get different names and each property refers to its own schema
      assertEquals(
          List.of(
              property("addresses", new TypeRef.ArrayOf(TypeRef.named("Lead addresses item")), false, false),
              property("addresses item", TypeRef.named("Lead addresses item 2"), false, false)),
          lead.properties());
      assertEquals(
          List.of(property("city", TypeRef.scalar(ScalarKind.STRING), false, false)),
          objectSchema(model, "Lead addresses item").properties());
      assertEquals(
          List.of(property("zip", TypeRef.scalar(ScalarKind.STRING), false, false)),
          objectSchema(model, "Lead addresses item 2").properties());
    }

    @Test
    @DisplayName("an inline schema is not given the name of a component")
    void inlineDoesNotTakeComponentName() throws Exception {
      // Given a component called 'Lead status' and an inline enum Lead.status
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  status:
                    type: string
                    enum: [open, closed]
              Lead status:
                type: object
                properties:
                  label: {type: string}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then the component keeps its name and the inline enum gets another
      assertEquals(
          List.of(property("status", TypeRef.named("Lead status 2"), false, false)),
          objectSchema(model, "Lead").properties());
      assertTrue(model.schema("Lead status").orElseThrow() instanceof ObjectSchema);
      assertEquals(List.of("open", "closed"), ((EnumSchema) model.schema("Lead status 2").orElseThrow()).values());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Enums
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("Enums")
  class Enums {

    @Test
    @DisplayName("a string enum keeps its values in document order without duplicates")
    void valuesInOrderWithoutDuplicates() throws Exception {
      // Given a component enum that lists 'b' twice
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Status:
                type: string
                description: Where a lead is.
                enum: [b, a, b, c]
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then the enum has b, a, c
      assertEquals(
          new EnumSchema("Status", "Where a lead is.", "#/components/schemas/Status", false, List.of("b", "a", "c")),
          model.schema("Status").orElseThrow());
    }

    @Test
    @DisplayName("a one-value enum fixes the property's value")
    void singleValueEnumIsConst() throws Exception {
      // Given a property whose enum has one value
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                required: [_type]
                properties:
                  _type:
                    type: string
                    enum: [lead]
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then the property carries the value as its constValue
      assertEquals(
          List.of(new Property("_type", TypeRef.named("Lead _type"), true, false, "", false, Optional.of("lead"))),
          objectSchema(model, "Lead").properties());
    }
    @Test
    @DisplayName("an integer enum keeps its values as JSON text, int-sized or long-sized")
    void integerEnums() throws Exception {
      // Given an int32 enum with a negative value and an int64 enum beyond int range
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Code:
                type: integer
                enum: [200, -1, 200, null]
              Big:
                type: integer
                format: int64
                enum: [1, 9007199254740993]
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then both are enums of their integer kind, without duplicates and nulls
      assertEquals(
          new EnumSchema("Code", "", "#/components/schemas/Code", false, ScalarKind.INT32, List.of("200", "-1"), List.of()),
          model.schema("Code").orElseThrow());
      assertEquals(
          new EnumSchema("Big", "", "#/components/schemas/Big", false, ScalarKind.INT64, List.of("1", "9007199254740993"), List.of()),
          model.schema("Big").orElseThrow());
    }

    @Test
    @DisplayName("x-enum-varnames suggests constant names, one per value; a list that does not line up is ignored")
    void suggestedConstantNames() throws Exception {
      // Given one enum with matching x-enum-varnames and one whose x-enumNames is one short
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Priority:
                type: integer
                enum: [1, 2, 3]
                x-enum-varnames: [LOW, NORMAL, HIGH]
              Size:
                type: string
                enum: [s, m, l]
                x-enumNames: [Small, Medium]
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then the names are kept for Priority only
      assertEquals(List.of("LOW", "NORMAL", "HIGH"), ((EnumSchema) model.schema("Priority").orElseThrow()).constantNames());
      assertEquals(List.of(), ((EnumSchema) model.schema("Size").orElseThrow()).constantNames());
    }

    @Test
    @DisplayName("an enum of mixed or fractional values stays its plain type")
    void enumsJavaConstantsCannotStandFor() throws Exception {
      // Given an enum of numbers with fractions and an enum of a string and an integer
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Holder:
                type: object
                properties:
                  ratio: {type: number, enum: [0.5, 1.5]}
                  mixed: {enum: [a, 1]}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then neither becomes an enum: the ratio is a plain number
      assertEquals(
          property("ratio", TypeRef.scalar(ScalarKind.DOUBLE), false, false),
          objectSchema(model, "Holder").properties().get(0));
      assertEquals(List.of("Holder"), sortedNames(model));
    }

    @Test
    @DisplayName("an enum too large for a Java class's constants is its plain value type, with a warning")
    void tooLargeForConstants() throws Exception {
      // Given an enum of more values than a class can hold as constants
      StringBuilder values = new StringBuilder();
      for (int i = 0; i <= SchemaTranslator.MAX_ENUM_CONSTANTS; i++) {
        values.append(i == 0 ? "" : ", ").append("v").append(i);
      }
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Huge:
                type: object
                properties:
                  value: {type: string, enum: [%s]}
          """.formatted(values);

      // When it is read
      ParsedSpec parsed = parse(yaml);

      // Then the property is a plain string and a warning says why
      assertEquals(
          List.of(property("value", TypeRef.scalar(ScalarKind.STRING), false, false)),
          objectSchema(parsed.model(), "Huge").properties());
      assertEquals(1, parsed.warnings().size(), parsed.warnings().toString());
      assertProblem(parsed.warnings().get(0), Severity.WARNING, "large-enum", "#/components/schemas/Huge/properties/value");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Unions
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("oneOf unions")
  class Unions {

    @Test
    @DisplayName("a oneOf of object references without discriminator is a union of those objects in order")
    void oneOfWithoutDiscriminator() throws Exception {
      // Given Contact: oneOf Person, Company
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Contact:
                oneOf:
                  - $ref: '#/components/schemas/Person'
                  - $ref: '#/components/schemas/Company'
              Person:
                type: object
                properties:
                  first_name: {type: string}
              Company:
                type: object
                properties:
                  legal_name: {type: string}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then Contact is a union of Person then Company, with no discriminator
      assertEquals(
          new UnionSchema(
              "Contact", "", "#/components/schemas/Contact", false,
              List.of("Person", "Company"), Optional.empty(), List.of()),
          model.schema("Contact").orElseThrow());
    }

    @Test
    @DisplayName("a union among a union's members is one of its variants, with its own alternatives")
    void nestedUnion() throws Exception {
      // Given Content: oneOf Input (a union of two objects) or a string
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Content:
                oneOf:
                  - $ref: '#/components/schemas/Input'
                  - type: string
              Input:
                oneOf:
                  - $ref: '#/components/schemas/Text'
                  - $ref: '#/components/schemas/Image'
              Text:
                type: object
                required: [text]
                properties:
                  text: {type: string}
              Image:
                type: object
                required: [url]
                properties:
                  url: {type: string}
          """;

      // When it is read
      ParsedSpec parsed = parse(yaml);

      // Then Content's variants name Input, its value alternative is the string, and nothing is lost
      assertEquals(
          new UnionSchema(
              "Content", "", "#/components/schemas/Content", false, List.of("Input"), Optional.empty(), List.of(),
              List.of(new UnionSchema.ValueVariant(TypeRef.scalar(ScalarKind.STRING), UnionSchema.JsonKind.STRING))),
          parsed.model().schema("Content").orElseThrow());
      assertEquals(List.of("Text", "Image"), ((UnionSchema) parsed.model().schema("Input").orElseThrow()).variants());
      assertEquals(List.of(), parsed.warnings());
    }

    @Test
    @DisplayName("'any string or one of these' is an open enum named after the union")
    void stringOrEnum() throws Exception {
      // Given ModelName: anyOf a string or an inline enum, with the description on the union
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              ModelName:
                description: A known model or any other.
                anyOf:
                  - type: string
                  - type: string
                    enum: [small, large]
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then ModelName is the enum itself
      assertEquals(
          List.of(new EnumSchema("ModelName", "A known model or any other.", "#/components/schemas/ModelName/anyOf/1", false,
              List.of("small", "large"))),
          model.schemas());
    }

    @Test
    @DisplayName("equal inline enums in several unions each give their union an enum; none is lost to another")
    void equalInlineEnumsInSeveralUnions() throws Exception {
      // Given OpenAI's pattern: two unions of a shared enum and an inline enum written the same way twice
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Shared:
                anyOf:
                  - type: string
                  - type: string
                    enum: [small, large]
              Responses:
                anyOf:
                  - $ref: '#/components/schemas/Shared'
                  - type: string
                    enum: [deep-research]
              BetaResponses:
                anyOf:
                  - $ref: '#/components/schemas/Shared'
                  - type: string
                    enum: [deep-research]
              Request:
                type: object
                properties:
                  model: {$ref: '#/components/schemas/Responses'}
                  betaModel: {$ref: '#/components/schemas/BetaResponses'}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then each union is an enum with every value, and the properties name them
      for (String name : List.of("Responses", "BetaResponses")) {
        assertEquals(List.of("small", "large", "deep-research"), ((EnumSchema) model.schema(name).orElseThrow()).values());
      }
      assertEquals(
          List.of(TypeRef.named("Responses"), TypeRef.named("BetaResponses")),
          objectSchema(model, "Request").properties().stream().map(Property::type).toList());
      assertEquals(List.of("BetaResponses", "Request", "Responses", "Shared"), sortedNames(model));
    }

    @Test
    @DisplayName("a member of no fixed JSON type is left to the union's fallback, with a warning at its pointer")
    void memberOfAnyType() throws Exception {
      // Given Attachment: oneOf File or {}
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Attachment:
                oneOf:
                  - $ref: '#/components/schemas/File'
                  - {}
              File:
                type: object
                required: [id]
                properties:
                  id: {type: string}
          """;

      // When it is read
      ParsedSpec parsed = parse(yaml);

      // Then Attachment is a union of File alone (the rest parses into its fallback), and a warning says so
      assertEquals(List.of("File"), ((UnionSchema) parsed.model().schema("Attachment").orElseThrow()).variants());
      assertEquals(1, parsed.warnings().size(), parsed.warnings().toString());
      assertProblem(parsed.warnings().get(0), Severity.WARNING, "open-union-member", "#/components/schemas/Attachment/oneOf/1");
    }

    @Test
    @DisplayName("a 3.1 value of several types is a union of one alternative per type; null only makes it nullable")
    void severalTypes() throws Exception {
      // Given a property that is an integer, a string or null
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Task:
                type: object
                properties:
                  priority: {type: [integer, string, 'null']}
          """;

      // When it is read
      ParsedSpec parsed = parse(yaml);

      // Then the property is a nullable union of a Long and a String, and nothing was worth a warning
      assertEquals(List.of(property("priority", TypeRef.named("Task priority"), false, true)), objectSchema(parsed.model(), "Task").properties());
      assertEquals(
          List.of(
              new UnionSchema.ValueVariant(TypeRef.scalar(ScalarKind.INT64), UnionSchema.JsonKind.INTEGER),
              new UnionSchema.ValueVariant(TypeRef.scalar(ScalarKind.STRING), UnionSchema.JsonKind.STRING)),
          ((UnionSchema) parsed.model().schema("Task priority").orElseThrow()).valueVariants());
      assertEquals(List.of(), parsed.warnings());
    }

    @Test
    @DisplayName("a union that is its own member is Object, with a warning at its pointer")
    void unionOfItself() throws Exception {
      // Given Expr: oneOf Expr or a string
      String yaml = OPENAPI_31_HEADER + """
          components:
            schemas:
              Expr:
                oneOf:
                  - $ref: '#/components/schemas/Expr'
                  - type: string
          """;

      // When it is read
      ParsedSpec parsed = parse(yaml);

      // Then no type is generated for it, and the warning says where
      assertEquals(List.of(), parsed.model().schemas());
      assertEquals(1, parsed.warnings().size(), parsed.warnings().toString());
      assertProblem(parsed.warnings().get(0), Severity.WARNING, "unsupported-union", "#/components/schemas/Expr");
    }

    @Test
    @DisplayName("a discriminator mapping maps values to schema names, with implicit entries for unmapped variants")
    void oneOfWithDiscriminatorMapping() throws Exception {
      // Given Pet: oneOf Cat, Dog, Bird with a mapping for Cat and Dog only
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Pet:
                oneOf:
                  - $ref: '#/components/schemas/Cat'
                  - $ref: '#/components/schemas/Dog'
                  - $ref: '#/components/schemas/Bird'
                discriminator:
                  propertyName: kind
                  mapping:
                    cat: '#/components/schemas/Cat'
                    doggo: '#/components/schemas/Dog'
              Cat:
                type: object
                required: [kind]
                properties:
                  kind: {type: string}
              Dog:
                type: object
                required: [kind]
                properties:
                  kind: {type: string}
              Bird:
                type: object
                required: [kind]
                properties:
                  kind: {type: string}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then the mapping names schemas, explicit entries first, then Bird under its own name
      Map<String, String> mapping = new LinkedHashMap<>();
      mapping.put("cat", "Cat");
      mapping.put("doggo", "Dog");
      mapping.put("Bird", "Bird");
      assertEquals(
          new UnionSchema(
              "Pet", "", "#/components/schemas/Pet", false,
              List.of("Cat", "Dog", "Bird"),
              Optional.of(new Discriminator("kind", mapping)),
              List.of()),
          model.schema("Pet").orElseThrow());
      // And the iteration order of the mapping is document order
      assertEquals(
          List.of("cat", "doggo", "Bird"),
          List.copyOf(((UnionSchema) model.schema("Pet").orElseThrow()).discriminator().orElseThrow().mapping().keySet()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // allOf
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("allOf")
  class AllOf {

    @Test
    @DisplayName("a child of allOf [$ref Base, {...}] has Base's properties then its own, required merged")
    void childMergesBase() throws Exception {
      // Given Base with a required id, and Lead extending it with a required name
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Base:
                type: object
                required: [id]
                properties:
                  id: {type: string}
                  created: {type: string, format: date-time}
              Lead:
                allOf:
                  - $ref: '#/components/schemas/Base'
                  - type: object
                    required: [name]
                    properties:
                      name: {type: string}
                      score: {type: integer, format: int32}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then Lead is an object with all four properties, id and name required
      assertEquals(
          new ObjectSchema(
              "Lead", "", "#/components/schemas/Lead", false,
              List.of(
                  property("id", TypeRef.scalar(ScalarKind.STRING), true, false),
                  property("created", TypeRef.scalar(ScalarKind.DATE_TIME), false, false),
                  property("name", TypeRef.scalar(ScalarKind.STRING), true, false),
                  property("score", TypeRef.scalar(ScalarKind.INT32), false, false)),
              TypeRef.any()),
          model.schema("Lead").orElseThrow());
      assertEquals(List.of("id", "name"), objectSchema(model, "Lead").requiredPropertyNames());
    }

    @Test
    @DisplayName("'required' without properties, in an allOf part or on the child, makes base properties required")
    void requiredWithoutProperties() throws Exception {
      // Given Base with two optional properties, Lead requiring 'created' through an allOf part
      // that only lists required, and Lead2 requiring 'id' on itself next to its allOf
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Base:
                type: object
                properties:
                  id: {type: string}
                  created: {type: string}
              Lead:
                allOf:
                  - $ref: '#/components/schemas/Base'
                  - type: object
                    required: [created]
              Lead2:
                required: [id]
                allOf:
                  - $ref: '#/components/schemas/Base'
                  - type: object
                    properties:
                      x: {type: string}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then the listed base properties are required in the children, and Base is unchanged
      assertEquals(
          List.of(
              property("id", TypeRef.scalar(ScalarKind.STRING), false, false),
              property("created", TypeRef.scalar(ScalarKind.STRING), true, false)),
          objectSchema(model, "Lead").properties());
      assertEquals(
          List.of(
              property("id", TypeRef.scalar(ScalarKind.STRING), true, false),
              property("created", TypeRef.scalar(ScalarKind.STRING), false, false),
              property("x", TypeRef.scalar(ScalarKind.STRING), false, false)),
          objectSchema(model, "Lead2").properties());
      assertEquals(List.of(), objectSchema(model, "Base").requiredPropertyNames());
    }

    @Test
    @DisplayName("a discriminated parent extended by allOf children is a union of the children with its own properties in common")
    void discriminatedParent() throws Exception {
      // Given Pet with a discriminator, and Cat and Dog extending it
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Pet:
                type: object
                required: [petType]
                discriminator:
                  propertyName: petType
                properties:
                  petType: {type: string}
                  name: {type: string}
              Cat:
                allOf:
                  - $ref: '#/components/schemas/Pet'
                  - type: object
                    properties:
                      meows: {type: boolean}
              Dog:
                allOf:
                  - $ref: '#/components/schemas/Pet'
                  - type: object
                    properties:
                      barks: {type: boolean}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then Pet is a union of Cat and Dog whose common properties are Pet's own
      Map<String, String> mapping = new LinkedHashMap<>();
      mapping.put("Cat", "Cat");
      mapping.put("Dog", "Dog");
      assertEquals(
          new UnionSchema(
              "Pet", "", "#/components/schemas/Pet", false,
              List.of("Cat", "Dog"),
              Optional.of(new Discriminator("petType", mapping)),
              List.of(
                  property("petType", TypeRef.scalar(ScalarKind.STRING), true, false),
                  property("name", TypeRef.scalar(ScalarKind.STRING), false, false))),
          model.schema("Pet").orElseThrow());
      // And each child is a record with the parent's properties then its own
      assertEquals(
          List.of(
              property("petType", TypeRef.scalar(ScalarKind.STRING), true, false),
              property("name", TypeRef.scalar(ScalarKind.STRING), false, false),
              property("meows", TypeRef.scalar(ScalarKind.BOOLEAN), false, false)),
          objectSchema(model, "Cat").properties());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Recursion
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("Recursion")
  class Recursion {

    @Test
    @DisplayName("a schema that refers to itself terminates and refers to itself by name")
    void selfReference() throws Exception {
      // Given a tree node with children and a parent of its own type
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Node:
                type: object
                properties:
                  children:
                    type: array
                    items:
                      $ref: '#/components/schemas/Node'
                  parent:
                    $ref: '#/components/schemas/Node'
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then Node is one object whose properties name Node
      assertEquals(
          new ObjectSchema(
              "Node", "", "#/components/schemas/Node", false,
              List.of(
                  property("children", new TypeRef.ArrayOf(TypeRef.named("Node")), false, false),
                  property("parent", TypeRef.named("Node"), false, false)),
              TypeRef.any()),
          model.schema("Node").orElseThrow());
      assertEquals(List.of("Node"), sortedNames(model));
    }

    @Test
    @DisplayName("two schemas that refer to each other terminate and refer to each other by name")
    void mutualReference() throws Exception {
      // Given A → B and B → A
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              A:
                type: object
                properties:
                  b: {$ref: '#/components/schemas/B'}
              B:
                type: object
                properties:
                  as:
                    type: array
                    items: {$ref: '#/components/schemas/A'}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then each names the other
      assertEquals(List.of(property("b", TypeRef.named("B"), false, false)), objectSchema(model, "A").properties());
      assertEquals(
          List.of(property("as", new TypeRef.ArrayOf(TypeRef.named("A")), false, false)),
          objectSchema(model, "B").properties());
      assertEquals(List.of("A", "B"), sortedNames(model));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Operations
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("Operations")
  class Operations {

    private static final String LEADS = """
        openapi: 3.0.3
        info:
          title: Leads
          version: "1"
        paths:
          /lead/{id}/:
            parameters:
              - name: id
                in: path
                required: true
                schema: {type: string}
            get:
              operationId: getLead
              tags: [leads, extra]
              parameters:
                - name: fields
                  in: query
                  schema:
                    type: array
                    items: {type: string}
                - name: X-Trace
                  in: header
                  required: true
                  schema: {type: string, format: uuid}
              responses:
                '404':
                  description: Not found
                '201':
                  description: Created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Lead'}
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {$ref: '#/components/schemas/Lead'}
            put:
              requestBody:
                required: true
                description: The new lead.
                content:
                  text/plain:
                    schema: {type: string}
                  application/json:
                    schema: {$ref: '#/components/schemas/Lead'}
              responses:
                '204':
                  description: Updated
        components:
          schemas:
            Lead:
              type: object
              properties:
                id: {type: string}
        """;

    @Test
    @DisplayName("an operation has its id, method, path and first tag as group; an untagged one is grouped by its path")
    void identity() throws Exception {
      // Given a tagged GET and an untagged PUT without operationId
      // When it is read
      ParsedSpec parsed = parse(LEADS);
      List<Operation> operations = parsed.model().operations();

      // Then both are listed in document order with their identity, and nothing was worth a warning
      assertEquals(List.of(), parsed.warnings());
      assertEquals(2, operations.size());
      Operation get = operations.get(0);
      assertEquals(Optional.of("getLead"), get.operationId());
      assertEquals("GET", get.method());
      assertEquals("/lead/{id}/", get.path());
      assertEquals("leads", get.group());
      assertEquals("#/paths/~1lead~1{id}~1/get", get.pointer());
      Operation put = operations.get(1);
      assertEquals(Optional.empty(), put.operationId());
      assertEquals("PUT", put.method());
      assertEquals("lead", put.group());
      assertEquals("getLead", get.action());
      assertEquals("update", put.action());
    }

    @Test
    @DisplayName("path-level parameters come first, then the operation's, each with location and required flag")
    void parameters() throws Exception {
      // Given a path-level path parameter and an operation with a query and a header parameter
      // When it is read
      Operation get = read(LEADS).operations().get(0);

      // Then all three are there, path-level first
      assertEquals(
          List.of(
              new Parameter("id", Parameter.Location.PATH, TypeRef.scalar(ScalarKind.STRING), true, "", false),
              new Parameter(
                  "fields", Parameter.Location.QUERY,
                  new TypeRef.ArrayOf(TypeRef.scalar(ScalarKind.STRING)), false, "", false),
              new Parameter("X-Trace", Parameter.Location.HEADER, TypeRef.scalar(ScalarKind.UUID), true, "", false)),
          get.parameters());
      // And the path-level parameter also applies to the other method
      assertEquals(
          List.of(new Parameter("id", Parameter.Location.PATH, TypeRef.scalar(ScalarKind.STRING), true, "", false)),
          read(LEADS).operations().get(1).parameters());
    }

    @Test
    @DisplayName("an operation parameter replaces the path-level parameter with the same name and location")
    void operationParameterOverridesPathLevel() throws Exception {
      // Given path-level parameters id, limit and z, and an operation that redeclares limit and adds q
      String yaml = """
          openapi: 3.0.3
          info:
            title: T
            version: "1"
          paths:
            /a/{id}:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: limit, in: query, schema: {type: integer}}
                - {name: z, in: query, schema: {type: integer}}
              get:
                parameters:
                  - {name: limit, in: query, required: true, schema: {type: integer, format: int32}}
                  - {name: q, in: query, schema: {type: string}}
                responses:
                  '200': {description: OK}
          """;

      // When it is read
      Operation get = read(yaml).operations().get(0);

      // Then limit appears once, as the operation declares it, after the remaining path-level ones
      assertEquals(
          List.of(
              new Parameter("id", Parameter.Location.PATH, TypeRef.scalar(ScalarKind.STRING), true, "", false),
              new Parameter("z", Parameter.Location.QUERY, TypeRef.scalar(ScalarKind.INT64), false, "", false),
              new Parameter("limit", Parameter.Location.QUERY, TypeRef.scalar(ScalarKind.INT32), true, "", false),
              new Parameter("q", Parameter.Location.QUERY, TypeRef.scalar(ScalarKind.STRING), false, "", false)),
          get.parameters());
    }

    @Test
    @DisplayName("the request body prefers JSON and keeps its required flag; the success response is the first 2xx")
    void bodyAndSuccessResponse() throws Exception {
      // Given a GET whose responses list 404, 201 then 200, and a PUT with a required JSON/text body
      // When it is read
      List<Operation> operations = read(LEADS).operations();

      // Then the GET returns the 201 body
      Operation get = operations.get(0);
      assertEquals(
          Optional.of(
              new Response("201", "Created", Optional.of("application/json"), Optional.of(TypeRef.named("Lead")))),
          get.successResponse());
      assertEquals(List.of("404", "201", "200"), get.responses().stream().map(Response::status).toList());
      assertEquals(Optional.empty(), get.requestBody());
      // And the PUT sends a required JSON Lead
      Operation put = operations.get(1);
      assertEquals(
          Optional.of(new RequestBody("application/json", TypeRef.named("Lead"), true, "The new lead.")),
          put.requestBody());
      assertEquals(
          Optional.of(new Response("204", "Updated", Optional.empty(), Optional.empty())),
          put.successResponse());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Problems
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("Problems")
  class Problems {

    private static final String DANGLING_RESPONSE_REF = """
        openapi: 3.0.3
        info:
          title: Broken
          version: "1"
        paths:
          /a:
            get:
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Missing'
        """;

    @Test
    @DisplayName("a schema $ref to nothing in the document is an unresolved-ref warning at the referring schema, which is any value")
    void danglingRef() throws Exception {
      // Given a response schema that refers to a schema that does not exist
      // When it is read
      ParsedSpec parsed = parse(DANGLING_RESPONSE_REF);

      // Then there is exactly one warning, pointing at that schema, and the response is any JSON value
      assertEquals(1, parsed.warnings().size(), () -> parsed.warnings().toString());
      assertProblem(
          parsed.warnings().get(0), Severity.WARNING, "unresolved-ref",
          "#/paths/~1a/get/responses/200/content/application~1json/schema");
      assertEquals(Optional.of(TypeRef.any()), parsed.model().operations().get(0).responses().get(0).type());
    }

    @Test
    @DisplayName("a parameter whose schema $ref points to nothing is a string, as parameters are sent (GitHub's CommentId)")
    void danglingParameterRef() throws Exception {
      // Given a path parameter whose schema is a component that does not exist
      String yaml = """
          openapi: 3.0.3
          info: {title: Test, version: "1"}
          paths:
            /comments/{comment_id}:
              get:
                operationId: getComment
                parameters:
                  - {name: comment_id, in: path, required: true, schema: {$ref: '#/components/schemas/CommentId'}}
                responses:
                  '204': {description: OK}
          """;

      // When it is read
      ParsedSpec parsed = parse(yaml);

      // Then the parameter is a string, with a warning at its schema
      assertEquals(TypeRef.scalar(ScalarKind.STRING), parsed.model().operations().get(0).parameters().get(0).type());
      assertProblem(parsed.warnings().get(0), Severity.WARNING, "unresolved-ref",
          "#/paths/~1comments~1{comment_id}/get/parameters/0/schema");
    }

    @Test
    @DisplayName("a $ref to a missing parameter, response or body (not a schema) is still an error")
    void danglingNonSchemaRef() throws Exception {
      String yaml = """
          openapi: 3.0.3
          info: {title: Test, version: "1"}
          paths:
            /a:
              get:
                parameters: [{$ref: '#/components/parameters/Missing'}]
                responses:
                  '204': {description: OK}
          """;

      List<Diagnostic> problems = problemsOf(yaml);

      assertProblem(problems.get(0), Severity.ERROR, "unresolved-ref", "#/paths/~1a/get/parameters/0");
    }

    @Test
    @DisplayName("a $ref to an https URL is refused by default as remote-ref")
    void remoteRefRefused() throws Exception {
      // Given a property that refers to a schema on the network
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  owner:
                    $ref: 'https://example.com/schemas.yaml#/User'
          """;

      // When it is read with default options
      List<Diagnostic> problems = problemsOf(yaml);

      // Then it is refused before anything is fetched
      assertEquals(1, problems.size(), () -> problems.toString());
      assertProblem(
          problems.get(0), Severity.ERROR, "remote-ref", "#/components/schemas/Lead/properties/owner");
    }

    @Test
    @DisplayName("a YAML syntax error is reported with its line and column")
    void yamlSyntaxError() throws Exception {
      // Given a document with an unclosed flow sequence
      String yaml = """
          openapi: 3.0.3
          info:
            title: Broken
            version: "1"
          paths: {}
          tags: [a, b
          """;

      // When it is read
      List<Diagnostic> problems = problemsOf(yaml);

      // Then there is one yaml-syntax error located by line
      assertEquals(1, problems.size(), () -> problems.toString());
      Diagnostic problem = problems.get(0);
      assertEquals(Severity.ERROR, problem.severity());
      assertEquals("yaml-syntax", problem.code());
      assertTrue(problem.location().startsWith("line "), problem.location());
      assertFalse(problem.message().isBlank());
    }

    @Test
    @DisplayName("a spec file that does not exist is a file-not-found error")
    void missingFile() {
      // Given a path where there is no file
      Path missing = dir.resolve("nope.yaml");

      // When it is read
      SpecProblemsException thrown =
          assertThrows(SpecProblemsException.class, () -> SpecReader.read(missing, SpecReader.Options.defaults()));

      // Then the one problem says so, about that file
      assertEquals(1, thrown.problems().size(), () -> thrown.problems().toString());
      Diagnostic problem = thrown.problems().get(0);
      assertProblem(problem, Severity.ERROR, "file-not-found", "");
      assertEquals(missing.toString(), problem.file());
    }

    @Test
    @DisplayName("an unsupported OpenAPI version is an unsupported-version error at #/openapi")
    void unsupportedVersion() throws Exception {
      // Given a document that claims to be OpenAPI 2.5.0
      String yaml = """
          openapi: 2.5.0
          info:
            title: Odd
            version: "1"
          paths: {}
          """;

      // When it is read
      List<Diagnostic> problems = problemsOf(yaml);

      // Then it is refused
      assertEquals(1, problems.size(), () -> problems.toString());
      assertProblem(problems.get(0), Severity.ERROR, "unsupported-version", "#/openapi");
    }

    @Test
    @DisplayName("several problems in one file are all reported at once")
    void allProblemsAtOnce() throws Exception {
      // Given two dangling references and one remote reference
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  contact: {$ref: '#/components/schemas/Contact'}
                  owner: {$ref: 'https://example.com/user.yaml'}
                  notes:
                    type: array
                    items: {$ref: '#/components/schemas/Note'}
          """;

      // When it is read
      List<Diagnostic> problems = problemsOf(yaml);

      // Then all three are reported, the remote one as the error that stops generation
      assertEquals(3, problems.size(), () -> problems.toString());
      assertProblem(problems.get(0), Severity.ERROR, "remote-ref", "#/components/schemas/Lead/properties/owner");
      assertProblem(problems.get(1), Severity.WARNING, "unresolved-ref", "#/components/schemas/Lead/properties/contact");
      assertProblem(
          problems.get(2), Severity.WARNING, "unresolved-ref", "#/components/schemas/Lead/properties/notes/items");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // YAML anchors, aliases, merge keys and limits
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("YAML anchors and limits")
  class YamlAnchors {

    @Test
    @DisplayName("a key repeated in a mapping is a warning at the repeat's line, not a silent replacement")
    void duplicateKey() throws Exception {
      // Given a schema that declares 'url' twice
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  url: {type: string}
                  url: {type: integer}
          """;

      // When it is read
      ParsedSpec parsed = parse(yaml);

      // Then the last one is the property, and the warning says where the repeat is
      assertEquals(List.of(property("url", TypeRef.scalar(ScalarKind.INT64), false, false)),
          objectSchema(parsed.model(), "Lead").properties());
      Diagnostic warning = parsed.warnings().stream().filter(d -> d.code().equals("duplicate-key")).findFirst().orElseThrow();
      assertProblem(warning, Severity.WARNING, "duplicate-key", "line 12, column 9");
    }

    @Test
    @DisplayName("an alias stands for its anchor's value: the property it names is there, with the anchor's type")
    void aliasExpanded() throws Exception {
      // Given 'updated' written as an alias of the anchored 'created', whose anchored name is required
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Event:
                type: object
                properties:
                  &created created: &ts {type: string, format: date-time}
                  updated: *ts
                required: [*created]
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then both are date-times, and 'created' is required
      assertEquals(
          List.of(
              property("created", TypeRef.scalar(ScalarKind.DATE_TIME), true, false),
              property("updated", TypeRef.scalar(ScalarKind.DATE_TIME), false, false)),
          objectSchema(model, "Event").properties());
    }

    @Test
    @DisplayName("merge keys merge mappings in: explicit keys win, then earlier mappings over later ones")
    void mergeKeys() throws Exception {
      // Given properties merged from two anchored mappings that share 'created', one of whose keys
      // ('id') the schema also gives explicitly, a schema merged whole from another, and a quoted '<<'
      String yaml = OPENAPI_30_HEADER + """
          x-common: &common
            id: {type: string}
            created: {type: string, format: date-time}
          x-audit: &audit
            created: {type: integer}
            updatedBy: {type: string}
          components:
            schemas:
              Pet:
                type: object
                properties:
                  <<: [*common, *audit]
                  name: {type: string}
                  id: {type: integer, format: int64}
              Animal: &animal
                type: object
                properties:
                  legs: {type: integer, format: int32}
              Cat:
                <<: *animal
                description: A cat
              Odd:
                type: object
                properties:
                  '<<': {type: string}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then Pet has the merged properties where '<<' stands, but its own 'id', and common's 'created'
      assertEquals(
          List.of(
              property("created", TypeRef.scalar(ScalarKind.DATE_TIME), false, false),
              property("updatedBy", TypeRef.scalar(ScalarKind.STRING), false, false),
              property("name", TypeRef.scalar(ScalarKind.STRING), false, false),
              property("id", TypeRef.scalar(ScalarKind.INT64), false, false)),
          objectSchema(model, "Pet").properties());
      // And Cat is an object with Animal's properties
      assertEquals(
          List.of(property("legs", TypeRef.scalar(ScalarKind.INT32), false, false)),
          objectSchema(model, "Cat").properties());
      // And a quoted '<<' is just a name
      assertEquals(
          List.of(property("<<", TypeRef.scalar(ScalarKind.STRING), false, false)),
          objectSchema(model, "Odd").properties());
    }

    @Test
    @DisplayName("an alias bomb (nine levels of nine aliases) fails within seconds, naming the limit")
    void billionLaughs() {
      // Given the "billion laughs": each level nine aliases of the level before
      StringBuilder yaml = new StringBuilder(OPENAPI_30_HEADER).append("x-lol0: &l0 [lol]\n");
      for (int level = 1; level <= 9; level++) {
        String previous = "*l" + (level - 1);
        yaml.append("x-lol").append(level).append(": &l").append(level).append(" [")
            .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
      }

      // When it is read
      List<Diagnostic> problems =
          assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problemsOf(yaml.toString()));

      // Then it stops at the expansion limit, at the alias that crossed it
      assertEquals(1, problems.size(), () -> problems.toString());
      assertEquals("yaml-structure", problems.get(0).code(), problems.get(0)::format);
      assertTrue(problems.get(0).location().startsWith("line "), problems.get(0)::format);
      assertTrue(problems.get(0).message().contains("more than 1,000,000 nodes"), problems.get(0)::format);
    }

    @Test
    @DisplayName("more than 10,000 aliases are refused, naming the limit")
    void aliasCount() {
      // Given 10,001 aliases of one small scalar
      StringBuilder yaml = new StringBuilder(OPENAPI_30_HEADER).append("x-one: &one 1\nx-many:\n");
      yaml.append("  - *one\n".repeat(10_001));

      // When it is read
      List<Diagnostic> problems = problemsOf(yaml.toString());

      // Then the 10,001st alias is refused
      assertEquals(1, problems.size(), () -> problems.toString());
      assertProblem(problems.get(0), Severity.ERROR, "yaml-structure", "line " + (8 + 10_000) + ", column 5");
      assertTrue(problems.get(0).message().contains("more than 10,000 aliases"), problems.get(0)::format);
    }

    @Test
    @DisplayName("nesting beyond 1,000 levels fails clearly, in YAML and JSON; 500 levels parse")
    void nestingDepth() throws Exception {
      // Given an example nested 10,001 levels deep, in YAML and in JSON
      String deepYaml = OPENAPI_30_HEADER + "x-deep: " + "[".repeat(10_001) + "]".repeat(10_001) + "\n";
      String deepJson = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {},"
          + " \"x-deep\": " + "[".repeat(10_001) + "]".repeat(10_001) + "}";

      // When they are read
      List<Diagnostic> yamlProblems = problemsOf(deepYaml);
      Path jsonSpec = Files.writeString(dir.resolve("deep.json"), deepJson);
      List<Diagnostic> jsonProblems =
          assertThrows(SpecProblemsException.class, () -> SpecReader.read(jsonSpec, SpecReader.Options.defaults()))
              .problems();

      // Then each is one error where the 1,001st level starts, naming the limit
      assertEquals(1, yamlProblems.size(), () -> yamlProblems.toString());
      assertProblem(yamlProblems.get(0), Severity.ERROR, "yaml-structure", "line 6, column " + (8 + 1_000));
      assertTrue(yamlProblems.get(0).message().contains("more than 1,000 levels"), yamlProblems.get(0)::format);
      assertEquals(1, jsonProblems.size(), () -> jsonProblems.toString());
      assertEquals("json-structure", jsonProblems.get(0).code(), jsonProblems.get(0)::format);
      assertTrue(jsonProblems.get(0).location().startsWith("line 1, column "), jsonProblems.get(0)::format);
      assertTrue(jsonProblems.get(0).message().contains("(1000"), jsonProblems.get(0)::format);

      // And a legitimate 500 levels of nested objects parse
      String nested = OPENAPI_30_HEADER + "x-nested: " + "{a: ".repeat(500) + "1" + "}".repeat(500) + "\n";
      assertTrue(parse(nested).warnings().isEmpty());
    }

    @Test
    @DisplayName("an alias that deepens the tree beyond 1,000 levels is refused")
    void aliasDepth() {
      // Given a 600-level value, aliased 600 levels down
      String value = "[".repeat(600) + "]".repeat(600);
      String yaml = OPENAPI_30_HEADER + "x-deep: &deep " + value + "\nx-deeper: " + "[".repeat(600) + "*deep"
          + "]".repeat(600) + "\n";

      // When it is read
      List<Diagnostic> problems = problemsOf(yaml);

      // Then the alias is refused
      assertEquals(1, problems.size(), () -> problems.toString());
      assertProblem(problems.get(0), Severity.ERROR, "yaml-structure", "line 7, column " + (11 + 600));
      assertTrue(problems.get(0).message().contains("more than 1,000 levels"), problems.get(0)::format);
    }

    @Test
    @DisplayName("an alias to no anchor, or to its own anchor, is an error at the alias")
    void undefinedAlias() {
      // Given an alias before its anchor and a recursive one
      String yaml = OPENAPI_30_HEADER + "x-early: *later\nx-later: &later 1\n";
      String recursive = OPENAPI_30_HEADER + "x-self: &self [*self]\n";

      // When they are read, each is refused where the alias is
      assertProblem(problemsOf(yaml).get(0), Severity.ERROR, "yaml-structure", "line 6, column 10");
      assertProblem(problemsOf(recursive).get(0), Severity.ERROR, "yaml-structure", "line 6, column 16");
    }

    @Test
    @DisplayName("an alias in a file the spec refers to is expanded too")
    void aliasInReferencedFile() throws Exception {
      // Given a referenced file whose schema uses an alias
      Files.writeString(dir.resolve("events.yaml"), """
          Event:
            type: object
            properties:
              created: &ts {type: string, format: date-time}
              updated: *ts
          """);
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Event: {$ref: 'events.yaml#/Event'}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then the referenced schema has both properties
      assertEquals(
          List.of("created", "updated"),
          objectSchema(model, "Event").properties().stream().map(Property::wireName).toList());
      assertEquals(TypeRef.scalar(ScalarKind.DATE_TIME), objectSchema(model, "Event").properties().get(1).type());
    }

    @Test
    @DisplayName("the limits hold for files the spec refers to: a bomb there is refused in that file")
    void limitsInReferencedFile() throws Exception {
      // Given a referenced file that is an alias bomb
      StringBuilder bomb = new StringBuilder("Thing: {type: string}\nx-lol0: &l0 [lol]\n");
      for (int level = 1; level <= 9; level++) {
        bomb.append("x-lol").append(level).append(": &l").append(level).append(" [")
            .append(String.join(", ", java.util.Collections.nCopies(9, "*l" + (level - 1)))).append("]\n");
      }
      Path bombFile = Files.writeString(dir.resolve("bomb.yaml"), bomb.toString());
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Thing: {$ref: 'bomb.yaml#/Thing'}
          """;

      // When it is read
      List<Diagnostic> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problemsOf(yaml));

      // Then the error is the bomb's, in that file
      assertEquals(1, problems.size(), () -> problems.toString());
      assertEquals("yaml-structure", problems.get(0).code(), problems.get(0)::format);
      assertEquals(bombFile.toAbsolutePath().normalize().toString(), problems.get(0).file());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // File references stay in the spec's folder
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("File references")
  class FileRefs {

    private static final String SECRET = """
        Secret:
          type: object
          properties:
            password: {type: string}
        """;

    private Path specFolder;
    private Path outside;

    @org.junit.jupiter.api.BeforeEach
    void folders() throws IOException {
      specFolder = Files.createDirectories(dir.resolve("spec"));
      outside = Files.createDirectories(dir.resolve("outside"));
      Files.writeString(outside.resolve("secret.yaml"), SECRET);
    }

    private Path spec(String yaml) throws IOException {
      return Files.writeString(specFolder.resolve("api.yaml"), yaml);
    }

    private static String specReferring(String ref) {
      return OPENAPI_30_HEADER + """
          components:
            schemas:
              Lead:
                type: object
                properties:
                  secret: {$ref: '%s'}
          """.formatted(ref);
    }

    private static List<Diagnostic> problemsReading(Path spec, SpecReader.Options options) {
      return assertThrows(SpecProblemsException.class, () -> SpecReader.read(spec, options)).problems();
    }

    @Test
    @DisplayName("a $ref to a file outside the spec's folder is refused, naming the reference, its pointer and the option")
    void outsideRefused() throws Exception {
      // Given a spec that refers to a file next to its folder
      Path spec = spec(specReferring("../outside/secret.yaml#/Secret"));

      // When it is read with default options
      List<Diagnostic> problems = problemsReading(spec, SpecReader.Options.defaults());

      // Then it is refused at the reference
      assertEquals(1, problems.size(), () -> problems.toString());
      Diagnostic problem = problems.get(0);
      assertProblem(problem, Severity.ERROR, "external-ref", "#/components/schemas/Lead/properties/secret");
      assertEquals(spec.toString(), problem.file());
      assertTrue(problem.message().contains("'../outside/secret.yaml#/Secret'"), problem::format);
      assertTrue(problem.hint().contains("allowExternalRefs") && problem.hint().contains("--allow-external-refs"),
          problem::format);
    }

    @Test
    @DisplayName("absolute paths and file: URLs outside the folder are refused the same way")
    void absoluteAndFileUrlRefused() throws Exception {
      // Given references by absolute path and by file: URL
      Path secret = outside.resolve("secret.yaml").toAbsolutePath();
      for (String ref : List.of(secret + "#/Secret", secret.toUri() + "#/Secret")) {
        Path spec = spec(specReferring(ref));

        // When each is read, it is refused as outside the folder
        List<Diagnostic> problems = problemsReading(spec, SpecReader.Options.defaults());
        assertEquals(1, problems.size(), () -> problems.toString());
        assertProblem(problems.get(0), Severity.ERROR, "external-ref", "#/components/schemas/Lead/properties/secret");
      }
    }

    @Test
    @DisplayName("with allowExternalRefs, a file outside the folder is read")
    void outsideAllowed() throws Exception {
      // Given the spec referring outside its folder
      Path spec = spec(specReferring("../outside/secret.yaml#/Secret"));

      // When it is read with external references allowed
      ApiModel model = SpecReader.read(spec, new SpecReader.Options(false, true)).model();

      // Then the referenced schema is there
      assertEquals(
          List.of(property("password", TypeRef.scalar(ScalarKind.STRING), false, false)),
          objectSchema(model, "Secret").properties());
    }

    @Test
    @DisplayName("a symbolic link inside the folder does not lead out of it: a linked file or folder is refused")
    void symlinkRefused() throws Exception {
      // Given a link to the outside file and a link to the outside folder, both inside the spec's folder
      Files.createSymbolicLink(specFolder.resolve("link.yaml"), outside.resolve("secret.yaml"));
      Files.createSymbolicLink(specFolder.resolve("shared"), outside);

      for (String ref : List.of("link.yaml#/Secret", "shared/secret.yaml#/Secret")) {
        // When a spec refers to either
        Path spec = spec(specReferring(ref));
        List<Diagnostic> problems = problemsReading(spec, SpecReader.Options.defaults());

        // Then it is refused
        assertEquals(1, problems.size(), () -> problems.toString());
        assertProblem(problems.get(0), Severity.ERROR, "external-ref", "#/components/schemas/Lead/properties/secret");
      }
    }

    @Test
    @DisplayName("a reference inside a referenced file is confined too, and reported in that file")
    void transitiveRefused() throws Exception {
      // Given a file inside the folder that refers outside it
      Path inner = Files.writeString(specFolder.resolve("inner.yaml"), """
          Wrapper:
            type: object
            properties:
              secret: {$ref: '../outside/secret.yaml#/Secret'}
          """);
      Path spec = spec(specReferring("inner.yaml#/Wrapper"));

      // When the spec is read
      List<Diagnostic> problems = problemsReading(spec, SpecReader.Options.defaults());

      // Then the inner reference is refused, in the inner file, at its pointer
      assertEquals(1, problems.size(), () -> problems.toString());
      assertProblem(problems.get(0), Severity.ERROR, "external-ref", "#/Wrapper/properties/secret");
      assertEquals(inner.toAbsolutePath().normalize().toString(), problems.get(0).file());
    }

    @Test
    @DisplayName("a 3.1 $id cannot point a relative reference out of the folder, even with a decoy file inside")
    void idCannotLeadOut() throws Exception {
      // Given a schema whose $id is the outside folder, and a decoy secret.yaml inside the spec's folder
      Files.writeString(specFolder.resolve("secret.yaml"), "Secret: {type: object}\n");
      Path spec = spec("""
          openapi: 3.1.0
          info: {title: t, version: '1'}
          paths: {}
          components:
            schemas:
              Lead:
                $id: '%s'
                type: object
                properties:
                  secret: {$ref: 'secret.yaml#/Secret'}
          """.formatted(outside.toUri()));

      // When it is read
      List<Diagnostic> problems = problemsReading(spec, SpecReader.Options.defaults());

      // Then the reference is refused, since swagger-parser would resolve it against the $id
      assertEquals(1, problems.size(), () -> problems.toString());
      assertProblem(problems.get(0), Severity.ERROR, "external-ref", "#/components/schemas/Lead/properties/secret");
    }

    @Test
    @DisplayName("a file inside the folder, also one in a subfolder, is read as before")
    void insideAllowed() throws Exception {
      // Given a schema in a subfolder
      Files.createDirectories(specFolder.resolve("schemas"));
      Files.writeString(specFolder.resolve("schemas/secret.yaml"), SECRET);
      Path spec = spec(specReferring("schemas/../schemas/secret.yaml#/Secret"));

      // When it is read
      ApiModel model = SpecReader.read(spec, SpecReader.Options.defaults()).model();

      // Then the schema is there
      assertEquals(1, objectSchema(model, "Secret").properties().size());
    }

    @Test
    @DisplayName("the up-to-date check's input files leave out files outside the folder unless allowed")
    void inputFilesConfined() throws Exception {
      // Given a spec referring to a file inside and one outside its folder
      Files.writeString(specFolder.resolve("inside.yaml"), "Inside: {type: string}\n");
      Path spec = spec(OPENAPI_30_HEADER + """
          components:
            schemas:
              A: {$ref: 'inside.yaml#/Inside'}
              B: {$ref: '../outside/secret.yaml#/Secret'}
          """);
      Path absolute = spec.toAbsolutePath().normalize();

      // When the input files are listed, without and with the option
      // Then the outside file is listed only when allowed
      assertEquals(
          List.of(absolute, absolute.resolveSibling("inside.yaml")), SpecReader.inputFiles(spec, false));
      assertEquals(
          List.of(absolute, absolute.resolveSibling("inside.yaml"), outside.resolve("secret.yaml").toAbsolutePath()),
          SpecReader.inputFiles(spec, true));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Schema order
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName("component schemas are listed in document order")
  void schemasInDocumentOrder() throws Exception {
    // Given Lead, which refers to Contact, declared before Contact
    String yaml = OPENAPI_30_HEADER + """
        components:
          schemas:
            Lead:
              type: object
              properties:
                contact: {$ref: '#/components/schemas/Contact'}
            Contact:
              type: object
              properties:
                email: {type: string}
        """;

    // When it is read
    ApiModel model = read(yaml);

    // Then the model lists Lead before Contact
    assertEquals(List.of("Lead", "Contact"), model.schemas().stream().map(SchemaDefinition::name).toList());
  }

  // ---------------------------------------------------------------------------------------------
  // Swagger 2.0
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName("a Swagger 2.0 document is converted, x-nullable included")
  void swagger2() throws Exception {
    // Given a minimal Swagger 2.0 document with one definition and an x-nullable property
    String yaml = """
        swagger: "2.0"
        info:
          title: Old
          version: "1"
        paths: {}
        definitions:
          Lead:
            type: object
            required: [id]
            properties:
              id: {type: string}
              name:
                type: string
                x-nullable: true
        """;

    // When it is read
    ApiModel model = read(yaml);

    // Then the definition is a schema and the property is nullable
    assertEquals(
        List.of(
            property("id", TypeRef.scalar(ScalarKind.STRING), true, false),
            property("name", TypeRef.scalar(ScalarKind.STRING), false, true)),
        objectSchema(model, "Lead").properties());
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  /** Writes {@code yaml} to a file and reads it with the default options. */
  private ParsedSpec parse(String yaml) throws IOException, SpecProblemsException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml, StandardCharsets.UTF_8);
    return SpecReader.read(spec, SpecReader.Options.defaults());
  }

  // ---------------------------------------------------------------------------------------------
  // What real-world specs do
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("Real-world idioms")
  class RealWorld {

    @Test
    @DisplayName("allOf of a reference and parts that only describe it is the reference's type")
    void allOfAnnotatingReference() throws Exception {
      // Given DigitalOcean's idiom: allOf a tag array plus a description and an example
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Tags:
                type: array
                items: {type: string}
              Target:
                type: object
                properties:
                  tags:
                    allOf:
                      - $ref: '#/components/schemas/Tags'
                      - description: The droplets' tags.
                        example: [frontend]
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then tags is a list of strings described by the part, with no record made for the allOf
      assertEquals(
          List.of(new Property("tags", new TypeRef.ArrayOf(TypeRef.scalar(ScalarKind.STRING)), false, false,
              "The droplets' tags.", false, Optional.empty())),
          objectSchema(model, "Target").properties());
      assertEquals(List.of("Target"), sortedNames(model));
    }

    @Test
    @DisplayName("webhook and callback bodies become models named after them, but no operations")
    void webhooksAndCallbacks() throws Exception {
      // Given a webhook and an operation's callback, each with an inline request body
      String yaml = """
          openapi: 3.1.0
          info: {title: Test, version: "1"}
          paths:
            /subscriptions:
              post:
                operationId: subscribe
                responses:
                  '204': {description: ok}
                callbacks:
                  onEvent:
                    '{$request.body#/url}':
                      post:
                        requestBody:
                          content:
                            application/json:
                              schema:
                                type: object
                                properties:
                                  event: {type: string}
                        responses:
                          '204': {description: ok}
          webhooks:
            orderShipped:
              post:
                requestBody:
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          orderId: {type: string}
                responses:
                  '200': {description: ok}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then both bodies are models with predictable names, and the only operation is subscribe
      assertEquals(List.of("orderShipped webhook request", "subscribe onEvent callback request"), sortedNames(model));
      assertEquals(List.of(Optional.of("subscribe")), model.operations().stream().map(Operation::operationId).toList());
    }

    @Test
    @DisplayName("a $ref into another component's property gets that property's very type")
    void refIntoComponentProperty() throws Exception {
      // Given Backup reusing Disk's inline enum and integer by pointer (Linode's spec does this)
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Disk:
                type: object
                properties:
                  filesystem: {type: string, enum: [raw, ext4]}
                  size: {type: integer}
              Backup:
                type: object
                properties:
                  filesystem: {$ref: '#/components/schemas/Disk/properties/filesystem'}
                  size: {$ref: '#/components/schemas/Disk/properties/size'}
          """;

      // When it is read
      ApiModel model = read(yaml);

      // Then both use one enum, and the integer stays an integer
      assertEquals(TypeRef.named("Disk filesystem"), objectSchema(model, "Backup").properties().get(0).type());
      assertEquals(TypeRef.named("Disk filesystem"), objectSchema(model, "Disk").properties().get(0).type());
      assertEquals(TypeRef.scalar(ScalarKind.INT64), objectSchema(model, "Backup").properties().get(1).type());
    }

    @Test
    @DisplayName("a string schema with additionalProperties stays a string (GitHub's hook payload)")
    void stringWithAdditionalProperties() throws Exception {
      String yaml = OPENAPI_30_HEADER + """
          components:
            schemas:
              Response:
                type: object
                properties:
                  payload: {type: string, nullable: true, additionalProperties: true}
          """;

      Property payload = objectSchema(read(yaml), "Response").properties().get(0);

      assertEquals(TypeRef.scalar(ScalarKind.STRING), payload.type());
      assertTrue(payload.nullable());
    }
  }

  private ApiModel read(String yaml) throws IOException, SpecProblemsException {
    return parse(yaml).model();
  }

  /** The problems reading {@code yaml} fails with. */
  private List<Diagnostic> problemsOf(String yaml) {
    return assertThrows(SpecProblemsException.class, () -> parse(yaml)).problems();
  }

  private static ObjectSchema objectSchema(ApiModel model, String name) {
    SchemaDefinition schema =
        model.schema(name).orElseThrow(() -> new AssertionError("no schema '" + name + "' in " + sortedNames(model)));
    if (schema instanceof ObjectSchema object) {
      return object;
    }
    throw new AssertionError("'" + name + "' is not an object schema: " + schema);
  }

  private static List<String> sortedNames(ApiModel model) {
    return model.schemas().stream().map(SchemaDefinition::name).sorted().toList();
  }

  /** A property with no description, not deprecated and no fixed value. */
  private static Property property(String wireName, TypeRef type, boolean required, boolean nullable) {
    return new Property(wireName, type, required, nullable, "", false, Optional.empty());
  }

  private static void assertProblem(Diagnostic problem, Severity severity, String code, String location) {
    assertEquals(severity, problem.severity(), problem::format);
    assertEquals(code, problem.code(), problem::format);
    assertEquals(location, problem.location(), problem::format);
    assertFalse(problem.message().isBlank(), problem::format);
  }
}
