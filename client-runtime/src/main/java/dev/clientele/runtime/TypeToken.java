package dev.clientele.runtime;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * A generic type for a call's body, captured by an anonymous subclass: {@code new
 * TypeToken<List<Pet>>() {}}. The runtime's own, so that generated code names no Jackson type.
 *
 * @param <T> the type
 */
public abstract class TypeToken<T> {

  private final Type type;

  /** Captures the type argument of the anonymous subclass. */
  protected TypeToken() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType parameterized)) {
      throw new IllegalStateException("a TypeToken needs its type argument: new TypeToken<List<Pet>>() {}");
    }
    this.type = parameterized.getActualTypeArguments()[0];
  }

  /** The captured type. */
  public final Type type() {
    return type;
  }

  @Override
  public String toString() {
    return "TypeToken<" + type.getTypeName() + ">";
  }
}
