package dev.clientele.core.model;

import java.util.HashSet;
import java.util.Set;

/** The schema definitions a model's types name: what is used, and so must have a type. */
public final class TypeReferences {

  private TypeReferences() {}

  /**
   * The names the schemas (properties, union variants and values, discriminator mappings), request
   * bodies and responses of a model name; parameters are left to the caller.
   */
  public static Set<String> ofSchemasAndBodies(ApiModel model) {
    Set<String> names = new HashSet<>();
    for (SchemaDefinition definition : model.schemas()) {
      if (definition instanceof ObjectSchema object) {
        object.properties().forEach(property -> collect(property.type(), names));
        collect(object.additionalProperties(), names);
      } else if (definition instanceof UnionSchema union) {
        names.addAll(union.variants());
        union.commonProperties().forEach(property -> collect(property.type(), names));
        union.valueVariants().forEach(variant -> collect(variant.type(), names));
        union.discriminator().ifPresent(discriminator -> names.addAll(discriminator.mapping().values()));
      }
    }
    for (Operation operation : model.operations()) {
      operation.requestBody().ifPresent(body -> collect(body.type(), names));
      for (Response response : operation.responses()) {
        response.type().ifPresent(type -> collect(type, names));
        response.eventStream().flatMap(Response.EventStream::dataType).ifPresent(type -> collect(type, names));
      }
    }
    return names;
  }

  /** The definition a parameter's type names, directly or as an array's items; null for any other type. */
  public static String ofParameter(TypeRef type) {
    TypeRef item = type instanceof TypeRef.ArrayOf array ? array.items() : type;
    return item instanceof TypeRef.Named named ? named.name() : null;
  }

  /** Adds the definition a type names, directly or as an array's items or a map's values. */
  public static void collect(TypeRef type, Set<String> into) {
    if (type instanceof TypeRef.ArrayOf array) {
      collect(array.items(), into);
    } else if (type instanceof TypeRef.MapOf map) {
      collect(map.values(), into);
    } else if (type instanceof TypeRef.Named named) {
      into.add(named.name());
    }
  }
}
