package dev.clientele.core.emit;

import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.EnumSchema;
import dev.clientele.core.model.Nesting;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.Response;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.UnionSchema;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The enums that belong to one parameter of one operation: declared inline in that parameter
 * (directly or as an array's items), used by no other parameter. They nest in the operation's
 * params record ({@code ListForRepoParams.State}), named after the parameter, rather than as
 * top-level types named after whichever operation declared them first. An enum of a parameter
 * under {@code components/parameters}, shared by many operations, is not among them.
 */
final class ParameterEnums {

  private ParameterEnums() {}

  /**
   * The names of such enums.
   *
   * @param nested the names of definitions that nest in another schema
   * @param places where those nest, so that no enum that has types nested in it moves
   */
  static Set<String> of(ApiModel model, Set<String> nested, Collection<Nesting> places) {
    Map<String, SchemaDefinition> definitions = new HashMap<>();
    model.schemas().forEach(definition -> definitions.put(definition.name(), definition));
    Map<String, Integer> uses = new HashMap<>();
    Set<String> candidates = new LinkedHashSet<>();
    for (Operation operation : model.operations()) {
      String operationPointer = operation.pointer();
      String pathPointer = operationPointer.substring(0, Math.max(0, operationPointer.lastIndexOf('/')));
      for (Parameter parameter : operation.parameters()) {
        String name = enumName(parameter.type());
        if (name == null) {
          continue;
        }
        uses.merge(name, 1, Integer::sum);
        SchemaDefinition definition = definitions.get(name);
        if (parameter.location() != Parameter.Location.PATH
            && definition instanceof EnumSchema
            && (definition.pointer().startsWith(operationPointer + "/parameters/")
                || definition.pointer().startsWith(pathPointer + "/parameters/"))) {
          candidates.add(name);
        }
      }
    }
    Set<String> owners = new java.util.HashSet<>();
    places.forEach(place -> owners.add(place.owner()));
    Set<String> usedBySchemas = usedBySchemas(model);
    candidates.removeIf(name -> uses.get(name) != 1 || nested.contains(name) || owners.contains(name) || usedBySchemas.contains(name));
    return candidates;
  }

  /** The enum a parameter's type names, directly or as an array's items; null for any other type. */
  private static String enumName(TypeRef type) {
    if (type instanceof TypeRef.ArrayOf array) {
      type = array.items();
    }
    return type instanceof TypeRef.Named named ? named.name() : null;
  }

  /** The names that bodies, responses and schemas use: a parameter enum among them is a model type. */
  private static Set<String> usedBySchemas(ApiModel model) {
    Set<String> used = new java.util.HashSet<>();
    for (Operation operation : model.operations()) {
      operation.requestBody().ifPresent(body -> collect(body.type(), used));
      operation.responses().forEach(response -> {
        response.type().ifPresent(type -> collect(type, used));
        response.eventStream().flatMap(Response.EventStream::dataType).ifPresent(type -> collect(type, used));
      });
    }
    for (SchemaDefinition definition : model.schemas()) {
      if (definition instanceof ObjectSchema object) {
        object.properties().forEach(property -> collect(property.type(), used));
        collect(object.additionalProperties(), used);
      } else if (definition instanceof UnionSchema union) {
        used.addAll(union.variants());
        union.valueVariants().forEach(variant -> collect(variant.type(), used));
      }
    }
    return used;
  }

  private static void collect(TypeRef type, Set<String> into) {
    if (type instanceof TypeRef.ArrayOf array) {
      collect(array.items(), into);
    } else if (type instanceof TypeRef.MapOf map) {
      collect(map.values(), into);
    } else if (type instanceof TypeRef.Named named) {
      into.add(named.name());
    }
  }
}
