package dev.clientele.core.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A spec file read into a JSON tree, with syntax errors reported by line and column. Reading the
 * tree ourselves (rather than letting swagger-parser do it) gives precise messages, lets us refuse
 * remote references before anything is fetched, expands YAML aliases and merge keys within limits
 * ({@link YamlTree}), and lifts SnakeYAML's 3 MiB default limit that large real-world specs (Stripe,
 * AWS EC2) exceed.
 */
final class SpecFile {

  /**
   * A file this large cannot be within {@link YamlTree#MAX_CODE_POINTS} (UTF-8 takes at most four
   * bytes a code point), so it is refused before it is read into memory.
   */
  private static final long MAX_BYTES = 4L * YamlTree.MAX_CODE_POINTS;

  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(YamlTree.MAX_DEPTH)
          .maxDocumentLength(YamlTree.MAX_CODE_POINTS)
          .build())
      .build());

  private SpecFile() {}

  /** Reads the file into a tree whose top level is an object, or records why it cannot and returns null. */
  static JsonNode read(Path path, Problems problems) {
    JsonNode tree = readAny(path, problems);
    if (tree != null && !tree.isObject()) {
      problems.error(
          "not-an-object",
          "",
          "the file is not an OpenAPI document: its top level is not an object",
          "an OpenAPI document starts with 'openapi: 3.x.y' (or 'swagger: \"2.0\"')");
      return null;
    }
    return tree;
  }

  /**
   * Reads a file a spec refers to, whose top level may be anything, or records why it cannot and
   * returns null.
   */
  static JsonNode readAny(Path path, Problems problems) {
    String text;
    try {
      if (Files.size(path) > MAX_BYTES) {
        problems.error(
            "too-large", "", "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB, beyond what Clientele reads",
            "a spec this large is almost certainly not meant: check the file's origin");
        return null;
      }
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
      List<YamlTree.Duplicate> duplicates = new ArrayList<>();
      JsonNode tree = json ? readJson(text) : YamlTree.read(text, duplicates);
      for (YamlTree.Duplicate duplicate : duplicates) {
        problems.warning("duplicate-key", duplicate.location(),
            "the key '" + duplicate.key() + "' is repeated in its mapping; its last value replaces the earlier ones",
            "remove or rename one of them");
      }
      return tree == null ? MissingNode.getInstance() : tree;
    } catch (YamlTree.LimitException e) {
      problems.error("yaml-structure", e.location(), "YAML document refused: " + e.getMessage(), e.hint());
      return null;
    } catch (JsonLimitException e) {
      problems.error(
          "json-structure", e.location, "JSON document refused: " + firstLine(e.getCause().getOriginalMessage()),
          "a spec this large or deep is almost certainly not meant: check the file's origin");
      return null;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof YAMLException yaml && !(yaml instanceof MarkedYAMLException)
          && String.valueOf(yaml.getMessage()).startsWith("The incoming YAML document exceeds the limit")) {
        problems.error(
            "yaml-structure", "",
            "YAML document refused: it is longer than " + String.format(Locale.ROOT, "%,d", YamlTree.MAX_CODE_POINTS)
                + " characters, beyond what Clientele reads",
            "a spec this large is almost certainly not meant: check the file's origin");
        return null;
      }
      String location = location(e);
      String message = firstLine(e.getOriginalMessage());
      if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
        // SnakeYAML knows where the problem is, which may be after where its context started.
        Mark mark = yaml.getProblemMark();
        location = "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        message = (yaml.getContext() == null ? "" : yaml.getContext() + ": ") + yaml.getProblem();
      }
      problems.error(
          json ? "json-syntax" : "yaml-syntax",
          location,
          (json ? "JSON" : "YAML") + " syntax error: " + message,
          "fix the syntax at that position");
      return null;
    } catch (IOException e) {
      problems.error("file-unreadable", "", "cannot read the spec file: " + e.getMessage(), "");
      return null;
    }
  }

  /** Reads JSON; a limit exceeded is reported where the parser was, which Jackson's exception omits. */
  private static JsonNode readJson(String text) throws IOException {
    try (JsonParser parser = JSON.createParser(text)) {
      try {
        return JSON.readTree(parser);
      } catch (StreamConstraintsException e) {
        JsonLocation where = parser.currentLocation();
        throw new JsonLimitException("line " + where.getLineNr() + ", column " + where.getColumnNr(), e);
      }
    }
  }

  /** A JSON document beyond a limit, and where. */
  private static final class JsonLimitException extends IOException {
    private final String location;

    JsonLimitException(String location, StreamConstraintsException cause) {
      super(cause);
      this.location = location;
    }

    @Override
    public synchronized StreamConstraintsException getCause() {
      return (StreamConstraintsException) super.getCause();
    }
  }

  private static String location(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    return where == null || where.getLineNr() < 1 ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
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
   * file first. URLs are not followed (nothing is fetched), nor are files outside the spec's folder
   * unless {@code allowExternalRefs}; a named file that is missing or unreadable is listed all the
   * same, since whether it exists matters to what is generated.
   */
  static List<Path> withReferencedFiles(Path spec, boolean allowExternalRefs) {
    // Problems found here are reported by the real read, when generating; this only follows refs.
    Function<Path, JsonNode> reader = file -> readAny(file, new Problems(file.toString()));
    JsonNode tree = Files.isRegularFile(spec) ? reader.apply(spec) : null;
    return FileReferences.of(spec, allowExternalRefs).follow(spec, tree, reader, (file, pointer, ref, target, may, viaId) -> {});
  }

  /** Receives the {@code $ref}s of a tree. */
  interface RefVisitor {
    void visit(String pointer, String ref);
  }
}
