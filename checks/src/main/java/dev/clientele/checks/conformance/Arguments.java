package dev.clientele.checks.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.core.emit.JavaNames;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.runtime.Json;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The arguments of one operation method: for each required parameter and for the body, a JSON value
 * the spec's schema allows ({@link ValueGenerator}), bound into the parameter's generated Java type
 * by the runtime's own mapper, which builds records through their creators, enums and open enums
 * from their values, unions through their deserializers, and {@code java.time}, {@code UUID},
 * {@code URI}, {@code BigDecimal} and collections as usual. Optional parameters are left out
 * (null), as a caller would.
 */
final class Arguments {

  /** No valid arguments could be made. */
  static final class CannotBuild extends Exception {
    private static final long serialVersionUID = 1L;

    CannotBuild(String message) {
      super(message);
    }
  }

  private final ValueGenerator values;
  private final boolean secured;
  private JsonNode lastBody;

  /** @param secured whether the spec declares security schemes (then an Authorization header parameter is the client's) */
  Arguments(ValueGenerator values, boolean secured) {
    this.values = values;
    this.secured = secured;
  }

  /**
   * The arguments, in the order the method declares its parameters: path parameters as the model
   * lists them, then the params record of the query, header and cookie parameters (built with its
   * builder, its components in the same order), then the body.
   */
  Object[] of(Method method, Operation operation, RawOperation raw) throws CannotBuild {
    lastBody = null;
    List<Parameter> parameters = new ArrayList<>(operation.parameters());
    parameters.sort(Comparator.comparing(Parameter::location));
    // The client's own: an Authorization header when the spec declares security schemes, and a
    // parameter of one possible value, which the client sends itself.
    parameters.removeIf(parameter -> secured && parameter.location() == Parameter.Location.HEADER
        && parameter.name().equalsIgnoreCase("Authorization") || parameter.fixedValue().isPresent());
    List<Parameter> path = parameters.stream().filter(p -> p.location() == Parameter.Location.PATH).toList();
    List<Parameter> others = parameters.stream().filter(p -> p.location() != Parameter.Location.PATH).toList();
    int expected = path.size() + (others.isEmpty() ? 0 : 1) + (operation.requestBody().isPresent() ? 1 : 0);
    Type[] types = method.getGenericParameterTypes();
    if (types.length != expected) {
      throw new CannotBuild("the method has " + types.length + " parameters where the spec gives " + expected);
    }
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < path.size(); i++) {
      arguments[i] = value(path.get(i), types[i], raw);
    }
    if (!others.isEmpty()) {
      arguments[path.size()] = params((Class<?>) types[path.size()], others, raw);
    }
    if (operation.requestBody().isPresent()) {
      JsonNode schema = raw.bodySchema(operation.requestBody().get().mediaType());
      if (schema == null) {
        throw new CannotBuild("the spec has no body schema for " + operation.requestBody().get().mediaType());
      }
      JsonNode body = values.value(schema);
      lastBody = body;
      arguments[types.length - 1] = bind(body, types[types.length - 1], "body");
    }
    return arguments;
  }

  /** A value for a required parameter, null for an optional one (left out, as a caller would). */
  private Object value(Parameter parameter, Type type, RawOperation raw) throws CannotBuild {
    if (!parameter.required()) {
      return null;
    }
    String location = parameter.location().name().toLowerCase(Locale.ROOT);
    JsonNode declared = raw.parameter(parameter.name(), location);
    if (declared == null) {
      throw new CannotBuild("the spec has no " + location + " parameter " + parameter.name());
    }
    return bind(values.parameterValue(declared, raw.parameterSchema(declared)), type, location + " parameter " + parameter.name());
  }

  /**
   * The params record, made as a caller makes it: {@code builder()}, a setter per required
   * parameter, {@code build()}. A component is the parameter of its Java name; a record that
   * several operations share lists them in the first one's order, which may not be this one's.
   */
  private Object params(Class<?> record, List<Parameter> parameters, RawOperation raw) throws CannotBuild {
    RecordComponent[] components = record.getRecordComponents();
    if (components == null || components.length != parameters.size()) {
      throw new CannotBuild(record.getSimpleName() + " is not a record of the " + parameters.size()
          + " query, header and cookie parameters");
    }
    List<Parameter> inOrder = new ArrayList<>(parameters);
    for (int i = 0; i < components.length; i++) {
      for (Parameter parameter : parameters) {
        if (JavaNames.memberName(parameter.name()).equals(components[i].getName())) {
          inOrder.set(i, parameter);
        }
      }
    }
    try {
      Object builder = record.getMethod("builder").invoke(null);
      for (int i = 0; i < components.length; i++) {
        Object value = value(inOrder.get(i), components[i].getGenericType(), raw);
        if (value != null) {
          builder.getClass().getMethod(components[i].getName(), components[i].getType()).invoke(builder, value);
        }
      }
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new CannotBuild("cannot build " + record.getSimpleName() + ": " + GeneratedClient.rootCause(e));
    }
  }

  /** The JSON of the body the last {@link #of} built, or null when it built none: what the client should send. */
  JsonNode lastBody() {
    return lastBody;
  }

  /** The JSON value as the Java type; {@code byte[]} and {@code String} bodies take the text as is. */
  static Object bind(JsonNode value, Type type, String what) throws CannotBuild {
    if (value == null) {
      throw new CannotBuild(what + ": the schema allows no finite value (required properties form a cycle)");
    }
    if (type == byte[].class) {
      return (value.isTextual() ? value.asText() : value.toString()).getBytes(StandardCharsets.UTF_8);
    }
    if (type == String.class && !value.isTextual()) {
      return value.isValueNode() ? value.asText() : value.toString();
    }
    try {
      // through text, so that numbers are the node types a payload on the wire parses into (an int
      // for 1, not the generator's BigInteger, which a Long creator does not take)
      JsonNode wire = Json.mapper().readTree(value.toString());
      return Json.mapper().convertValue(wire, Json.mapper().constructType(type));
    } catch (IllegalArgumentException | JsonProcessingException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      int newline = message.indexOf('\n');
      throw new CannotBuild(what + ": " + value + " does not bind to " + type.getTypeName() + ": "
          + (newline < 0 ? message : message.substring(0, newline)));
    }
  }
}
