package dev.clientele.core;

import dev.clientele.core.parse.SpecReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SHA-256 over everything that decides what a run generates: the generator's version, the
 * effective configuration, and the bytes of the spec and of every local file it {@code $ref}s.
 * Equal fingerprints mean equal output, so a build can skip a run whose fingerprint it has seen.
 *
 * <p>The fingerprint keeps the list of files it hashed. Which files a spec refers to follows from
 * their contents, so as long as those files hash the same the list is still right: {@link #isCurrent}
 * re-hashes them without parsing anything.
 *
 * @param sha256 the digest, in hex
 * @param inputs the files hashed, absolute, the spec first
 */
public record Fingerprint(String sha256, List<Path> inputs) {

  /** Changes when what goes into the digest changes, so that older stamps stop matching. */
  private static final String FORMAT = "clientele-fingerprint-1";

  private static final String STAMP_DIGEST = "sha256 ";
  private static final String STAMP_INPUT = "input ";

  public Fingerprint {
    inputs = List.copyOf(inputs);
  }

  /** Fingerprints a run, finding the files the spec refers to by reading their {@code $ref}s. */
  public static Fingerprint of(GeneratorConfig config, String generatorVersion) {
    return over(SpecReader.inputFiles(config.spec(), config.allowExternalRefs()), config, generatorVersion);
  }

  /** Fingerprints a run whose input files are already known; reads their bytes, parses nothing. */
  static Fingerprint over(List<Path> inputs, GeneratorConfig config, String generatorVersion) {
    MessageDigest digest = newSha256();
    add(digest, FORMAT);
    add(digest, generatorVersion);
    add(digest, config.spec().toAbsolutePath().normalize().toString());
    add(digest, config.outputDirectory().toAbsolutePath().normalize().toString());
    add(digest, config.basePackage());
    for (Map.Entry<String, String> tagName : config.tagNames().entrySet()) {
      add(digest, "tag-name " + tagName.getKey());
      add(digest, tagName.getValue());
    }
    add(digest, "allow-remote-refs " + config.allowRemoteRefs());
    add(digest, "client-name " + config.clientName());
    add(digest, "generate-client " + config.generateClient());
    add(digest, "allow-external-refs " + config.allowExternalRefs());
    add(digest, "jackson " + config.jackson());
    add(digest, "pagination-detection " + config.pagination().detect());
    config.pagination().operations().forEach(entry -> add(digest, "pagination " + entry.text()));
    for (Path input : inputs) {
      add(digest, "input " + input);
      try {
        add(digest, Files.readAllBytes(input));
      } catch (IOException e) {
        // Reading it when generating fails too, and says why; should it become readable, the
        // fingerprint changes and the next run generates.
        add(digest, "unreadable");
      }
    }
    return new Fingerprint(HexFormat.of().formatHex(digest.digest()), inputs);
  }

  /** Whether the inputs still hash to this fingerprint under {@code config}. */
  public boolean isCurrent(GeneratorConfig config, String generatorVersion) {
    return sha256.equals(over(inputs, config, generatorVersion).sha256);
  }

  /** Writes this fingerprint to a stamp file, creating its folder. */
  public void writeTo(Path stamp) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(STAMP_DIGEST + sha256);
    inputs.forEach(input -> lines.add(STAMP_INPUT + input));
    Files.createDirectories(stamp.toAbsolutePath().getParent());
    Files.write(stamp, lines, StandardCharsets.UTF_8);
  }

  /** Reads a stamp file; empty when there is none or it is not one this version wrote. */
  public static Optional<Fingerprint> readFrom(Path stamp) throws IOException {
    if (!Files.isRegularFile(stamp)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).startsWith(STAMP_DIGEST)) {
      return Optional.empty();
    }
    List<Path> inputs = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.startsWith(STAMP_INPUT)) {
        return Optional.empty();
      }
      inputs.add(Path.of(line.substring(STAMP_INPUT.length())));
    }
    return Optional.of(new Fingerprint(lines.get(0).substring(STAMP_DIGEST.length()), inputs));
  }

  /** Adds a length-prefixed field, so that no two different sequences of fields hash alike. */
  private static void add(MessageDigest digest, String field) {
    add(digest, field.getBytes(StandardCharsets.UTF_8));
  }

  private static void add(MessageDigest digest, byte[] field) {
    int length = field.length;
    digest.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
    digest.update(field);
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
