package dev.clientele.runtime;

import java.util.Objects;

/**
 * Checks credentials where they are set, so that a bad one fails at once with a message naming
 * which credential is wrong and why, and never showing its value. A credential read from a file
 * often keeps the file's final line break; it is refused rather than trimmed, so that what is sent
 * is exactly what was given.
 */
final class Credentials {

  private Credentials() {}

  /** A credential sent in a header or query as it is: printable ASCII, no surrounding whitespace. */
  static String checkToken(String value, String what) {
    return checkToken(value, what, "only printable ASCII can be sent in a header");
  }

  /** {@link #checkToken(String, String)} with what to say about a character that is not printable ASCII. */
  static String checkToken(String value, String what, String why) {
    checkPresent(value, what);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw invalid(what, i, value.length(), describe(c), why);
      }
    }
    checkEnds(value, what);
    return value;
  }

  /** A part of a basic-auth credential: any text, since it is sent base64-encoded, but no control characters. */
  static String checkBasicPart(String value, String what, boolean mayBeEmpty) {
    if (mayBeEmpty) {
      Objects.requireNonNull(value, () -> what + " is null; pass it, or \"\" if there is none");
    } else {
      checkPresent(value, what);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw invalid(what, i, value.length(), describe(c), "");
      }
    }
    return value;
  }

  /** A credential sent as a cookie value: RFC 6265 cookie-octets only, sent as they are. */
  static String checkCookieValue(String value, String what) {
    checkPresent(value, what);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Cookies.isCookieOctet(c)) {
        throw invalid(what, i, value.length(), describe(c),
            "a cookie value cannot carry it (RFC 6265 allows printable ASCII but space, '\"', ',', ';' and '\\')");
      }
    }
    return value;
  }

  /** A header name: an RFC 9110 token. */
  static String checkHeaderName(String name, String what) {
    checkPresent(name, what);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 0x20 || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
        throw new IllegalArgumentException(what + " '" + SafeText.escape(name) + "' is not a valid header name");
      }
    }
    return name;
  }

  private static void checkPresent(String value, String what) {
    Objects.requireNonNull(value, () -> what + " is null; pass the credential");
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is " + (value.isEmpty() ? "empty" : "blank") + "; pass the credential");
    }
  }

  private static void checkEnds(String value, String what) {
    if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
      throw new IllegalArgumentException(what + " starts or ends with a space; strip() it");
    }
  }

  private static IllegalArgumentException invalid(String what, int index, int length, String problem, String why) {
    boolean finalLineBreak = index == length - 1 && (problem.equals("a line break") || problem.equals("a carriage return"));
    String hint = finalLineBreak ? " (was it read from a file with its final line break? strip() it)" : "";
    return new IllegalArgumentException(what + " has " + problem + " at character " + (index + 1) + " of " + length
        + hint + (why.isEmpty() ? "" : "; " + why) + "; it was not used");
  }

  private static String describe(char c) {
    return switch (c) {
      case '\n' -> "a line break";
      case '\r' -> "a carriage return";
      case '\t' -> "a tab";
      default -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
          ? String.format("a control character (U+%04X)", (int) c)
          : c > 0x7e ? String.format("a non-ASCII character (U+%04X)", (int) c) : "'" + c + "'";
    };
  }
}
