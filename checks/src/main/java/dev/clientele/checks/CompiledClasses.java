package dev.clientele.checks;

import java.util.Map;

/** Loads the classes of one in-memory compilation, above the runner's own (which has Jackson). */
public final class CompiledClasses extends ClassLoader {

  private final Map<String, byte[]> classes;

  public CompiledClasses(Map<String, byte[]> classes) {
    super("corpus", CompiledClasses.class.getClassLoader());
    this.classes = classes;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
