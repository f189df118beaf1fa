package dev.clientele.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The local files a spec's {@code $ref}s name, and whether they may be read: a spec is untrusted
 * input, so by default only files inside the spec's own folder tree are, where "inside" is decided on
 * real paths (a symbolic link inside the folder that leads out of it leads out). References in the
 * files referred to are followed and confined the same way.
 */
final class FileReferences {

  private final Path folder;
  private final Path realFolder;
  private final boolean allowExternal;

  private FileReferences(Path folder, Path realFolder, boolean allowExternal) {
    this.folder = folder;
    this.realFolder = realFolder;
    this.allowExternal = allowExternal;
  }

  /** The references of {@code spec}, confined to its folder unless {@code allowExternal}. */
  static FileReferences of(Path spec, boolean allowExternal) {
    Path folder = spec.toAbsolutePath().normalize().getParent();
    Path realFolder;
    try {
      realFolder = folder.toRealPath();
    } catch (IOException e) {
      realFolder = folder;
    }
    return new FileReferences(folder, realFolder, allowExternal);
  }

  /** The spec's folder, as its files are confined to. */
  Path folder() {
    return realFolder;
  }

  /**
   * The file a {@code $ref} in {@code from} names, resolved as swagger-parser resolves it (relative
   * to {@code from}'s folder, {@code ..} removed without following links), or null when it names a
   * place in the same document or a URL. A {@code file:} URL names its path.
   */
  static Path target(Path from, String ref) {
    String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
    String lower = file.toLowerCase(Locale.ROOT);
    if (file.isEmpty() || lower.startsWith("http://") || lower.startsWith("https://")) {
      return null;
    }
    try {
      if (lower.startsWith("file:")) {
        URI uri = URI.create(file);
        return uri.isOpaque() || uri.getPath() == null ? null : Path.of(uri.getPath()).normalize();
      }
      return from.toAbsolutePath().getParent().resolve(file).normalize();
    } catch (IllegalArgumentException e) { // InvalidPathException too
      return null;
    }
  }

  /** Whether {@code ref} is a {@code file:} URL, which Clientele does not follow. */
  static boolean isFileUrl(String ref) {
    return ref.toLowerCase(Locale.ROOT).startsWith("file:");
  }

  /**
   * Whether the file {@code ref} in {@code from} names may be read. Besides the path as given, the
   * path with its %-escapes decoded must be inside too, since OpenAPI 3.1 references are URIs.
   */
  boolean mayRead(Path from, String ref) {
    if (allowExternal) {
      return true;
    }
    Path target = target(from, ref);
    if (target == null) {
      return true;
    }
    if (!inside(target)) {
      return false;
    }
    String decoded = percentDecoded(ref);
    if (!decoded.equals(ref)) {
      Path decodedTarget = target(from, decoded);
      return decodedTarget != null && inside(decodedTarget);
    }
    return true;
  }

  /** Inside the folder once every link is followed; a file that does not exist, by its path. */
  private boolean inside(Path file) {
    try {
      return file.toRealPath().startsWith(realFolder);
    } catch (IOException e) {
      return file.startsWith(folder) || file.startsWith(realFolder);
    }
  }

  /**
   * Follows the spec's file references, transitively: calls {@code listener} for every {@code $ref}
   * of the spec and of every file it may read, and reads each such file once with {@code reader}
   * (which returns null for one that is missing or not a spec document).
   *
   * @return the spec and the files it may read that its references name, each once, the spec first
   */
  List<Path> follow(Path spec, JsonNode specTree, Function<Path, JsonNode> reader, Listener listener) {
    Path start = spec.toAbsolutePath().normalize();
    Set<Path> found = new LinkedHashSet<>();
    found.add(start);
    Deque<Path> files = new ArrayDeque<>();
    Deque<JsonNode> trees = new ArrayDeque<>();
    if (specTree != null) {
      files.add(start);
      trees.add(specTree);
    }
    while (!files.isEmpty()) {
      Path file = files.removeFirst();
      JsonNode tree = trees.removeFirst();
      forEachRef(tree, "#", null, file.toUri(), (pointer, ref, viaId) -> {
        Path target = target(file, ref);
        boolean mayRead = mayRead(file, ref);
        listener.ref(file, pointer, ref, target, mayRead, viaId);
        if (target != null && mayRead && !isFileUrl(ref) && found.add(target)) {
          JsonNode referenced = Files.isRegularFile(target) ? reader.apply(target) : null;
          if (referenced != null) {
            files.add(target);
            trees.add(referenced);
          }
        }
      });
    }
    return List.copyOf(found);
  }

  /**
   * Calls {@code visitor} for every {@code $ref} string in the tree, with the pointer to its object and,
   * for a reference to another document inside a schema that has an {@code $id} (or within one), the
   * document it names when resolved against those {@code $id}s: swagger-parser resolves OpenAPI 3.1
   * schema references that way, so an {@code $id} can point a relative reference anywhere.
   */
  private static void forEachRef(JsonNode node, String pointer, URI idBase, URI fileUri, IdRefVisitor visitor) {
    if (node.isObject()) {
      URI base = idBase;
      JsonNode id = node.get("$id");
      if (id != null && id.isTextual()) {
        try {
          base = (idBase == null ? fileUri : idBase).resolve(new URI(id.asText()));
        } catch (URISyntaxException | IllegalArgumentException e) {
          base = idBase; // not a URI: swagger-parser cannot resolve against it either
        }
      }
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        visitor.visit(pointer, ref.asText(), base == null ? null : againstId(base, ref.asText()));
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        forEachRef(field.getValue(), pointer + "/" + JsonPointers.escape(field.getKey()), base, fileUri, visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        forEachRef(node.get(i), pointer + "/" + i, idBase, fileUri, visitor);
      }
    }
  }

  /** The document {@code ref} names resolved against {@code base}; null for a place in the same one. */
  private static URI againstId(URI base, String ref) {
    String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
    if (file.isEmpty()) {
      return null;
    }
    try {
      return base.resolve(new URI(file)).normalize();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Whether the document an {@code $id} resolution names may be read: a file inside the folder, or
   * any file when allowed. URLs are judged as remote references, elsewhere; other schemes name no file.
   */
  boolean mayRead(URI viaId) {
    if (allowExternal || !"file".equalsIgnoreCase(viaId.getScheme())) {
      return true;
    }
    try {
      return inside(Path.of(viaId).normalize());
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return false;
    }
  }

  /** {@code %XX} escapes decoded as UTF-8; the text unchanged when it has none or a broken one. */
  private static String percentDecoded(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()
          && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
        bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Receives the references {@link #follow} finds. */
  interface Listener {
    /**
     * A {@code $ref} in {@code file} at {@code pointer}; {@code target} is the file it names (null
     * for a place in the same document or a URL), {@code mayRead} whether that file may be read, and
     * {@code viaId} the document it names when resolved against the enclosing schemas' {@code $id}s
     * (null when there are none, or it names a place in the same document).
     */
    void ref(Path file, String pointer, String ref, Path target, boolean mayRead, URI viaId);
  }

  private interface IdRefVisitor {
    void visit(String pointer, String ref, URI viaId);
  }
}
