package dev.clientele.core.emit;

import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.EnumSchema;
import dev.clientele.core.model.Nesting;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.TypeReferences;
import dev.clientele.core.model.UnionSchema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The types that belong to one parameter of one operation: enums, objects and unions declared
 * inline in that parameter (directly or as an array's items), used by no other parameter. They nest
 * in the operation's params record ({@code ListForRepoParams.State}, Stripe's {@code
 * ListParams.Created}), named after the parameter, rather than as top-level types named after
 * whichever operation declared them first; what is declared inside them nests in them as usual. An
 * enum that operations of one group declare alike in a parameter of one name is one type, which
 * nests in their interface ({@code TasksApi.OptField}). A type of a parameter under {@code
 * components/parameters}, shared by many operations, is not among them, nor a union whose variants
 * are declared elsewhere (a sealed interface and the records it permits share a package).
 */
final class ParameterTypes {

  private ParameterTypes() {}

  /**
   * The names of such types.
   *
   * @param nesting where the definitions that nest in another one nest
   */
  static Found of(ApiModel model, Map<String, Nesting> nesting) {
    Map<String, SchemaDefinition> definitions = new HashMap<>();
    model.schemas().forEach(definition -> definitions.put(definition.name(), definition));
    Map<String, Integer> uses = new HashMap<>();
    Map<String, Set<String>> groups = new HashMap<>();
    Set<String> candidates = new LinkedHashSet<>();
    for (Operation operation : model.operations()) {
      String operationPointer = operation.pointer();
      String pathPointer = operationPointer.substring(0, Math.max(0, operationPointer.lastIndexOf('/')));
      for (Parameter parameter : operation.parameters()) {
        String name = TypeReferences.ofParameter(parameter.type());
        if (name == null) {
          continue;
        }
        uses.merge(name, 1, Integer::sum);
        groups.computeIfAbsent(name, key -> new HashSet<>()).add(operation.group());
        SchemaDefinition definition = definitions.get(name);
        if (parameter.location() != Parameter.Location.PATH
            && definition != null
            && (definition.pointer().startsWith(operationPointer + "/parameters/")
                || definition.pointer().startsWith(pathPointer + "/parameters/"))) {
          candidates.add(name);
        }
      }
    }
    // A parameter's type that a schema, a body or a response uses too is a model type.
    Set<String> usedBySchemas = TypeReferences.ofSchemasAndBodies(model);
    // An enum that operations of one group declare alike is one (IdenticalTypes), in their interface.
    candidates.removeIf(name -> uses.get(name) != 1
            && !(definitions.get(name) instanceof EnumSchema && groups.get(name).size() == 1)
        || nesting.containsKey(name) || usedBySchemas.contains(name)
        || definitions.get(name) instanceof UnionSchema union && !allInside(union, nesting));
    Set<String> shared = new LinkedHashSet<>(candidates);
    shared.removeIf(name -> uses.get(name) == 1);
    return new Found(candidates, shared);
  }

  /**
   * The types of parameters that nest in the API's interfaces.
   *
   * @param names all of them
   * @param shared those used by several operations of one group, which nest in their interface
   *     rather than in one params record
   */
  record Found(Set<String> names, Set<String> shared) {}

  /** Whether every variant of a union is declared inside it. */
  private static boolean allInside(UnionSchema union, Map<String, Nesting> nesting) {
    return union.variants().stream().allMatch(variant -> JavaTypes.isInside(variant, union.name(), nesting));
  }
}
