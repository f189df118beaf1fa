package dev.clientele.checks.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what Prism says about a request it did not answer with success: the violations in its
 * {@code sl-violations} header (when the spec declares the error response Prism chose) or in the
 * {@code validation} of the problem it made up itself ({@code --errors}), and its other errors.
 */
final class PrismAnswer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PRISM_ERRORS = "https://stoplight.io/prism/errors#";
  private static final String NO_CONTENT_TYPES = "No supported content types";

  private PrismAnswer() {}

  /**
   * The verdict on an answer that was not a success, or null when Prism says nothing about the
   * request (then the spec's own error response was chosen for another reason).
   *
   * @param headers the response headers (names in any case)
   * @param specDeclaresNoRequestMediaType the spec names no media type for the request body (Swagger
   *     2.0 without {@code consumes}): Prism then rejects any body, which says nothing of the client
   */
  static Verdict classify(int status, Map<String, List<String>> headers, String body, boolean specDeclaresNoRequestMediaType) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase("sl-violations")) {
        Verdict verdict = verdict(parse(String.join(",", header.getValue())), specDeclaresNoRequestMediaType);
        if (verdict != null) {
          return verdict;
        }
      }
    }
    JsonNode problem = parse(body);
    String type = problem == null ? "" : problem.path("type").asText("");
    if (!type.startsWith(PRISM_ERRORS)) {
      return null;
    }
    String code = type.substring(PRISM_ERRORS.length());
    String said = problem.path("title").asText("") + (problem.hasNonNull("detail") ? ": " + problem.get("detail").asText() : "");
    Verdict verdict = verdict(problem.path("validation"), specDeclaresNoRequestMediaType);
    if (verdict != null) {
      return verdict;
    }
    if (specDeclaresNoRequestMediaType && problem.path("detail").asText("").startsWith(NO_CONTENT_TYPES)) {
      return new Verdict.NotJudged("the spec declares no media type for the request body (no consumes)");
    }
    return switch (code) {
      case "UNAUTHORIZED", "NO_PATH_MATCHED_ERROR", "NO_METHOD_MATCHED_ERROR", "NOT_ACCEPTABLE",
          "UNPROCESSABLE_ENTITY", "INVALID_CONTENT_TYPE" -> new Verdict.Rejected(status + " " + code + ": " + said);
      default -> new Verdict.NotJudged("Prism answered " + status + " " + code + ": " + said);
    };
  }

  /**
   * Rejected with the request's violations; not judged when the only ones are in the answer Prism
   * made up (with {@code --errors} Prism checks its own answer too) or the spec's missing media
   * type; null for none.
   */
  private static Verdict verdict(JsonNode violations, boolean specDeclaresNoRequestMediaType) {
    List<String> request = new ArrayList<>();
    List<String> response = new ArrayList<>();
    boolean noMediaType = false;
    if (violations != null && violations.isArray()) {
      for (JsonNode violation : violations) {
        if (!violation.path("severity").asText("Error").equalsIgnoreCase("Error")) {
          continue;
        }
        if (specDeclaresNoRequestMediaType && violation.path("message").asText("").startsWith(NO_CONTENT_TYPES)) {
          noMediaType = true;
          continue;
        }
        List<String> location = new ArrayList<>();
        violation.path("location").forEach(part -> location.add(part.asText()));
        String text = String.join(".", location) + ": " + violation.path("message").asText("");
        (!location.isEmpty() && location.get(0).equals("response") ? response : request).add(text);
      }
    }
    if (!request.isEmpty()) {
      return new Verdict.Rejected(String.join("; ", request));
    }
    if (!response.isEmpty()) {
      return new Verdict.NotJudged("Prism's own answer breaks the spec: " + String.join("; ", response));
    }
    return noMediaType ? new Verdict.NotJudged("the spec declares no media type for the request body (no consumes)") : null;
  }

  private static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
