package dev.clientele.core.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON pointers as specs write them in {@code $ref}s and as Clientele writes them in messages:
 * RFC 6901 segments, inside URI fragments that may percent-encode them.
 */
public final class JsonPointers {

  private JsonPointers() {}

  /** Escapes one segment ({@code /lead/} → {@code ~1lead~1}). */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** The segment a {@code $ref} spells, percent-escapes and {@code ~} escapes undone. */
  public static String unescape(String segment) {
    return decodeFragment(segment).replace("~1", "/").replace("~0", "~");
  }

  /** Decodes the %XX escapes a URI fragment may use ({@code Lead%20status}). */
  public static String decodeFragment(String fragment) {
    if (fragment.indexOf('%') < 0) {
      return fragment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == '%' && i + 2 < fragment.length()
          && Character.digit(fragment.charAt(i + 1), 16) >= 0 && Character.digit(fragment.charAt(i + 2), 16) >= 0) {
        bytes.write(Integer.parseInt(fragment.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
