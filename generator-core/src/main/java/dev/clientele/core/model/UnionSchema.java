package dev.clientele.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value that is exactly one of several schemas: {@code oneOf}/{@code anyOf} of objects and of
 * other values (strings, numbers, booleans, arrays, maps), or the parent of an {@code allOf}
 * hierarchy with a discriminator. Becomes a sealed interface.
 *
 * @param variants the names of the object schemas it may be, in document order
 * @param discriminator how a payload names its variant, if the spec says
 * @param commonProperties the properties every variant has (an {@code allOf} parent's own
 *     properties); empty for a plain {@code oneOf}
 * @param valueVariants the alternatives that are not object schemas, in document order; a
 *     payload's JSON kind picks among them
 */
public record UnionSchema(
    String name,
    String description,
    String pointer,
    boolean deprecated,
    List<String> variants,
    Optional<Discriminator> discriminator,
    List<Property> commonProperties,
    List<ValueVariant> valueVariants)
    implements SchemaDefinition {

  public UnionSchema {
    variants = List.copyOf(variants);
    commonProperties = List.copyOf(commonProperties);
    valueVariants = List.copyOf(valueVariants);
  }

  /** A union of object schemas only. */
  public UnionSchema(
      String name,
      String description,
      String pointer,
      boolean deprecated,
      List<String> variants,
      Optional<Discriminator> discriminator,
      List<Property> commonProperties) {
    this(name, description, pointer, deprecated, variants, discriminator, commonProperties, List.of());
  }

  /**
   * An alternative that is not an object schema.
   *
   * @param type its type
   * @param kind the JSON kind of its values, which tells it apart from the others
   */
  public record ValueVariant(TypeRef type, JsonKind kind) {}

  /** The kinds of JSON value, as far as a union's variants can be told apart by them. */
  public enum JsonKind {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    ARRAY,
    OBJECT;

    /**
     * The kind of every value of a type, if it has one: empty for a union or any value (and for a
     * named schema {@code definitions} does not know yet).
     */
    public static Optional<JsonKind> of(TypeRef type, Function<String, SchemaDefinition> definitions) {
      if (type instanceof TypeRef.Scalar scalar) {
        return Optional.of(switch (scalar.kind()) {
          case INT32, INT64, BIG_INTEGER -> INTEGER;
          case FLOAT, DOUBLE, DECIMAL -> NUMBER;
          case BOOLEAN -> BOOLEAN;
          default -> STRING;
        });
      }
      if (type instanceof TypeRef.ArrayOf) {
        return Optional.of(ARRAY);
      }
      if (type instanceof TypeRef.MapOf) {
        return Optional.of(OBJECT);
      }
      if (type instanceof TypeRef.Named named) {
        SchemaDefinition definition = definitions.apply(named.name());
        if (definition instanceof ObjectSchema) {
          return Optional.of(OBJECT);
        }
        if (definition instanceof EnumSchema values) {
          return Optional.of(values.isInteger() ? INTEGER : STRING);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * The property whose value names the variant.
   *
   * @param propertyName the property's wire name
   * @param mapping discriminator value → variant schema name, explicit and implicit entries, in
   *     document order
   */
  public record Discriminator(String propertyName, Map<String, String> mapping) {
    public Discriminator {
      mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
    }
  }
}
