package dev.clientele.core.model;

/**
 * The type of a value: a property, an array item, a parameter, a body. Named schemas are referenced
 * by name, never embedded, so that recursive schemas are finite.
 */
public sealed interface TypeRef {

  /** A scalar JSON value with an optional format that refines it. */
  record Scalar(ScalarKind kind) implements TypeRef {}

  /** A JSON array. */
  record ArrayOf(TypeRef items) implements TypeRef {}

  /** A JSON object used as a dictionary with string keys ({@code additionalProperties}). */
  record MapOf(TypeRef values) implements TypeRef {}

  /** A reference to a {@link SchemaDefinition} by its {@link SchemaDefinition#name()}. */
  record Named(String name) implements TypeRef {}

  /** Any JSON value: the schema says nothing about it, or says something Java cannot express. */
  record AnyValue() implements TypeRef {}

  /** The scalar kinds, each one a JSON type narrowed by a {@code format}. */
  enum ScalarKind {
    STRING,
    INT32,
    INT64,
    /** An integer whose declared bounds go beyond a {@code long}'s. */
    BIG_INTEGER,
    FLOAT,
    DOUBLE,
    DECIMAL,
    BOOLEAN,
    DATE,
    DATE_TIME,
    UUID,
    URI,
    /** Base64-encoded bytes ({@code format: byte}). */
    BYTES,
    /** Raw bytes of a non-JSON body ({@code format: binary}). */
    BINARY
  }

  static TypeRef scalar(ScalarKind kind) {
    return new Scalar(kind);
  }

  static TypeRef named(String name) {
    return new Named(name);
  }

  static TypeRef any() {
    return new AnyValue();
  }
}
