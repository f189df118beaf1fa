package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LiteralsTest {

  /** What JavaPoet's $S or a plain unicode escape gets wrong, each of these broke a compile. */
  private static final List<String> VALUES = List.of(
      "plain", "", "ls\u2028ps\u2029", "lone\ud800", "\udc00first", "lone\ud800" + "\\u0041 then a backslash-u", // javac misreads an escaped high surrogate right before an escaped backslash and u
      "\ud800\ud800", "pair\ud83d\ude00", "nul\u0000 bel\u0007 nel\u0085", "bidi\u202e zero\u200b bom\ufeff",
      "\"quoted\" \\ back", "*/ static { System.exit(1); } /*", "\\u002a/ class Evil {} /*", "日本語");

  @Test
  @DisplayName("hostile strings become constant expressions that javac reads back exactly, in annotations and case labels too")
  void literalsRoundTripThroughJavac() throws Exception {
    // Given a class that holds every value as a constant, an annotation value and a case label
    StringBuilder source = new StringBuilder("package p;\npublic final class Holder {\n");
    source.append("  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Named { String value(); }\n");
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < VALUES.size(); i++) {
      String literal = Literals.string(VALUES.get(i));
      source.append("  @Named(").append(literal).append(") public static final String V").append(i).append(" = ").append(literal).append(";\n");
      cases.add("      case " + literal + " -> " + i + ";\n");
    }
    source.append("  public static int index(String value) {\n    return switch (value) {\n");
    cases.forEach(source::append);
    source.append("      default -> -1;\n    };\n  }\n}\n");
    // written as UTF-8 and read back, as a generated file is
    String onDisk = new String(source.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

    // When it is compiled and loaded
    Compilation compilation = Generated.compile(List.of(new SourceFile("p/Holder.java", onDisk)));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> holder = new CompiledClasses(compilation).load("p.Holder");

    // Then each constant, annotation value and case label is exactly the value
    for (int i = 0; i < VALUES.size(); i++) {
      var field = holder.getField("V" + i);
      assertEquals(VALUES.get(i), field.get(null));
      java.lang.annotation.Annotation named = field.getAnnotations()[0];
      assertEquals(VALUES.get(i), named.annotationType().getMethod("value").invoke(named));
      assertEquals(i, holder.getMethod("index", String.class).invoke(null, VALUES.get(i)));
    }
  }
}
