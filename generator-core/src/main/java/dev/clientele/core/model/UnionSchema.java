package dev.clientele.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value that is exactly one of several object schemas: {@code oneOf}/{@code anyOf} of objects, or
 * the parent of an {@code allOf} hierarchy with a discriminator. Becomes a sealed interface.
 *
 * @param variants the names of the object schemas it may be, in document order
 * @param discriminator how a payload names its variant, if the spec says
 * @param commonProperties the properties every variant has (an {@code allOf} parent's own
 *     properties); empty for a plain {@code oneOf}
 */
public record UnionSchema(
    String name,
    String description,
    String pointer,
    boolean deprecated,
    List<String> variants,
    Optional<Discriminator> discriminator,
    List<Property> commonProperties)
    implements SchemaDefinition {

  public UnionSchema {
    variants = List.copyOf(variants);
    commonProperties = List.copyOf(commonProperties);
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
