package dev.clientele.checks.conformance;

import dev.clientele.core.parse.JsonPointers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Between the runtime's JSON paths ({@code $.items[0].id}) and JSON pointers ({@code /items/0/id}). */
final class JsonPaths {

  private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]|\\['([^']*)']");

  private JsonPaths() {}

  static String toPointer(String path) {
    StringBuilder pointer = new StringBuilder();
    Matcher step = STEP.matcher(path.startsWith("$") ? path.substring(1) : path);
    while (step.find()) {
      String name = step.group(1) != null ? step.group(1) : step.group(2) != null ? step.group(2) : step.group(3);
      pointer.append('/').append(JsonPointers.escape(name));
    }
    return pointer.toString();
  }
}
