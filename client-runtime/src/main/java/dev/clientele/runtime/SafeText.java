package dev.clientele.runtime;

/**
 * Makes text from a server safe to put in a message: a server controls its bodies, headers and
 * redirect targets, and control characters in them (ANSI escapes, line and paragraph separators,
 * bidirectional overrides) could forge log lines or hide what a terminal shows.
 */
final class SafeText {

  private SafeText() {}

  /** The text with every control, format or line-separator character written as a Java unicode escape. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    int type = Character.getType(c);
    return Character.isISOControl(c) // C0, DEL and C1 (U+0085 NEL among them)
        || type == Character.FORMAT // bidirectional overrides, zero-width characters
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
