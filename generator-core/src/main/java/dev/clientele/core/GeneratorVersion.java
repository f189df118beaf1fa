package dev.clientele.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Properties;

/**
 * The version of the generator, as recorded in fingerprints. A snapshot also carries the size and
 * time of the jar it runs from: snapshots of one version generate different code as Clientele is
 * worked on, and a build that picked up a new one must regenerate. (Not a hash of the jar: reading
 * and hashing it would cost an up-to-date check more than everything else it does.)
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
    return version.endsWith("-SNAPSHOT") ? version + "+" + jarIdentity() : version;
  }

  /** The size and modification time of the jar this class was loaded from; "classes" for a folder. */
  private static String jarIdentity() {
    CodeSource source = GeneratorVersion.class.getProtectionDomain().getCodeSource();
    try {
      Path location = source == null ? null : Path.of(source.getLocation().toURI());
      if (location == null || !Files.isRegularFile(location)) {
        return "classes";
      }
      return Files.size(location) + "-" + Files.getLastModifiedTime(location).toMillis();
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return "unknown";
    }
  }
}
