package dev.clientele.runtime;

import java.nio.charset.StandardCharsets;

/** Writes cookie values: RFC 6265 cookie-octets as they are, anything else percent-encoded. */
final class Cookies {

  private static final String HEX = "0123456789ABCDEF";

  private Cookies() {}

  /** Whether RFC 6265 allows the character in a cookie value: printable ASCII but space, '"', ',', ';', '\'. */
  static boolean isCookieOctet(char c) {
    return c == 0x21 || (c >= 0x23 && c <= 0x2b) || (c >= 0x2d && c <= 0x3a) || (c >= 0x3c && c <= 0x5b)
        || (c >= 0x5d && c <= 0x7e);
  }

  /**
   * A cookie parameter's value: as it is when every character may be in a cookie; otherwise its
   * UTF-8 bytes percent-encoded where they may not (and {@code %} itself, so it reads back).
   */
  static String value(String value) {
    if (value.chars().allMatch(c -> isCookieOctet((char) c))) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (isCookieOctet(c) && c != '%') {
        out.append(c);
      } else {
        out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
      }
    }
    return out.toString();
  }
}
