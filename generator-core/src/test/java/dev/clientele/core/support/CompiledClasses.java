package dev.clientele.core.support;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes of a successful in-memory compilation, so that tests can run generated code. */
public final class CompiledClasses extends ClassLoader {

  private final Map<String, byte[]> classes = new HashMap<>();

  public CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      // compile-testing names class files /CLASS_OUTPUT/com/example/Foo$Bar.class
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(), path.length() - ".class".length())
          .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The binary names of every compiled class, nested ones included, sorted. */
  public java.util.List<String> names() {
    return classes.keySet().stream().sorted().toList();
  }

  /** The classes generated from a spec in test-specs/, in the package {@code com.example}. */
  public static CompiledClasses ofTestSpec(String fileName) {
    return new CompiledClasses(Generated.compile(Generated.sources(Specs.named(fileName), "com.example")));
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** The generated class with this binary name ({@code com.example.model.Contact$Unknown}). */
  public Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not generated: " + name + "; generated: " + classes.keySet(), e);
    }
  }
}
