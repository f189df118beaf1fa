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
import java.util.zip.CRC32C;

/**
 * The list of files one run generated in a folder, each with a checksum of what it wrote: a dot-file
 * in that folder, {@code .clientele-<run>.manifest}. It lives with the files it describes, so it stays
 * right whatever happens to the rest of the build (a {@code mvn clean} of {@code target/} while the
 * sources are generated elsewhere, a folder shared by several runs).
 */
final class Manifest {

  private static final String HEADER =
      "# Files Clientele generated here for run '%s', with a checksum of each. On its next run, those it"
          + " no longer generates are deleted (unless edited since). Do not edit.";

  private static final String CHECKSUM_PREFIX = "crc32c:";

  private Manifest() {}

  /** The manifest's file name for a run. */
  static String fileName(String runName) {
    return ".clientele-" + OutputWriter.fileNameOf(runName) + ".manifest";
  }

  /** Reads relative path → checksum; empty when there is no manifest. Lines it cannot read are skipped. */
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
    entries.forEach((key, checksum) -> lines.add(checksum + "  " + key));
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

  /**
   * The checksum of what a file holds: CRC-32C and length ({@code crc32c:1a2b3c4d:5120}). It tells
   * whether someone edited a generated file since, which is all the manifest asks; SHA-256, which
   * manifests of earlier versions hold, took a tenth of generation time on large specs.
   */
  static String checksum(byte[] content) {
    CRC32C crc = new CRC32C();
    crc.update(content);
    return CHECKSUM_PREFIX + HexFormat.of().toHexDigits((int) crc.getValue()) + ":" + content.length;
  }

  /** Whether a file's content is what an entry recorded, in this version's checksum or an earlier SHA-256. */
  static boolean matches(byte[] content, String recorded) {
    return recorded.startsWith(CHECKSUM_PREFIX) ? checksum(content).equals(recorded) : sha256(content).equals(recorded);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
