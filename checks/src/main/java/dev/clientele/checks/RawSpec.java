package dev.clientele.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.clientele.core.parse.JsonPointers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A spec as the plain JSON tree its authors wrote, read independently of generator-core: where the
 * examples are, and what their schemas say. Only local references ({@code #/...}) are followed.
 *
 * @param tree the whole document
 */
public record RawSpec(JsonNode tree) {

  /** As generator-core's reader: SnakeYAML's 3 MiB default is too small for Stripe or AWS EC2. */
  private static final int MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());

  private static YAMLFactory yamlFactory() {
    LoaderOptions loaderOptions = new LoaderOptions();
    loaderOptions.setCodePointLimit(MAX_YAML_CODE_POINTS);
    return YAMLFactory.builder().loaderOptions(loaderOptions).build();
  }

  public static RawSpec read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode tree = (text.stripLeading().startsWith("{") ? JSON : YAML).readTree(text);
    if (tree == null || !tree.isObject()) {
      throw new IOException("the top level is not an object");
    }
    return new RawSpec(tree);
  }

  /** {@code 3.1.0}, {@code 2.0}, or {@code ?} when the document says neither. */
  public String version() {
    if (tree.path("openapi").isValueNode()) {
      return tree.path("openapi").asText();
    }
    return tree.path("swagger").isValueNode() ? tree.path("swagger").asText() : "?";
  }

  public boolean isSwagger2() {
    return !tree.has("openapi") && tree.has("swagger");
  }

  /** Where component schemas live: {@code #/definitions/} in Swagger 2.0. */
  public String schemasPointer() {
    return isSwagger2() ? "#/definitions/" : "#/components/schemas/";
  }

  /** The node a local {@code $ref} points to, or null for a remote or dangling one. */
  public JsonNode resolve(String ref) {
    if (!ref.startsWith("#")) {
      return null;
    }
    JsonNode target = tree.at(JsonPointers.decodeFragment(ref.substring(1)));
    return target.isMissingNode() ? null : target;
  }

  /** Follows {@code $ref}s until a node that is not one (at most a few hops; cycles give null). */
  public JsonNode deref(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current != null && current.has("$ref"); hops++) {
      if (hops > 16 || !current.get("$ref").isTextual()) {
        return null;
      }
      current = resolve(current.get("$ref").asText());
    }
    return current;
  }

  /** The component name a {@code $ref} names ({@code Pet} for {@code #/components/schemas/Pet}), or null. */
  public String componentName(String ref) {
    String prefix = schemasPointer();
    if (!ref.startsWith(prefix) || ref.indexOf('/', prefix.length()) >= 0) {
      return null;
    }
    return JsonPointers.unescape(ref.substring(prefix.length()));
  }
}
