package dev.clientele.core.model;

/**
 * A schema that becomes a Java type of its own. Its {@link #name()} is unique in the model; it is the
 * component name, or for an inline schema a name made from where it sits ({@code Lead} → property
 * {@code addresses} → item: {@code Lead addresses item}).
 */
public sealed interface SchemaDefinition
    permits ObjectSchema, EnumSchema, UnionSchema {

  /** The unique name other schemas use to refer to this one. */
  String name();

  /** The schema's description (or title), empty when it has none. */
  String description();

  /** Where the schema sits in the document, as a JSON pointer, for messages. */
  String pointer();

  /** Whether the schema is marked {@code deprecated}. */
  boolean deprecated();
}
