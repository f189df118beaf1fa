package dev.clientele.core.parse;

import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.EnumSchema;
import dev.clientele.core.model.Nesting;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.TypeReferences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters an operation always sends with the same value: required, outside the path, and of
 * an enum of one value. AWS's query APIs give every operation an {@code Action} and a {@code
 * Version} so (EC2: 806 operations); a caller has nothing to choose there, so the client sends the
 * value itself instead of asking for it, as a hand-written client would. The enum declared inline
 * for such a parameter, used nowhere else, has no type then.
 */
final class FixedParameters {

  private FixedParameters() {}

  /** The model with each such parameter fixed to its value. */
  static ApiModel apply(ApiModel model) {
    Map<String, SchemaDefinition> definitions = new HashMap<>();
    model.schemas().forEach(definition -> definitions.put(definition.name(), definition));
    Set<String> fixedTypes = new HashSet<>();
    List<Operation> operations = new ArrayList<>();
    for (Operation operation : model.operations()) {
      List<Parameter> parameters = new ArrayList<>();
      for (Parameter parameter : operation.parameters()) {
        Optional<String> value = fixedValue(parameter, definitions);
        if (value.isPresent()) {
          fixedTypes.add(((TypeRef.Named) parameter.type()).name());
          parameters.add(new Parameter(parameter.name(), parameter.location(), TypeRef.scalar(TypeRef.ScalarKind.STRING),
              true, parameter.description(), parameter.deprecated(), parameter.style(), parameter.explode(), value));
        } else {
          parameters.add(parameter);
        }
      }
      operations.add(operation.withParameters(parameters));
    }
    if (fixedTypes.isEmpty()) {
      return model;
    }
    // A component is the spec's own name for a type: it stays, used or not.
    Set<String> unused = new HashSet<>(fixedTypes);
    unused.removeAll(TypeReferences.ofSchemasAndBodies(model));
    Set<String> byParameters = new HashSet<>();
    operations.forEach(operation -> operation.parameters().forEach(p -> TypeReferences.collect(p.type(), byParameters)));
    unused.removeAll(byParameters);
    unused.removeIf(name -> IdenticalTypes.isComponent(definitions.get(name)));
    Map<String, Nesting> nesting = new LinkedHashMap<>(model.nesting());
    nesting.keySet().removeAll(unused);
    return new ApiModel(model.title(), model.description(), model.servers(),
        model.schemas().stream().filter(definition -> !unused.contains(definition.name())).toList(),
        operations, model.securitySchemes(), nesting, model.sharedPointers());
  }

  /** The value a parameter always has, when it is required, outside the path and of an enum of one value. */
  private static Optional<String> fixedValue(Parameter parameter, Map<String, SchemaDefinition> definitions) {
    if (!parameter.required() || parameter.location() == Parameter.Location.PATH
        || !(parameter.type() instanceof TypeRef.Named named)
        || !(definitions.get(named.name()) instanceof EnumSchema enumeration)
        || enumeration.values().size() != 1) {
      return Optional.empty();
    }
    return Optional.of(enumeration.values().get(0));
  }
}
