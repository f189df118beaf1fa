package dev.clientele.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * A schema {@code $ref} that points to nothing in the document is a local fault: it costs a local
 * fallback, with a warning naming the pointer, rather than the whole client (GitHub's
 * {@code CommentId}, referred to by a path parameter and never defined). The schema becomes what
 * its place allows: a parameter's value a string, as parameters are on the wire; anything else any
 * JSON value. A reference to anything other than a schema stays an error.
 */
final class DanglingRefs {

  private static final Set<String> PARAMETER_LOCATIONS = Set.of("path", "query", "header", "cookie");

  private DanglingRefs() {}

  /** Whether a {@code #...} reference names a schema (the only kind with a fallback). */
  static boolean isSchemaRef(String ref) {
    return ref.startsWith("#/components/schemas/") || ref.startsWith("#/definitions/");
  }

  /**
   * Replaces each dangling schema reference, the objects at {@code pointers}, by its fallback and
   * warns about it.
   */
  static void replace(JsonNode tree, List<String> pointers, Problems problems) {
    for (String pointer : pointers) {
      JsonNode node = tree.at(JsonPointers.decodeFragment(pointer.substring(1)));
      if (!(node instanceof ObjectNode schema)) {
        continue;
      }
      String ref = schema.path("$ref").asText();
      schema.remove("$ref");
      boolean parameterValue = pointer.endsWith("/schema") && PARAMETER_LOCATIONS.contains(parentOf(tree, pointer).path("in").asText());
      if (parameterValue) {
        schema.put("type", "string");
      }
      problems.warning(
          "unresolved-ref",
          pointer,
          "$ref '" + ref + "' points to nothing in this document; typed as "
              + (parameterValue ? "a string, as parameters are sent" : "any JSON value"),
          "define it or correct the reference (failOnWarnings / --strict makes this an error)");
    }
  }

  private static JsonNode parentOf(JsonNode tree, String pointer) {
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    return parent.equals("#") ? tree : tree.at(JsonPointers.decodeFragment(parent.substring(1)));
  }
}
