package dev.clientele.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The version of the generator, as recorded in fingerprints. A snapshot build also carries a hash
 * of the jar it runs from: snapshots of the same version generate different code as Clientele is
 * worked on, and a build that picked up a new one must regenerate.
 */
final class GeneratorVersion {

  private GeneratorVersion() {}

  /** Computed once: a jar does not change under a running class loader. */
  private static final class Holder {
    static final String VERSION = compute();
  }

  static String current() {
    return Holder.VERSION;
  }

  private static String compute() {
    Properties properties = new Properties();
    try (InputStream in = GeneratorVersion.class.getResourceAsStream("generator.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("version", "unknown");
    return version.endsWith("-SNAPSHOT") ? version + "+" + codeHash() : version;
  }

  /** A hash of the jar this class was loaded from; "classes" when it was loaded from a folder. */
  private static String codeHash() {
    CodeSource source = GeneratorVersion.class.getProtectionDomain().getCodeSource();
    try {
      Path location = source == null ? null : Path.of(source.getLocation().toURI());
      if (location == null || !Files.isRegularFile(location)) {
        return "classes";
      }
      byte[] digest = Fingerprint.newSha256().digest(Files.readAllBytes(location));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return "unknown";
    }
  }
}
