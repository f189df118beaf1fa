package dev.clientele.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the {@code rel="next"} target in RFC 8288 {@code Link} headers, as GitHub sends them:
 * {@code <https://api.github.com/repositories/1/issues?page=2>; rel="next", <…>; rel="last"}. Link
 * values are split at commas outside {@code <…>} and quoted strings; {@code rel} may be quoted or
 * not, and may list several relations ({@code rel="next last"}); relation names ignore case.
 */
final class LinkHeader {

  private LinkHeader() {}

  /** The target of the first link whose relations include {@code next}, as written (maybe relative). */
  static Optional<String> next(List<String> headerValues) {
    for (String header : headerValues) {
      int at = 0;
      while (at < header.length()) {
        int open = header.indexOf('<', at);
        if (open < 0) {
          break;
        }
        int close = header.indexOf('>', open);
        if (close < 0) {
          break;
        }
        String target = header.substring(open + 1, close).strip();
        int end = endOfParameters(header, close + 1);
        if (hasNextRelation(header.substring(close + 1, end))) {
          return Optional.of(target);
        }
        at = end + 1;
      }
    }
    return Optional.empty();
  }

  /** Where this link's parameters end: the next comma outside a quoted string, or the end. */
  private static int endOfParameters(String header, int from) {
    boolean quoted = false;
    for (int i = from; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        return i;
      }
    }
    return header.length();
  }

  private static boolean hasNextRelation(String parameters) {
    for (String parameter : parameters.split(";")) {
      int equals = parameter.indexOf('=');
      if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("rel")) {
        continue;
      }
      String value = parameter.substring(equals + 1).strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      for (String relation : value.strip().split("\\s+")) {
        if (relation.toLowerCase(Locale.ROOT).equals("next")) {
          return true;
        }
      }
    }
    return false;
  }
}
