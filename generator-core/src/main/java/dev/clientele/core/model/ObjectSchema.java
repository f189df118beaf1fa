package dev.clientele.core.model;

import java.util.List;

/**
 * A JSON object with declared properties: becomes a record.
 *
 * @param properties the declared properties in document order, {@code allOf} parts merged in
 * @param additionalProperties the type of undeclared properties; {@link TypeRef.AnyValue} when the
 *     schema does not constrain them. Undeclared properties are always kept, since servers add
 *     fields (Close sends custom fields as top-level keys).
 */
public record ObjectSchema(
    String name,
    String description,
    String pointer,
    boolean deprecated,
    List<Property> properties,
    TypeRef additionalProperties)
    implements SchemaDefinition {

  public ObjectSchema {
    properties = List.copyOf(properties);
  }

  /** The names of the properties a valid instance must have. */
  public List<String> requiredPropertyNames() {
    return properties.stream().filter(Property::required).map(Property::wireName).toList();
  }
}
