package dev.clientele.checks.conformance;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Example strings for the string formats specs use, and whether a string is one. */
final class Formats {

  private static final Map<String, String> EXAMPLES = Map.ofEntries(
      Map.entry("date", "2024-05-06"),
      Map.entry("date-time", "2024-05-06T07:08:09Z"),
      Map.entry("time", "07:08:09"),
      Map.entry("uuid", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
      Map.entry("uri", "https://example.com/things/1"),
      Map.entry("url", "https://example.com/things/1"),
      Map.entry("uri-reference", "/things/1"),
      Map.entry("iri", "https://example.com/things/1"),
      Map.entry("email", "someone@example.com"),
      Map.entry("idn-email", "someone@example.com"),
      Map.entry("hostname", "example.com"),
      Map.entry("ipv4", "192.0.2.1"),
      Map.entry("ipv6", "2001:db8::1"),
      Map.entry("byte", "aGVsbG8="),
      // base64 of "hello": a byte[] binds from base64, and a raw body sends these bytes as they are
      Map.entry("binary", "aGVsbG8="),
      Map.entry("password", "secret-1"),
      Map.entry("int32", "1"),
      Map.entry("int64", "1"),
      Map.entry("decimal", "1.5"),
      Map.entry("double", "1.5"),
      Map.entry("float", "1.5"));

  private Formats() {}

  /** An example of the format, or null for a format it does not know. */
  static String example(String format) {
    return EXAMPLES.get(format.toLowerCase(Locale.ROOT));
  }

  /** Whether the text is of the format; true for formats it does not know. */
  static boolean valid(String format, String text) {
    try {
      switch (format.toLowerCase(Locale.ROOT)) {
        case "date" -> LocalDate.parse(text);
        case "date-time" -> OffsetDateTime.parse(text);
        case "time" -> LocalTime.parse(text.replaceAll("(Z|[+-]\\d\\d:\\d\\d)$", ""));
        case "uuid" -> UUID.fromString(text);
        case "uri", "url" -> {
          if (!new URI(text).isAbsolute()) {
            return false;
          }
        }
        case "email" -> {
          return text.matches("[^@\\s]+@[^@\\s]+");
        }
        case "byte" -> Base64.getDecoder().decode(text);
        case "int32", "int64" -> Long.parseLong(text);
        default -> { }
      }
      return true;
    } catch (DateTimeParseException | URISyntaxException | IllegalArgumentException e) {
      return false;
    }
  }
}
