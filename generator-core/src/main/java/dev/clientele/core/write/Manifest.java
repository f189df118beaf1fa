package dev.clientele.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The list of files one run generated in a folder, each with the SHA-256 of what it wrote: a dot-file
 * in that folder, {@code .clientele-<run>.manifest}. It lives with the files it describes, so it stays
 * right whatever happens to the rest of the build (a {@code mvn clean} of {@code target/} while the
 * sources are generated elsewhere, a folder shared by several runs).
 */
final class Manifest {

  private static final String HEADER =
      "# Files Clientele generated here for run '%s', with the SHA-256 of each. On its next run, those it"
          + " no longer generates are deleted (unless edited since). Do not edit.";

  private Manifest() {}

  /** The manifest's file name for a run. */
  static String fileName(String runName) {
    return ".clientele-" + OutputWriter.fileNameOf(runName) + ".manifest";
  }

  /** Reads relative path → SHA-256; empty when there is no manifest. Lines it cannot read are skipped. */
  static Map<String, String> read(Path file) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return entries;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      if (!line.startsWith("#") && space > 0) {
        entries.put(line.substring(space + 1).strip(), line.substring(0, space));
      }
    }
    return entries;
  }

  /** Writes the manifest unless it already says exactly this, so that an unchanged run writes nothing. */
  static void write(Path file, String runName, Map<String, String> entries) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(HEADER, OutputWriter.fileNameOf(runName)));
    entries.forEach((key, sha256) -> lines.add(sha256 + "  " + key));
    byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    if (!Files.isRegularFile(file) || !MessageDigest.isEqual(Files.readAllBytes(file), content)) {
      Files.write(file, content);
    }
  }

  /** A file's key in the manifest: its path below root, with forward slashes on every system. */
  static String key(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /**
   * The file a key names, if it lies below root. A manifest is a file anyone can edit, so an entry
   * that would lead out of the folder is ignored rather than trusted.
   */
  static Optional<Path> resolve(Path root, String key) {
    try {
      Path file = root.resolve(key).normalize();
      return file.startsWith(root) && !file.equals(root) ? Optional.of(file) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
