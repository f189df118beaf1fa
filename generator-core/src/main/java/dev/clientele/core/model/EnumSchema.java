package dev.clientele.core.model;

import java.util.List;

/**
 * A string schema with a fixed set of values. Servers add values over time, so generated code must
 * accept values that are not listed here.
 *
 * @param values the listed values, in document order, without duplicates
 */
public record EnumSchema(
    String name, String description, String pointer, boolean deprecated, List<String> values)
    implements SchemaDefinition {

  public EnumSchema {
    values = List.copyOf(values);
  }
}
