package dev.clientele.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets compile against the Close client that its main job generates (this
 * module's tests generate the same one, with the same tag name): a newcomer who copies one gets
 * code that builds.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final String IMPORTS = """
      import com.close.client.*;
      import com.close.client.api.*;
      import com.close.client.model.*;
      import dev.clientele.runtime.*;
      import java.time.*;
      import java.util.*;
      """;

  @TempDir Path classes;

  @Test
  @DisplayName("every ```java block of the README compiles against the generated Close client")
  void javaBlocksCompile() throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    assertFalse(blocks.isEmpty(), "the README has Java snippets");

    List<String> errors = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      errors.addAll(compile("Snippet" + i, blocks.get(i), classes));
    }

    assertEquals(List.of(), errors);
  }

  /** The snippet as the body of a method, compiled; the errors, each with the snippet's line. */
  private static List<String> compile(String name, String snippet, Path classes) {
    String source = "package readme;\n" + IMPORTS + "class " + name + " {\n  void run() throws Exception {\n"
        + snippet + "\n  }\n}\n";
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///readme/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> options = List.of("-classpath", classpath, "-proc:none", "-d", classes.toString());
    compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
    int firstSnippetLine = 3 + (int) IMPORTS.lines().count() + 1;
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> name + " line " + (d.getLineNumber() - firstSnippetLine + 1) + ": " + d.getMessage(Locale.ROOT))
        .toList();
  }

  private static String tempFolder() {
    try {
      return Files.createTempDirectory("readme-snippets").toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
