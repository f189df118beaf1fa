package dev.clientele.runtime;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How a parameter value is written in a path, query, header or cookie. */
final class ParameterValues {

  private ParameterValues() {}

  /** Dates as ISO-8601 with seconds; generated enums and everything else by {@code toString()}. */
  static String format(Object value) {
    if (value instanceof OffsetDateTime dateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
    if (value instanceof ZonedDateTime dateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
    return String.valueOf(value);
  }
}
