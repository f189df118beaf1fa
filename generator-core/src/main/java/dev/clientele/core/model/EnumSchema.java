package dev.clientele.core.model;

import java.util.List;

/**
 * A string or integer schema with a fixed set of values. Servers add values over time, so generated
 * code must accept values that are not listed here.
 *
 * @param valueKind {@link TypeRef.ScalarKind#STRING}, {@link TypeRef.ScalarKind#INT32} or {@link
 *     TypeRef.ScalarKind#INT64}: the JSON values' type
 * @param values the listed values as JSON text ({@code in-progress}, {@code 404}), in document
 *     order, without duplicates
 * @param constantNames names the spec suggests for the values ({@code x-enum-varnames}), one per
 *     value; empty when it suggests none
 */
public record EnumSchema(
    String name,
    String description,
    String pointer,
    boolean deprecated,
    TypeRef.ScalarKind valueKind,
    List<String> values,
    List<String> constantNames)
    implements SchemaDefinition {

  public EnumSchema {
    values = List.copyOf(values);
    constantNames = List.copyOf(constantNames);
    if (!constantNames.isEmpty() && constantNames.size() != values.size()) {
      throw new IllegalArgumentException("one constant name per value: " + constantNames + " for " + values);
    }
  }

  /** A string enum whose constants are named after their values. */
  public EnumSchema(String name, String description, String pointer, boolean deprecated, List<String> values) {
    this(name, description, pointer, deprecated, TypeRef.ScalarKind.STRING, values, List.of());
  }

  /** Whether the values are JSON integers rather than strings. */
  public boolean isInteger() {
    return valueKind != TypeRef.ScalarKind.STRING;
  }
}
