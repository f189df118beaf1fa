package dev.clientele.checks.conformance;

import dev.clientele.runtime.Authentication;
import dev.clientele.runtime.Call;
import dev.clientele.runtime.EventStream;
import dev.clientele.runtime.RetryPolicy;
import dev.clientele.runtime.Transport;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A compiled generated client, driven by reflection as a user's code would drive it: built with
 * its builder ({@code baseUrl}, {@code authentication}, {@code retryPolicy}, {@code
 * requestTimeout}, {@code transport}), its operation interfaces reached through its accessors.
 */
final class GeneratedClient {

  /**
   * One operation method of an operation interface.
   *
   * @param accessor the client's accessor that returns the interface ({@code pets})
   * @param method the interface's blocking method
   * @param httpMethod {@code GET}, {@code POST}...
   * @param path the path template, as the spec writes it
   */
  record OperationMethod(String accessor, Method method, String httpMethod, String path) {
    String name() {
      return accessor + "()." + method.getName();
    }
  }

  /** The generated code is not shaped as this runner expects. */
  static final class Unexpected extends Exception {
    private static final long serialVersionUID = 1L;

    Unexpected(String message) {
      super(message);
    }
  }

  /** Prism makes up some large responses slowly; an answer that takes longer is not judged. */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

  private static final Field CALL_METHOD = field("method");
  private static final Field CALL_PATH = field("pathTemplate");

  private final Class<?> clientClass;
  private final List<OperationMethod> operations;

  private GeneratedClient(Class<?> clientClass, List<OperationMethod> operations) {
    this.clientClass = clientClass;
    this.operations = operations;
  }

  /**
   * Finds the client class (in {@code basePackage}, with a static {@code builder()}) among the
   * compiled classes, and every operation of its interfaces.
   */
  static GeneratedClient find(ClassLoader classes, Collection<String> classNames, String basePackage) throws Unexpected {
    Class<?> client = null;
    for (String name : classNames) {
      if (!name.startsWith(basePackage + ".") || name.indexOf('.', basePackage.length() + 1) >= 0 || name.contains("$")) {
        continue;
      }
      Class<?> candidate = load(classes, name);
      try {
        Method builder = candidate.getMethod("builder");
        if (Modifier.isStatic(builder.getModifiers())) {
          client = candidate;
        }
      } catch (NoSuchMethodException e) {
        // not the client
      }
    }
    if (client == null) {
      throw new Unexpected("no client class with a static builder() in " + basePackage);
    }
    List<OperationMethod> operations = new ArrayList<>();
    Object unbuilt = build(client, "http://127.0.0.1:9", Authentication.none(), null);
    List<Method> accessors = new ArrayList<>(Arrays.asList(client.getMethods()));
    accessors.sort(Comparator.comparing(Method::getName));
    for (Method accessor : accessors) {
      if (accessor.getParameterCount() != 0 || !accessor.getReturnType().isInterface()
          || !accessor.getReturnType().getName().startsWith(basePackage + ".api.")) {
        continue;
      }
      Object api = invoke(accessor, unbuilt);
      List<Method> methods = new ArrayList<>(Arrays.asList(accessor.getReturnType().getMethods()));
      methods.sort(Comparator.comparing(Method::getName));
      for (Method method : methods) {
        // The async twins, the overloads without params, the raw-response view and the streaming
        // twins of JSON operations call the same operations as the plain methods.
        if (Modifier.isStatic(method.getModifiers()) || method.getReturnType() == CompletableFuture.class
            || method.isDefault() || method.getName().equals("withRawResponse")
            || (method.getReturnType() == EventStream.class && method.getName().endsWith("Streaming"))) {
          continue;
        }
        Call<?> call = describe(api.getClass(), method);
        try {
          operations.add(new OperationMethod(
              accessor.getName(), method, (String) CALL_METHOD.get(call), (String) CALL_PATH.get(call)));
        } catch (IllegalAccessException e) {
          throw new Unexpected("cannot read the Call of " + method.getName() + ": " + e);
        }
      }
    }
    return new GeneratedClient(client, operations);
  }

  List<OperationMethod> operations() {
    return operations;
  }

  /** A client for the base URL: no retries (Prism's answer is the verdict), calls bounded by {@link #CALL_TIMEOUT}. */
  Object build(String baseUrl, Authentication authentication, Transport transport) throws Unexpected {
    return build(clientClass, baseUrl, authentication, transport);
  }

