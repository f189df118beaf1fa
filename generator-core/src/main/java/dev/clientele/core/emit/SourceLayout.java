package dev.clientele.core.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the two declarations JavaPoet wraps unreadably: a record header gets one component per
 * line, and a long {@code permits} clause one type per line — as a person would write them.
 */
final class SourceLayout {

  private static final String CONTINUATION = "    ";

  private SourceLayout() {}

  static String apply(String source) {
    return permitsOnePerLine(recordComponentsOnePerLine(source));
  }

  private static String recordComponentsOnePerLine(String source) {
    int start = declarationStart(source, "public record ");
    if (start < 0) {
      return source;
    }
    int open = source.indexOf('(', start);
    List<String> components = new ArrayList<>();
    int close = splitTopLevel(source, open + 1, components);
    if (close < 0 || components.size() < 2) {
      return source;
    }
    StringBuilder header = new StringBuilder(source.substring(0, open + 1)).append('\n');
    for (int i = 0; i < components.size(); i++) {
      header.append(CONTINUATION).append(components.get(i)).append(i + 1 < components.size() ? ",\n" : "");
    }
    return header + source.substring(close);
  }

  private static String permitsOnePerLine(String source) {
    int start = declarationStart(source, "public sealed interface ");
    if (start < 0) {
      return source;
    }
    int lineEnd = source.indexOf('\n', start);
    String line = source.substring(start, lineEnd);
    int permits = line.indexOf(" permits ");
    if (permits < 0 || line.length() <= 100) {
      return source;
    }
    String head = line.substring(0, permits);
    String body = line.substring(permits + " permits ".length(), line.length() - " {".length());
    String types = String.join(",\n" + CONTINUATION + CONTINUATION, body.split(", "));
    return source.substring(0, start) + head + "\n" + CONTINUATION + "permits " + types + " {" + source.substring(lineEnd);
  }

  /** The offset of a top-level declaration that starts a line, or -1. */
  private static int declarationStart(String source, String prefix) {
    if (source.startsWith(prefix)) {
      return 0;
    }
    int index = source.indexOf("\n" + prefix);
    return index < 0 ? -1 : index + 1;
  }

  /**
   * Splits the text from {@code from} up to the parenthesis that closes the list at commas that
   * are not nested in parentheses, type arguments or literals, with JavaPoet's wrapping undone.
   * Returns the offset of that closing parenthesis, or -1.
   */
  private static int splitTopLevel(String source, int from, List<String> parts) {
    int parens = 0;
    int angles = 0;
    StringBuilder part = new StringBuilder();
    for (int i = from; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfLiteral(source, i);
        part.append(source, i, end + 1);
        i = end;
        continue;
      }
      if (Character.isWhitespace(c)) {
        if (part.length() > 0 && part.charAt(part.length() - 1) != ' ') {
          part.append(' ');
        }
        continue;
      }
      switch (c) {
        case '(' -> parens++;
        case '<' -> angles++;
        case '>' -> angles--;
        case ')' -> {
          if (parens == 0) {
            parts.add(part.toString().strip());
            return i;
          }
          parens--;
        }
        case ',' -> {
          if (parens == 0 && angles == 0) {
            parts.add(part.toString().strip());
            part.setLength(0);
            continue;
          }
        }
        default -> { }
      }
      part.append(c);
    }
    return -1;
  }

  private static int endOfLiteral(String source, int start) {
    char quote = source.charAt(start);
    for (int i = start + 1; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return source.length() - 1;
  }
}
