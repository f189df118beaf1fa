package dev.clientele.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The line count a run reports: the one {@link String#lines()} gives, counted without the strings. */
class LineCountTest {

  @Test
  @DisplayName("Given texts with every kind of line end, when their lines are counted, then the count is String.lines()'s")
  void countsLinesAsStringLinesDoes() {
    List<String> texts = List.of(
        "", "a", "\n", "\n\n", "a\n", "a\nb", "a\nb\n", "a\r\nb\r\n", "a\rb", "\r", "\r\n", "\r\r\n",
        "a\n\r\nb", "class A {\n  int x;\n}\n", "no end at all", "\n\nlast");
    for (String text : texts) {
      assertEquals(text.lines().count(), Clientele.lineCount(text), () -> "lines of " + text.replace("\r", "\\r").replace("\n", "\\n"));
    }
  }
}
