package dev.clientele.checks;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.clientele.core.emit.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the JDK's compiler in this JVM, sources and classes in memory,
 * with the options the README promises the code is clean under ({@code --release 17 -Xlint:all}).
 */
public final class InMemoryCompiler {

  /**
   * The outcome.
   *
   * @param errors how many errors
   * @param warnings how many warnings (lint included)
   * @param firstErrors the first few errors, each {@code path:line: message}
   * @param firstWarnings the first few warnings, the same way
   * @param classes binary name → class file, when there were no errors
   */
  public record Result(
      int errors, int warnings, List<String> firstErrors, List<String> firstWarnings, Map<String, byte[]> classes) {
    public boolean ok() {
      return errors == 0;
    }
  }

  private static final int KEPT = 3;

  private final List<File> classpath;

  /** @param classpath what generated code compiles against (Jackson, JSpecify) */
  public InMemoryCompiler(List<File> classpath) {
    this.classpath = List.copyOf(classpath);
  }

  public Result compile(List<SourceFile> sources, Deadline deadline) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler in this runtime: run on a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, byte[]> classes = new HashMap<>();
    try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      standard.setLocation(StandardLocation.CLASS_PATH, classpath);
      List<JavaFileObject> units = new ArrayList<>();
      for (SourceFile source : sources) {
        units.add(new Source(source));
      }
      List<String> options = List.of(
          "--release", "17", "-Xlint:all", "-proc:none", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000");
      JavacTask task = (JavacTask) compiler.getTask(null, new Output(standard, classes), diagnostics, options, null, units);
      // javac cannot be interrupted; it asks this listener between files and phases, which stops it.
      task.addTaskListener(new TaskListener() {
        @Override
        public void started(TaskEvent event) {
          deadline.check();
        }
      });
      task.call();
    }
    int errors = 0;
    int warnings = 0;
    List<String> firstErrors = new ArrayList<>();
    List<String> firstWarnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors++;
        if (firstErrors.size() < KEPT) {
          firstErrors.add(format(diagnostic));
        }
      } else if (diagnostic.getKind() == Diagnostic.Kind.WARNING || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        warnings++;
        if (firstWarnings.size() < KEPT) {
          firstWarnings.add(format(diagnostic));
        }
      }
    }
    return new Result(errors, warnings, firstErrors, firstWarnings, errors == 0 ? classes : Map.of());
  }

  private static String format(Diagnostic<? extends JavaFileObject> diagnostic) {
    String message = diagnostic.getMessage(Locale.ROOT);
    int newline = message.indexOf('\n');
    String where = diagnostic.getSource() == null
        ? ""
        : diagnostic.getSource().toUri().getPath().substring(1) + ":" + diagnostic.getLineNumber() + ": ";
    return where + (newline < 0 ? message : message.substring(0, newline));
  }

  /** A generated source, from memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String content;

    Source(SourceFile source) {
      super(URI.create("mem:///" + source.relativePath()), Kind.SOURCE);
      this.content = source.content();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }

  /** Keeps class files in memory instead of writing them. */
  private static final class Output extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, byte[]> classes;

    Output(StandardJavaFileManager standard, Map<String, byte[]> classes) {
      super(standard);
      this.classes = classes;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        JavaFileManager.Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          return new ByteArrayOutputStream() {
            @Override
            public void close() {
              classes.put(className, toByteArray());
            }
          };
        }
      };
    }
  }
}
