package dev.clientele.core.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A spec file read into a JSON tree, with syntax errors reported by line and column. Reading the
 * tree ourselves (rather than letting swagger-parser do it) gives precise messages, lets us refuse
 * remote references before anything is fetched, and lifts SnakeYAML's 3 MiB default limit that
 * large real-world specs (Stripe, AWS EC2) exceed.
 */
final class SpecFile {

  /** Large enough for every spec we know of (Stripe's is ~6 MiB), small enough to stop a runaway. */
  private static final int MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());

  private SpecFile() {}

  private static YAMLFactory yamlFactory() {
    LoaderOptions loaderOptions = new LoaderOptions();
    loaderOptions.setCodePointLimit(MAX_YAML_CODE_POINTS);
    return YAMLFactory.builder().loaderOptions(loaderOptions).build();
  }

  /** Reads the file into a tree, or records why it cannot and returns null. */
  static JsonNode read(Path path, Problems problems) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      problems.error("file-not-found", "", "the spec file does not exist", "check the path you gave");
      return null;
    } catch (IOException e) {
      problems.error("file-unreadable", "", "cannot read the spec file: " + e.getMessage(), "");
      return null;
    }
    boolean json = text.stripLeading().startsWith("{");
    try {
      JsonNode tree = (json ? JSON : YAML).readTree(text);
      if (tree == null || !tree.isObject()) {
        problems.error(
            "not-an-object",
            "",
            "the file is not an OpenAPI document: its top level is not a " + (json ? "JSON" : "YAML") + " object",
            "an OpenAPI document starts with 'openapi: 3.x.y' (or 'swagger: \"2.0\"')");
        return null;
      }
      return tree;
    } catch (JsonProcessingException e) {
      String location = "";
      String message = firstLine(e.getOriginalMessage());
      if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
        // SnakeYAML knows where the problem is, which may be after where its context started.
        Mark mark = yaml.getProblemMark();
        location = "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        message = (yaml.getContext() == null ? "" : yaml.getContext() + ": ") + yaml.getProblem();
      } else if (e.getLocation() != null) {
        JsonLocation where = e.getLocation();
        location = "line " + where.getLineNr() + ", column " + where.getColumnNr();
      }
      problems.error(
          json ? "json-syntax" : "yaml-syntax",
          location,
          (json ? "JSON" : "YAML") + " syntax error: " + message,
          "fix the syntax at that position");
      return null;
    }
  }

  private static String firstLine(String message) {
    String trimmed = message == null ? "" : message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline);
  }

  /** Calls {@code visitor} for every {@code $ref} string in the tree with the pointer to its object. */
  static void forEachRef(JsonNode node, String pointer, RefVisitor visitor) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        visitor.visit(pointer, ref.asText());
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        forEachRef(field.getValue(), pointer + "/" + JsonPointers.escape(field.getKey()), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        forEachRef(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }

  /**
   * The file and every local file its {@code $ref}s name, transitively, each absolute and once, the
   * file first. URLs are not followed (nothing is fetched); a named file that is missing or unreadable
   * is listed all the same, since whether it exists matters to what is generated.
   */
  static List<Path> withReferencedFiles(Path spec) {
    Set<Path> found = new LinkedHashSet<>();
    Deque<Path> pending = new ArrayDeque<>();
    pending.add(spec.toAbsolutePath().normalize());
    while (!pending.isEmpty()) {
      Path file = pending.removeFirst();
      if (!found.add(file) || !Files.isRegularFile(file)) {
        continue;
      }
      // Problems found here are reported by the real read, when generating; this only follows refs.
      JsonNode tree = read(file, new Problems(file.toString()));
      if (tree != null) {
        forEachRef(tree, "#", (pointer, ref) -> {
          Path target = localFile(file, ref);
          if (target != null && !found.contains(target)) {
            pending.add(target);
          }
        });
      }
    }
    return List.copyOf(found);
  }

  /** The file a {@code $ref} in {@code from} names, or null when it names none or a URL. */
  private static Path localFile(Path from, String ref) {
    String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
    String lower = file.toLowerCase(Locale.ROOT);
    if (file.isEmpty() || lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")) {
      return null;
    }
    try {
      return from.getParent().resolve(file).normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Receives the {@code $ref}s of a tree. */
  interface RefVisitor {
    void visit(String pointer, String ref);
  }
}
