package dev.clientele.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What swagger-parser's Swagger 2.0 → OpenAPI 3.0 converter loses about an operation, read back
 * from the 2.0 document itself.
 *
 * <ul>
 *   <li>{@code in: formData} parameters can only be sent as {@code application/x-www-form-urlencoded}
 *       or {@code multipart/form-data} (Swagger 2.0, "Parameter Object"); the converter still offers
 *       every media type of the operation's {@code consumes}, JSON included (Slack's
 *       {@code admin.apps.approve} consumes both, and a server answers JSON with 415).
 *   <li>A path parameter and a query parameter of the same name (Kubernetes' proxy operations take
 *       {@code path} in both) become one parameter: the path one is lost, and the URL cannot be built.
 * </ul>
 */
final class Swagger2Operations {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String MULTIPART = "multipart/form-data";

  private final JsonNode document;

  Swagger2Operations(JsonNode document) {
    this.document = document;
  }

  boolean isSwagger2() {
    return document.path("swagger").asText("").equals("2.0");
  }

  /**
   * The media type a 2.0 operation with {@code formData} parameters is sent as, among those the
   * converted request body offers: multipart when the operation sends a file or lists only
   * multipart, else the URL-encoded form. Empty for an operation without {@code formData}
   * parameters, or when neither form type is offered.
   */
  Optional<String> formMediaType(String operationPointer, Collection<String> offered) {
    if (!isSwagger2()) {
      return Optional.empty();
    }
    boolean formData = false;
    boolean file = false;
    for (JsonNode parameter : parameters(operationPointer)) {
      if (parameter.path("in").asText("").equals("formData")) {
        formData = true;
        file |= parameter.path("type").asText("").equals("file");
      }
    }
    if (!formData) {
      return Optional.empty();
    }
    Optional<String> form = find(offered, FORM);
    Optional<String> multipart = find(offered, MULTIPART);
    return file || form.isEmpty() ? multipart.or(() -> form) : form;
  }

  /**
   * The 2.0 declaration of path parameter {@code name} of an operation: on the operation or on its
   * path item, with a local {@code $ref} followed once.
   */
  Optional<JsonNode> pathParameter(String operationPointer, String name) {
    if (!isSwagger2()) {
      return Optional.empty();
    }
    for (JsonNode parameter : parameters(operationPointer)) {
      if (parameter.path("in").asText("").equals("path") && parameter.path("name").asText("").equals(name)) {
        return Optional.of(parameter);
      }
    }
    return Optional.empty();
  }

  /** The operation's own parameters, then its path item's, each with a local {@code $ref} resolved. */
  private List<JsonNode> parameters(String operationPointer) {
    String pathPointer = operationPointer.substring(0, operationPointer.lastIndexOf('/'));
    List<JsonNode> all = new ArrayList<>();
    for (String pointer : new String[] {operationPointer, pathPointer}) {
      for (JsonNode parameter : document.at(JsonPointers.decodeFragment(pointer.substring(1))).path("parameters")) {
        String ref = parameter.path("$ref").asText("");
        all.add(ref.startsWith("#/") ? document.at(JsonPointers.decodeFragment(ref.substring(1))) : parameter);
      }
    }
    return all;
  }

  private static Optional<String> find(Collection<String> offered, String mediaType) {
    return offered.stream()
        .filter(candidate -> candidate.toLowerCase(Locale.ROOT).startsWith(mediaType))
        .findFirst();
  }
}
