package dev.clientele.core.model;

import java.util.Optional;

/**
 * A declared property of an object schema.
 *
 * @param wireName the name in JSON, exactly as the spec spells it
 * @param type the property's type
 * @param required listed in the object's {@code required}: a valid instance has it
 * @param nullable may be JSON {@code null}, in any of the idioms (3.0 {@code nullable}, a 3.1 type
 *     array with {@code 'null'}, a {@code oneOf}/{@code anyOf} with a null member, {@code type: 'null'})
 * @param description the description, empty when absent
 * @param deprecated marked {@code deprecated}
 * @param constValue the only value the property may have ({@code const}, or a one-value enum), as
 *     its JSON text, if the schema fixes it
 * @param readOnly marked {@code readOnly}: the server sets it, a request leaves it out
 * @param writeOnly marked {@code writeOnly}: a request sends it, a response leaves it out
 * @param defaultValue the {@code default}, when it is a string, number or boolean (as {@code
 *     String}, {@code Long}, {@code BigInteger} beyond a long, {@code Double} or {@code Boolean})
 */
public record Property(
    String wireName,
    TypeRef type,
    boolean required,
    boolean nullable,
    String description,
    boolean deprecated,
    Optional<String> constValue,
    boolean readOnly,
    boolean writeOnly,
    Optional<Object> defaultValue) {

  /** A property that is neither read-only nor write-only. */
  public Property(
      String wireName,
      TypeRef type,
      boolean required,
      boolean nullable,
      String description,
      boolean deprecated,
      Optional<String> constValue) {
    this(wireName, type, required, nullable, description, deprecated, constValue, false, false, Optional.empty());
  }

  /** This property, required. */
  public Property asRequired() {
    return new Property(
        wireName, type, true, nullable, description, deprecated, constValue, readOnly, writeOnly, defaultValue);
  }
}
