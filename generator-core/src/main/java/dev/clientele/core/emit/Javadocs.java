package dev.clientele.core.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes spec text safe to place in a Javadoc comment. A spec is untrusted: javac decodes
 * {@code \}{@code uXXXX} escapes even inside comments, so a description could otherwise close the
 * comment or start a new line of code. Backslashes, {@code @}, {@code *}{@code /} and HTML
 * metacharacters are written as HTML entities, which read the same in rendered Javadoc.
 */
final class Javadocs {

  private Javadocs() {}

  /** How wide a line of Javadoc text may be, before JavaPoet's indentation. */
  private static final int WIDTH = 92;

  private static final Pattern CODE = Pattern.compile("`([^`\n]+)`");
  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\n]+)\\*\\*");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\n]+)]\\((https?://[^)\\s\"]+)\\)");

  /**
   * The text, escaped, as Javadoc: blank-line-separated paragraphs become {@code <p>} paragraphs
   * wrapped to a readable width, fenced code blocks become {@code <pre>}, and inline Markdown
   * (code, bold, absolute links) becomes the matching HTML.
   */
  static String paragraphs(String text) {
    List<String> blocks = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    List<String> fence = null;
    for (String line : normalize(text).split("\n", -1)) {
      String trimmed = line.strip();
      if (fence != null) {
        if (trimmed.startsWith("```")) {
          blocks.add("<pre>\n" + escape(String.join("\n", fence)) + "\n</pre>");
          fence = null;
        } else {
          fence.add(line.stripTrailing());
        }
      } else if (trimmed.startsWith("```")) {
        flush(paragraph, blocks);
        fence = new ArrayList<>();
      } else if (trimmed.isEmpty()) {
        flush(paragraph, blocks);
      } else {
        paragraph.add(trimmed);
      }
    }
    if (fence != null) {
      paragraph.addAll(fence);
    }
    flush(paragraph, blocks);
    StringBuilder out = new StringBuilder();
    for (String block : blocks) {
      if (out.length() > 0) {
        out.append(block.startsWith("<pre>") ? "\n\n" : "\n\n<p>");
      }
      out.append(block);
    }
    return out.toString();
  }

  /** The text as one paragraph (for {@code @param} and {@code @return}), escaped and wrapped. */
  static String inline(String text) {
    return wrap(markdown(escape(normalize(text).strip().replaceAll("\\s*\n\\s*", " "))));
  }

  private static void flush(List<String> paragraph, List<String> blocks) {
    if (!paragraph.isEmpty()) {
      blocks.add(wrap(markdown(escape(String.join(" ", paragraph)))));
      paragraph.clear();
    }
  }

  private static String markdown(String escaped) {
    String result = CODE.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement("<code>" + match.group(1) + "</code>"));
    result = BOLD.matcher(result).replaceAll(match -> Matcher.quoteReplacement("<b>" + match.group(1) + "</b>"));
    return LINK.matcher(result)
        .replaceAll(match -> Matcher.quoteReplacement("<a href=\"" + match.group(2) + "\">" + match.group(1) + "</a>"));
  }

  /** Breaks a paragraph into lines of at most {@link #WIDTH} characters where it has spaces. */
  private static String wrap(String paragraph) {
    return wrap(List.of(paragraph.split(" +")));
  }

  /**
   * Puts the words on lines of at most {@link #WIDTH} characters, a space between two on a line:
   * a word may be a phrase that must not break, such as a {@code {@link …}}.
   */
  static String wrap(List<String> words) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }

  private static String normalize(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The text as inline code. */
  static String code(String text) {
    return "<code>" + escape(text) + "</code>";
  }

  /** Escapes everything that could end the comment, start a tag or become code. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String normalized = normalize(text);
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\' -> out.append("&#92;");
        case '@' -> out.append("&#64;");
        case '/' -> out.append(i > 0 && normalized.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\n', '\t' -> out.append(c);
        default -> {
          int type = Character.getType(c);
          if (type == Character.FORMAT) {
            // Bidirectional overrides and zero-width characters would make the comment, and the
            // code around it, read differently from what javac sees ("Trojan Source").
            out.append("&#x").append(Integer.toHexString(c)).append(';');
          } else if (Character.isSurrogate(c)) {
            // A pair is one character and stays; half of one cannot be written as UTF-8 at all.
            boolean paired = Character.isHighSurrogate(c)
                ? i + 1 < normalized.length() && Character.isLowSurrogate(normalized.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(normalized.charAt(i - 1));
            out.append(paired ? String.valueOf(c) : "&#xfffd;");
          } else if (!Character.isISOControl(c) && type != Character.LINE_SEPARATOR
              && type != Character.PARAGRAPH_SEPARATOR) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
