package dev.clientele.core.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Java source for string constants that hold spec text (wire names, enum values, defaults, URLs).
 * JavaPoet's {@code $S} would keep U+2028 and U+2029 raw and then break the line there, inside the
 * literal; and half a surrogate pair can be neither written as UTF-8 nor, before some escapes, as a
 * unicode escape javac reads back. Here every character a reader cannot see is a unicode escape,
 * and half a pair is a {@code (char)} constant joined on, so the result is still a constant
 * expression (fit for annotations and {@code case} labels) whose value is exactly the spec's text.
 */
final class Literals {

  private Literals() {}

  /** The value as a constant expression of type String: a literal, or a parenthesized concatenation. */
  static String string(String value) {
    List<String> operands = new ArrayList<>();
    StringBuilder literal = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        literal.append(c).append(value.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        operands.add(literal.append('"').toString());
        operands.add(String.format(Locale.ROOT, "(char) 0x%04x", (int) c));
        literal = new StringBuilder("\"");
      } else {
        appendEscaped(literal, c);
      }
    }
    String last = literal.append('"').toString();
    if (operands.isEmpty()) {
      return last;
    }
    if (!last.equals("\"\"")) {
      operands.add(last);
    }
    return "(" + String.join(" + ", operands) + ")";
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '\b' -> out.append("\\b");
      case '\t' -> out.append("\\t");
      case '\n' -> out.append("\\n");
      case '\f' -> out.append("\\f");
      case '\r' -> out.append("\\r");
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      default -> {
        int type = Character.getType(c);
        if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
            || type == Character.PRIVATE_USE) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
  }
}
