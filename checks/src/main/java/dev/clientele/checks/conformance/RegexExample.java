package dev.clientele.checks.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A string that matches a schema's {@code pattern}, for the common subset of regular expressions
 * specs use: literals and escapes, {@code .}, {@code \d \w \s} (and their negations), character
 * classes with ranges and negation, groups, alternation (the first alternative) and the quantifiers
 * {@code ? * + {n} {n,} {n,m}}. Anything else (lookaround, back references, Unicode classes) gives
 * nothing, and the caller falls back to the spec's example. Every answer is checked with {@link
 * Pattern} and the length bounds, so a wrong guess is never returned.
 */
final class RegexExample {

  /** The pattern uses something outside the subset. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** Characters tried, in order, for a negated class or {@code .}. */
  private static final String CANDIDATES = "a1A_-.b2B ~";
  private static final int MAX_EXTRA = 64;

  private final String pattern;
  private int position;
  private int extra;

  private RegexExample(String pattern) {
    this.pattern = pattern;
  }

  /**
   * A string that {@code pattern} finds (as JSON Schema's {@code pattern}: unanchored unless it
   * says so) and whose length is within the bounds; empty when the pattern is outside the subset.
   *
   * @param maxLength the greatest length, or -1 for none
   */
  static Optional<String> generate(String pattern, int minLength, int maxLength) {
    Pattern compiled;
    try {
      compiled = Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
    // Repeat quantified parts more and more until the length fits.
    for (int extra = 0; extra <= MAX_EXTRA; extra = extra == 0 ? 1 : extra * 2) {
      String candidate;
      try {
        RegexExample generator = new RegexExample(pattern);
        generator.extra = extra;
        candidate = generator.alternation();
        if (generator.position < pattern.length()) {
          return Optional.empty();
        }
      } catch (Unsupported e) {
        return Optional.empty();
      }
      boolean fits = candidate.length() >= minLength && (maxLength < 0 || candidate.length() <= maxLength);
      if (fits && compiled.matcher(candidate).find()) {
        return Optional.of(candidate);
      }
      if (maxLength >= 0 && candidate.length() > maxLength) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private String alternation() {
    String first = sequence();
    while (peek() == '|') {
      position++;
      sequence();
    }
    return first;
  }

  private String sequence() {
    StringBuilder out = new StringBuilder();
    while (position < pattern.length() && peek() != '|' && peek() != ')') {
      Atom atom = atom();
      int[] bounds = quantifier();
      if (atom == null) {
        continue;
      }
      int times = bounds[0];
      if (bounds[1] != bounds[0]) {
        int most = bounds[1] < 0 ? Integer.MAX_VALUE : bounds[1];
        times = (int) Math.min(most, (long) Math.max(bounds[0], bounds[0] == 0 && extra == 0 ? 0 : 1) + extra);
      }
      out.append(atom.text().repeat(times));
    }
    return out.toString();
  }

  private record Atom(String text) {}

  /** One atom; null for an anchor. */
  private Atom atom() {
    char c = pattern.charAt(position++);
    switch (c) {
      case '^', '$' -> {
        return null;
      }
      case '.' -> {
        return new Atom("a");
      }
      case '(' -> {
        if (peek() == '?') {
          if (position + 1 < pattern.length() && pattern.charAt(position + 1) == ':') {
            position += 2;
          } else if (position + 1 < pattern.length() && (pattern.charAt(position + 1) == '<' || pattern.charAt(position + 1) == 'P')
              && position + 2 < pattern.length() && pattern.charAt(position + 2) != '=' && pattern.charAt(position + 2) != '!') {
            int close = pattern.indexOf('>', position);
            if (close < 0) {
              throw new Unsupported("group name");
            }
            position = close + 1;
          } else {
            throw new Unsupported("lookaround");
          }
        }
        String inside = alternation();
        if (peek() != ')') {
          throw new Unsupported("unclosed group");
        }
        position++;
        return new Atom(inside);
      }
      case '[' -> {
        return new Atom(String.valueOf(characterClass()));
      }
      case '\\' -> {
        return new Atom(String.valueOf(escape(false)));
      }
      case '*', '+', '?', '{' -> throw new Unsupported("dangling quantifier");
      default -> {
        return new Atom(String.valueOf(c));
      }
    }
  }

  /** {min, max}, max -1 for unbounded; {1, 1} without a quantifier. */
  private int[] quantifier() {
    if (position >= pattern.length()) {
      return new int[] {1, 1};
    }
    char c = pattern.charAt(position);
    int[] bounds;
    switch (c) {
      case '?' -> bounds = new int[] {0, 1};
      case '*' -> bounds = new int[] {0, -1};
      case '+' -> bounds = new int[] {1, -1};
      case '{' -> {
        int close = pattern.indexOf('}', position);
        String inside = close < 0 ? "" : pattern.substring(position + 1, close);
        if (!inside.matches("\\d+(,\\d*)?")) {
          return new int[] {1, 1};
        }
        String[] parts = inside.split(",", -1);
        int min = Integer.parseInt(parts[0]);
        int max = parts.length == 1 ? min : parts[1].isEmpty() ? -1 : Integer.parseInt(parts[1]);
        position = close;
        bounds = new int[] {min, max};
      }
      default -> {
        return new int[] {1, 1};
      }
    }
    position++;
    if (position < pattern.length() && (pattern.charAt(position) == '?' || pattern.charAt(position) == '+')) {
      position++;
    }
    return bounds;
  }

  /** One character of a class such as {@code [a-z0-9_]} or {@code [^/]}. */
  private char characterClass() {
    boolean negated = peek() == '^';
    if (negated) {
      position++;
    }
    List<char[]> ranges = new ArrayList<>();
    List<String> shorthands = new ArrayList<>();
    boolean first = true;
    while (position < pattern.length() && (pattern.charAt(position) != ']' || first)) {
      first = false;
      char c = pattern.charAt(position++);
      char low;
      if (c == '\\') {
        char escaped = pattern.charAt(position);
        if ("dDwWsS".indexOf(escaped) >= 0) {
          position++;
          shorthands.add("\\" + escaped);
          continue;
        }
        low = escape(true);
      } else if (c == '[') {
        throw new Unsupported("nested class");
      } else {
        low = c;
      }
      char high = low;
      if (peek() == '-' && position + 1 < pattern.length() && pattern.charAt(position + 1) != ']') {
        position++;
        char end = pattern.charAt(position++);
        high = end == '\\' ? escape(true) : end;
      }
      ranges.add(new char[] {low, high});
    }
    if (position >= pattern.length()) {
      throw new Unsupported("unclosed class");
    }
    position++;
    if (!negated) {
      if (!ranges.isEmpty()) {
        return ranges.get(0)[0];
      }
      return shorthand(shorthands.get(0).charAt(1));
    }
    for (char candidate : CANDIDATES.toCharArray()) {
      boolean excluded = ranges.stream().anyMatch(range -> candidate >= range[0] && candidate <= range[1])
          || shorthands.stream().anyMatch(shorthand -> Pattern.matches(shorthand, String.valueOf(candidate)));
      if (!excluded) {
        return candidate;
      }
    }
    throw new Unsupported("negated class excludes every candidate");
  }

  private char escape(boolean inClass) {
    char c = pattern.charAt(position++);
    return switch (c) {
      case 'd', 'w', 's', 'D', 'W', 'S' -> shorthand(c);
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'b', 'B' -> {
        if (inClass) {
          throw new Unsupported("backspace");
        }
        throw new Unsupported("word boundary");
      }
      case 'u' -> {
        char value = (char) Integer.parseInt(pattern.substring(position, position + 4), 16);
        position += 4;
        yield value;
      }
      case 'p', 'P', 'k', 'x', 'c' -> throw new Unsupported("\\" + c);
      default -> {
        if (Character.isDigit(c)) {
          throw new Unsupported("back reference");
        }
        yield c;
      }
    };
  }

  private static char shorthand(char c) {
    return switch (c) {
      case 'd' -> '1';
      case 'w' -> 'a';
      case 's' -> ' ';
      case 'D', 'W' -> '-';
      case 'S' -> 'a';
      default -> throw new Unsupported("\\" + c);
    };
  }

  private char peek() {
    return position < pattern.length() ? pattern.charAt(position) : '\0';
  }
}
