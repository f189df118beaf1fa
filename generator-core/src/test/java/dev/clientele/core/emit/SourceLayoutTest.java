package dev.clientele.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The layout pass that groups plain members as a person would; the golden files show it on whole files. */
class SourceLayoutTest {

  @Test
  @DisplayName("plain one-line fields and plain enum constants stand together, one blank line apart from the rest")
  void plainRunsStandTogether() {
    // Given members as JavaPoet spaces them
    String source = """
        class A {
          public static final A X = new A("x");

          public static final A Y = new A("y");

          private A(String value) {
          }

          enum Known {
            X,

            Y
          }
        }
        """;

    // When laid out
    String laidOut = SourceLayout.plainRunsTogether(source);

    // Then the runs are blocks and the constructor keeps its blank line
    assertEquals("""
        class A {
          public static final A X = new A("x");
          public static final A Y = new A("y");

          private A(String value) {
          }

          enum Known {
            X,
            Y
          }
        }
        """, laidOut);
  }

  @Test
  @DisplayName("a field with Javadoc or an annotation, a method, and an enum constant with arguments keep their blank lines")
  void documentedMembersKeepTheirSpace() {
    String source = """
        class A {
          /** Documented. */
          private String a;

          private String b;

          @Deprecated
          private String c;

          private String d;

          private String e() {
            return d;
          }

          enum E {
            ONE("1"),

            TWO("2")
          }
        }
        """;

    assertEquals(source, SourceLayout.plainRunsTogether(source));
  }
}
