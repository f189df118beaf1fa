package dev.clientele.core;

import dev.clientele.core.parse.PaginationOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything that decides what Clientele generates.
 *
 * @param spec the OpenAPI (or Swagger 2.0) file
 * @param outputDirectory the folder that receives the package folders
 * @param basePackage the Java package of the generated client, e.g. {@code com.close.client}
 * @param tagNames tag → the name its operation interface takes instead, without the {@code Api}
 *     suffix (e.g. {@code subpackage_leads → Leads})
 * @param allowRemoteRefs whether {@code $ref}s to http(s) URLs may be fetched; off by default
 *     because a spec is untrusted input
 * @param clientName the class name of the client's entry point; empty to name it from the spec's
 *     {@code info.title} ({@code Close API} → {@code CloseClient})
 * @param generateClient whether to generate the HTTP client (implementations and entry point) or
 *     only the models and operation interfaces
 * @param allowExternalRefs whether {@code $ref}s may read files outside the spec's folder tree; off
 *     by default because a spec is untrusted input
 * @param jackson the Jackson major the generated code is for: 2 ({@code com.fasterxml.jackson.databind})
 *     or 3 ({@code tools.jackson.databind}); the annotations are the same for both
 * @param pagination whether list operations' pagination is found in the spec (on by default), and
 *     operations whose pagination is configured instead ({@code --pagination}, {@code <pagination>})
 */
public record GeneratorConfig(
    Path spec,
    Path outputDirectory,
    String basePackage,
    Map<String, String> tagNames,
    boolean allowRemoteRefs,
    String clientName,
    boolean generateClient,
    boolean allowExternalRefs,
    int jackson,
    PaginationOptions pagination) {

  /** The Jackson major generated code is for unless a run says otherwise. */
  public static final int DEFAULT_JACKSON = 2;

  public GeneratorConfig {
    tagNames = Map.copyOf(new TreeMap<>(tagNames));
    if (jackson != 2 && jackson != 3) {
      throw new IllegalArgumentException("jackson must be 2 or 3 (the Jackson major the generated code is for), was "
          + jackson);
    }
  }

  /** A config whose pagination is found in the spec. */
  public GeneratorConfig(
      Path spec,
      Path outputDirectory,
      String basePackage,
      Map<String, String> tagNames,
      boolean allowRemoteRefs,
      String clientName,
      boolean generateClient,
      boolean allowExternalRefs,
      int jackson) {
    this(spec, outputDirectory, basePackage, tagNames, allowRemoteRefs, clientName, generateClient, allowExternalRefs,
        jackson, PaginationOptions.defaults());
  }

  /** A config for Jackson 2. */
  public GeneratorConfig(
      Path spec,
      Path outputDirectory,
      String basePackage,
      Map<String, String> tagNames,
      boolean allowRemoteRefs,
      String clientName,
      boolean generateClient,
      boolean allowExternalRefs,
      PaginationOptions pagination) {
    this(spec, outputDirectory, basePackage, tagNames, allowRemoteRefs, clientName, generateClient, allowExternalRefs,
        DEFAULT_JACKSON, pagination);
  }

  /** A config for Jackson 2 whose pagination is found in the spec. */
  public GeneratorConfig(
      Path spec,
      Path outputDirectory,
      String basePackage,
      Map<String, String> tagNames,
      boolean allowRemoteRefs,
      String clientName,
      boolean generateClient,
      boolean allowExternalRefs) {
    this(spec, outputDirectory, basePackage, tagNames, allowRemoteRefs, clientName, generateClient, allowExternalRefs,
        DEFAULT_JACKSON);
  }

  /** A config that keeps {@code $ref}s to files inside the spec's folder tree. */
  public GeneratorConfig(
      Path spec,
      Path outputDirectory,
      String basePackage,
      Map<String, String> tagNames,
      boolean allowRemoteRefs,
      String clientName,
      boolean generateClient) {
    this(spec, outputDirectory, basePackage, tagNames, allowRemoteRefs, clientName, generateClient, false);
  }

  /** A config with the defaults for everything but the three things every run must say. */
  public static GeneratorConfig of(Path spec, Path outputDirectory, String basePackage) {
    return new GeneratorConfig(spec, outputDirectory, basePackage, Map.of(), false, "", true);
  }

  /** This config with generated code for another Jackson major, 2 or 3. */
  public GeneratorConfig withJackson(int major) {
    return new GeneratorConfig(spec, outputDirectory, basePackage, tagNames, allowRemoteRefs, clientName, generateClient,
        allowExternalRefs, major, pagination);
  }
}
