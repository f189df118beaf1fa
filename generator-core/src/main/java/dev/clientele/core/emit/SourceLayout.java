package dev.clientele.core.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out what JavaPoet spaces or wraps unreadably, as a person would write it: a record header gets
 * one component per line, a long {@code permits} clause one type per line, a run of plain fields
 * or enum constants stands together instead of one blank line apart, and a one-line Javadoc is one line.
 */
final class SourceLayout {

  private static final String CONTINUATION = "    ";

  private SourceLayout() {}

  static String apply(String source) {
    return oneLineJavadocs(plainRunsTogether(permitsOnePerLine(recordComponentsOnePerLine(source))));
  }

  /** The widest line a Javadoc of one sentence is joined into, as JavaPoet wraps code at 100. */
  private static final int MAX_LINE = 100;

  /**
   * Writes a Javadoc of one short line, which JavaPoet spreads over three, on one line ({@code /**
   * The value as it appears in JSON. *}{@code /}), as careful hand-written Java does; a tag line
   * ({@code @param}, {@code @throws}) or a longer text keeps the block.
   */
  static String oneLineJavadocs(String source) {
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (true) {
      int open = source.indexOf("/**\n", from);
      if (open < 0) {
        break;
      }
      int lineStart = source.lastIndexOf('\n', open) + 1;
      int textStart = open + 4;
      int textEnd = source.indexOf('\n', textStart);
      from = textStart;
      if (textEnd < 0 || indent(source, lineStart, open) != open - lineStart) {
        continue;
      }
      String indent = source.substring(lineStart, open);
      String textPrefix = indent + " * ";
      String close = indent + " */\n";
      if (!source.startsWith(textPrefix, textStart) || !source.startsWith(close, textEnd + 1)) {
        continue;
      }
      String text = source.substring(textStart + textPrefix.length(), textEnd);
      if (text.isBlank() || text.startsWith("@") || indent.length() + 4 + text.length() + 3 > MAX_LINE) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(source.length());
      }
      out.append(source, copied, open).append("/** ").append(text).append(" */\n");
      copied = textEnd + 1 + close.length();
      from = copied;
    }
    if (out == null) {
      return source;
    }
    return out.append(source, copied, source.length()).toString();
  }


  /**
   * Drops the blank line JavaPoet puts between two members when both are plain one-line fields (no
   * Javadoc, no annotation line) or plain enum constants (no arguments, no body), so that an open
   * enum's constants, its {@code Known} values and a builder's fields read as one block each.
   */
  static String plainRunsTogether(String source) {
    StringBuilder out = null;
    int copied = 0;
    int lineStart = 0;
    boolean previousPlain = false;
    boolean previousIsField = false;
    // The previous line kept, as offsets into source: a dropped blank line does not count.
    int previousStart = 0;
    int previousEnd = 0;
    int length = source.length();
    while (lineStart < length) {
      int lineEnd = source.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      if (lineEnd == lineStart && previousPlain && lineEnd + 1 < length) {
        int nextStart = lineEnd + 1;
        int nextEnd = source.indexOf('\n', nextStart);
        if (nextEnd < 0) {
          nextEnd = length;
        }
        boolean joins = previousIsField
            ? isPlainField(source, nextStart, nextEnd)
            : isPlainConstant(source, nextStart, nextEnd) && source.charAt(previousEnd - 1) == ',';
        if (joins && indent(source, nextStart, nextEnd) == indent(source, previousStart, previousEnd)) {
          if (out == null) {
            out = new StringBuilder(length);
          }
          out.append(source, copied, lineStart);
          copied = lineEnd + 1;
          lineStart = lineEnd + 1;
          continue;
        }
      }
      boolean field = isPlainField(source, lineStart, lineEnd);
      boolean constant = !field && isPlainConstant(source, lineStart, lineEnd);
      // A member is plain when nothing that belongs to it (Javadoc, annotation) stands above it.
      boolean opensBlock = previousEnd == previousStart || source.charAt(previousEnd - 1) == '{' || previousPlain;
      previousPlain = (field || constant) && opensBlock;
      previousIsField = field;
      previousStart = lineStart;
      previousEnd = lineEnd;
      lineStart = lineEnd + 1;
    }
    if (out == null) {
      return source;
    }
    return out.append(source, copied, length).toString();
  }

  private static final String[] FIELD_STARTS = {"private ", "public ", "protected ", "static ", "final "};

  /**
   * Whether the line from {@code start} to {@code end} is a one-line field declaration: modifiers, a
   * type, a name, maybe an initializer, a semicolon.
   */
  private static boolean isPlainField(String source, int start, int end) {
    if (end == start || source.charAt(end - 1) != ';') {
      return false;
    }
    int text = start + indent(source, start, end);
    boolean modifier = false;
    for (String prefix : FIELD_STARTS) {
      if (source.startsWith(prefix, text)) {
        modifier = true;
        break;
      }
    }
    if (!modifier) {
      return false;
    }
    // A method declaration has parentheses before any initializer; a field does not.
    for (int i = text; i < end; i++) {
      char c = source.charAt(i);
      if (c == '(' || c == '{') {
        return false;
      }
      if (c == '=' && source.charAt(i - 1) == ' ' && i + 1 < end && source.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return true;
  }

  /**
   * Whether the line from {@code start} to {@code end} is an enum constant without arguments or
   * body: an indented identifier, then a comma, a semicolon or nothing.
   */
  private static boolean isPlainConstant(String source, int start, int end) {
    int text = start + indent(source, start, end);
    int last = end;
    if (last > text && (source.charAt(last - 1) == ',' || source.charAt(last - 1) == ';')) {
      last--;
    }
    if (last == text || text == start || !Character.isJavaIdentifierStart(source.charAt(text))) {
      return false;
    }
    for (int i = text + 1; i < last; i++) {
      if (!Character.isJavaIdentifierPart(source.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The number of leading spaces of the line from {@code start} to {@code end}. */
  private static int indent(String source, int start, int end) {
    int i = start;
    while (i < end && source.charAt(i) == ' ') {
      i++;
    }
    return i - start;
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
