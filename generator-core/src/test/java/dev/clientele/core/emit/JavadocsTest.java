package dev.clientele.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JavadocsTest {

  @Test
  @DisplayName("nothing in a description can end the comment or become code")
  void escapesCommentTerminatorsAndUnicodeEscapes() {
    // Given text that would close a comment directly, through a unicode escape, or start a tag
    String hostile = "a */ b \\u002a\\u002f c \\u000a d @return e <b>f</b> & g";

    // When it is made safe for Javadoc
    String escaped = Javadocs.escape(hostile);

    // Then no comment terminator, backslash or tag start survives, and the text still reads the same
    assertFalse(escaped.contains("*/"));
    assertFalse(escaped.contains("\\"));
    assertFalse(escaped.contains("@"));
    assertEquals(
        "a *&#47; b &#92;u002a&#92;u002f c &#92;u000a d &#64;return e &lt;b&gt;f&lt;/b&gt; &amp; g", escaped);
  }

  @Test
  @DisplayName("Markdown paragraphs, code and fences become Javadoc HTML")
  void markdownBecomesHtml() {
    String text = "First `code` and **bold**.\n\nSecond, see [docs](https://example.com/x).\n\n```json\n{\"a\": 1}\n```";

    assertEquals(
        "First <code>code</code> and <b>bold</b>.\n\n"
            + "<p>Second, see <a href=\"https://example.com/x\">docs</a>.\n\n"
            + "<pre>\n{\"a\": 1}\n</pre>",
        Javadocs.paragraphs(text));
  }

  @Test
  @DisplayName("long paragraphs wrap at a readable width")
  void wrapsLongParagraphs() {
    String paragraph = "word ".repeat(40).strip();

    for (String line : Javadocs.paragraphs(paragraph).split("\n")) {
      assertFalse(line.length() > 92, line);
    }
  }

  @Test
  @DisplayName("invisible characters and half surrogate pairs in a description become visible entities")
  void invisibleCharactersBecomeEntities() {
    // Given text with a bidirectional override, a zero-width space, a lone surrogate and a real pair
    String hostile = "a\u202eb\u200bc\ud800d\ud83d\ude00e";

    // When it is made safe for Javadoc, Then what a reader could not see, or UTF-8 cannot hold, is an entity
    assertEquals("a&#x202e;b&#x200b;c&#xfffd;d\ud83d\ude00e", Javadocs.escape(hostile));
  }
}
