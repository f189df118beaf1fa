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

  @Test
  @DisplayName("a Javadoc of one short sentence is one line; one with a tag, two lines or no room stays a block")
  void oneLineJavadocs() {
    // Given Javadocs as JavaPoet writes them
    String source = """
        class A {
          /**
           * The value as it appears in JSON.
           */
          String value() {
            return "";
          }

          /**
           * First line.
           * Second line.
           */
          void two() {
          }

          /**
           * @param x the x
           */
          void tag(int x) {
          }

          /**
           * A sentence long enough that, joined with its indentation and its delimiters, it passes the limit.
           */
          void wide() {
          }
        }
        """;

    // When laid out
    String laidOut = SourceLayout.oneLineJavadocs(source);

    // Then only the short single sentence is joined
    assertEquals(source.replace("""
          /**
           * The value as it appears in JSON.
           */
        """, """
          /** The value as it appears in JSON. */
        """), laidOut);
  }
}