  /** The interface of an operation, from a built client. */
  static Object api(Object client, OperationMethod operation) throws Unexpected {
    try {
      return invoke(client.getClass().getMethod(operation.accessor()), client);
    } catch (NoSuchMethodException e) {
      throw new Unexpected("no accessor " + operation.accessor());
    }
  }

  private static Object build(Class<?> client, String baseUrl, Authentication authentication, Transport transport)
      throws Unexpected {
    try {
      Object builder = client.getMethod("builder").invoke(null);
      Class<?> type = builder.getClass();
      type.getMethod("baseUrl", String.class).invoke(builder, baseUrl);
      type.getMethod("authentication", Authentication.class).invoke(builder, authentication);
      type.getMethod("retryPolicy", RetryPolicy.class).invoke(builder, RetryPolicy.none());
      type.getMethod("requestTimeout", Duration.class).invoke(builder, CALL_TIMEOUT);
      if (transport != null) {
        type.getMethod("transport", Transport.class).invoke(builder, transport);
      }
      return type.getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new Unexpected("cannot build " + client.getSimpleName() + ": " + rootCause(e));
    }
  }

  /**
   * The {@code Call} the implementation describes for a method, from its private static
   * {@code …Call} method, given stand-in arguments: where it tells the method and path template.
   */
  private static Call<?> describe(Class<?> implementation, Method method) throws Unexpected {
    Method describing = null;
    for (Method candidate : implementation.getDeclaredMethods()) {
      if (Modifier.isStatic(candidate.getModifiers()) && candidate.getReturnType() == Call.class
          && Arrays.equals(candidate.getParameterTypes(), method.getParameterTypes())
          && candidate.getName().startsWith(method.getName())
          && (describing == null || candidate.getName().equals(method.getName() + "Call"))) {
        describing = candidate;
      }
    }
    if (describing == null) {
      throw new Unexpected("no private Call method for " + implementation.getSimpleName() + "." + method.getName());
    }
    describing.setAccessible(true);
    Object[] standIns = new Object[method.getParameterCount()];
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      standIns[i] = standIn(types[i], method.getDeclaringClass().getPackageName());
    }
    try {
      return (Call<?>) describing.invoke(null, standIns);
    } catch (ReflectiveOperationException e) {
      throw new Unexpected("cannot describe " + method.getName() + ": " + rootCause(e));
    }
  }

  /** A value of a scalar type (what path parameters are), null for the rest, which {@code Call} takes as absent. */
  private static Object standIn(Class<?> type, String apiPackage) {
    if (type == String.class) {
      return "1";
    } else if (type == Integer.class || type == int.class) {
      return 1;
    } else if (type == Long.class || type == long.class) {
      return 1L;
    } else if (type == Double.class || type == double.class) {
      return 1.0;
    } else if (type == Float.class || type == float.class) {
      return 1.0f;
    } else if (type == Boolean.class || type == boolean.class) {
      return true;
    } else if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    } else if (type == BigInteger.class) {
      return BigInteger.ONE;
    } else if (type == UUID.class) {
      return new UUID(0, 1);
    } else if (type == URI.class) {
      return URI.create("https://example.com");
    } else if (type == LocalDate.class) {
      return LocalDate.of(2024, 5, 6);
    } else if (type == LocalTime.class) {
      return LocalTime.NOON;
    } else if (type == OffsetDateTime.class) {
      return OffsetDateTime.parse("2024-05-06T07:08:09Z");
    } else if (type.isEnum() && type.getEnumConstants().length > 0) {
      return type.getEnumConstants()[0];
    } else if (type.isRecord() && type.getPackageName().equals(apiPackage)) {
      // A params record (nested in its interface, or beside the interfaces that share it): every
      // parameter absent, made without its builder, which insists on the required ones.
      try {
        Class<?>[] components = java.util.Arrays.stream(type.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
        return type.getDeclaredConstructor(components).newInstance(new Object[components.length]);
      } catch (ReflectiveOperationException e) {
        return null;
      }
    }
    try {
      return dev.clientele.runtime.Json.mapper().convertValue("1", type);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Object invoke(Method method, Object target) throws Unexpected {
    try {
      return method.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new Unexpected("cannot call " + method.getName() + ": " + rootCause(e));
    }
  }

  private static Class<?> load(ClassLoader classes, String name) throws Unexpected {
    try {
      return Class.forName(name, false, classes);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new Unexpected("cannot load " + name + ": " + e);
    }
  }

  static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while ((cause instanceof InvocationTargetException || cause instanceof ReflectiveOperationException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static Field field(String name) {
    try {
      Field field = Call.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("the runtime's Call has no field " + name, e);
    }
  }
}
