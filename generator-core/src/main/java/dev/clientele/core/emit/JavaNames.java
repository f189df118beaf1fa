package dev.clientele.core.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns names from a spec (wire names, schema names, tags, enum values) into Java identifiers. Every
 * place that names something calls this class, so that the same wire name always becomes the same
 * identifier. Only ASCII letters and digits survive: anything else separates words.
 */
public final class JavaNames {

  /** Names a record component may not have (JLS 8.10.1). */
  private static final Set<String> RECORD_FORBIDDEN =
      Set.of("clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  private static final Map<Character, String> SYMBOL_NAMES =
      Map.ofEntries(
          Map.entry('+', "PLUS"),
          Map.entry('-', "MINUS"),
          Map.entry('*', "STAR"),
          Map.entry('/', "SLASH"),
          Map.entry('\\', "BACKSLASH"),
          Map.entry('<', "LT"),
          Map.entry('>', "GT"),
          Map.entry('=', "EQ"),
          Map.entry('!', "NOT"),
          Map.entry('.', "DOT"),
          Map.entry(',', "COMMA"),
          Map.entry(':', "COLON"),
          Map.entry(';', "SEMICOLON"),
          Map.entry('_', "UNDERSCORE"),
          Map.entry('@', "AT"),
          Map.entry('#', "HASH"),
          Map.entry('$', "DOLLAR"),
          Map.entry('%', "PERCENT"),
          Map.entry('&', "AND"),
          Map.entry('|', "PIPE"),
          Map.entry('~', "TILDE"),
          Map.entry('^', "CARET"),
          Map.entry('?', "QUESTION"),
          Map.entry(' ', "SPACE"),
          Map.entry('\'', "QUOTE"),
          Map.entry('"', "DOUBLE_QUOTE"),
          Map.entry('(', "LEFT_PAREN"),
          Map.entry(')', "RIGHT_PAREN"),
          Map.entry('[', "LEFT_BRACKET"),
          Map.entry(']', "RIGHT_BRACKET"),
          Map.entry('{', "LEFT_BRACE"),
          Map.entry('}', "RIGHT_BRACE"));

  /**
   * The longest type name. A type's name is its file's name ({@code Name.java}) and begins the
   * names of its nested classes' files ({@code Name$Builder.class}, {@code Name$Inner$Known.class}),
   * and most file systems refuse names over 255 bytes.
   */
  static final int MAX_TYPE_NAME = 100;

  /** The longest member or constant name: far below the class file's limit, and still readable. */
  static final int MAX_MEMBER_NAME = 200;

  /**
   * Names Windows gives to devices, in every folder and with any extension: {@code Con.java} cannot
   * be created there (and on a shared drive, not read either).
   */
  private static final Set<String> WINDOWS_DEVICES =
      Set.of("CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
          "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "CONIN$", "CONOUT$");

  private JavaNames() {}

  /** Whether a file named {@code name.java} cannot exist on Windows ({@code con}, {@code Aux}, {@code COM1}). */
  static boolean isWindowsDeviceName(String name) {
    return WINDOWS_DEVICES.contains(name.toUpperCase(Locale.ROOT));
  }

  /**
   * Splits a name into words at anything that is not an ASCII letter or digit and at case changes:
   * {@code is_stalled} → [is, stalled], {@code followUpSMSAction} → [follow, Up, SMS, Action],
   * {@code address_1} → [address, 1].
   */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAsciiLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0) {
        char previous = word.charAt(word.length() - 1);
        boolean lowerToUpper = isLower(previous) && isUpper(c);
        boolean acronymEnd =
            isUpper(previous) && isUpper(c) && i + 1 < name.length() && isLower(name.charAt(i + 1));
        if (lowerToUpper || acronymEnd) {
          flush(word, words);
        }
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  /** A type name: {@code close-lead_address} → {@code CloseLeadAddress}. */
  public static String typeName(String name) {
    StringBuilder result = new StringBuilder();
    for (String word : words(name)) {
      result.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
    }
    return shortened(safeIdentifier(result.toString(), "Type"), MAX_TYPE_NAME);
  }

  /**
   * A member (method, parameter, record component) name: {@code is_stalled} → {@code isStalled},
   * {@code URL} → {@code url}, {@code class} → {@code class_}.
   */
  public static String memberName(String name) {
    List<String> words = words(name);
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (i == 0) {
        result.append(word.toLowerCase(Locale.ROOT));
      } else {
        result.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
    }
    return shortened(safeIdentifier(result.toString(), "value"), MAX_MEMBER_NAME);
  }

  /** A record component name: a member name that is also not one of {@code Object}'s methods. */
  public static String componentName(String name) {
    String member = memberName(name);
    return RECORD_FORBIDDEN.contains(member) ? member + "_" : member;
  }

  /**
   * A constant name in UPPER_SNAKE: {@code in-progress} → {@code IN_PROGRESS}, {@code 2xx} →
   * {@code _2XX}, {@code >=} → {@code GT_EQ}, {@code ""} → {@code EMPTY}.
   */
  public static String constantName(String value) {
    if (value.isEmpty()) {
      return "EMPTY";
    }
    // A plus is never punctuation between words: Etc/GMT+1 and Etc/GMT-1 must not both be ETC_GMT_1.
    List<String> words = words(value.replace("+", " plus "));
    if (words.isEmpty()) {
      return symbolsName(value);
    }
    String joined = String.join("_", words).toUpperCase(Locale.ROOT);
    return shortened(safeIdentifier(joined, "VALUE"), MAX_MEMBER_NAME);
  }

  private static String symbolsName(String value) {
    List<String> parts = new ArrayList<>();
    for (char c : value.toCharArray()) {
      String symbol = SYMBOL_NAMES.get(c);
      if (symbol == null) {
        return "VALUE";
      }
      parts.add(symbol);
    }
    return shortened(String.join("_", parts), MAX_MEMBER_NAME);
  }

  private static String safeIdentifier(String candidate, String fallback) {
    if (candidate.isEmpty()) {
      return fallback;
    }
    if (Character.isDigit(candidate.charAt(0))) {
      candidate = "_" + candidate;
    }
    if (SourceVersion.isKeyword(candidate) || candidate.equals("_")) {
      candidate = candidate + "_";
    }
    return candidate;
  }

  /**
   * The name, or when it is longer than {@code max} its beginning followed by eight hex digits of a
   * hash of the whole: still a valid identifier, the same for the same name in every run, and
   * different for names that share a long beginning.
   */
  private static String shortened(String name, int max) {
    if (name.length() <= max) {
      return name;
    }
    String hash = String.format("%08x", name.hashCode());
    return name.substring(0, max - hash.length()) + hash;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
