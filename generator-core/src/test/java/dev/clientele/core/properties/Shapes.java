package dev.clientele.core.properties;

import java.util.List;

/**
 * The random specs' building blocks: a schema shape that the spec writer turns into OpenAPI and the
 * instance maker into a JSON value valid for it. Kept apart from the generator's own model on
 * purpose: the test must not share the code it checks.
 */
final class Shapes {

  private Shapes() {}

  /** A schema. */
  sealed interface Shape permits Scalar, Enum, ArrayOf, MapOf, ObjectOf, Ref {}

  /** A scalar of a JSON type and format ({@code string}/{@code date-time}, {@code integer}/{@code int64}…). */
  record Scalar(String type, String format, boolean nullable) implements Shape {}

  /** A string enum; instances sometimes hold a value it does not list, as servers send. */
  record Enum(List<String> values) implements Shape {}

  record ArrayOf(Shape items) implements Shape {}

  record MapOf(Shape values) implements Shape {}

  /** An inline object. */
  record ObjectOf(List<Prop> properties) implements Shape {}

  /**
   * A reference to a component after the referring one ({@code offset} picks which), so that
   * references never form a cycle and every instance is finite; a string where none follows.
   * Nullable as 3.1 says it: {@code oneOf: [{$ref}, {type: 'null'}]}.
   */
  record Ref(int offset, boolean nullable) implements Shape {}

  /** A property: its wire name, schema and whether the object requires it. */
  record Prop(String name, Shape shape, boolean required) {}

  /** A component: an object, or a oneOf of the object components after it. */
  sealed interface Component permits ObjectComponent, UnionComponent {
    String name();
  }

  record ObjectComponent(String name, List<Prop> properties) implements Component {}

  /**
   * A oneOf of up to three object components after it. With a discriminator, each variant gets a
   * required string property holding its name; without, each gets a required property of its own,
   * so that the variants can be told apart by what they require.
   */
  record UnionComponent(String name, int variants, boolean discriminated) implements Component {}

  /** A whole spec: its components, in order. */
  record Spec(List<Component> components) {}
}
