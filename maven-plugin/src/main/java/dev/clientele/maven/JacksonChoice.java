package dev.clientele.maven;

import java.util.Collection;

/**
 * Which Jackson major the generated code is for, and why: as configured, or else what the consuming
 * project already depends on — Jackson 3 when its databind is on the compile class path (a Spring
 * Boot 4 application), Jackson 2 otherwise.
 *
 * @param major 2 or 3
 * @param reason how it was chosen, for the summary line
 */
record JacksonChoice(int major, String reason) {

  /** The coordinates of Jackson 3's databind, as {@code groupId:artifactId}. */
  static final String JACKSON_3_DATABIND = "tools.jackson.core:jackson-databind";

  /**
   * @param configured the {@code jackson} parameter; null or blank when not set
   * @param compileArtifacts the project's compile class path as {@code groupId:artifactId}
   * @throws IllegalArgumentException if the parameter is set to anything but 2 or 3, saying so
   */
  static JacksonChoice of(String configured, Collection<String> compileArtifacts) {
    if (configured != null && !configured.isBlank()) {
      return switch (configured.strip()) {
        case "2" -> new JacksonChoice(2, "configured");
        case "3" -> new JacksonChoice(3, "configured");
        default -> throw new IllegalArgumentException("clientele: jackson must be 2 or 3 (the Jackson major the "
            + "generated code is for), was '" + configured.strip() + "'; leave it out to follow the project's dependencies");
      };
    }
    return compileArtifacts.contains(JACKSON_3_DATABIND)
        ? new JacksonChoice(3, JACKSON_3_DATABIND + " is on the compile class path")
        : new JacksonChoice(2, "no Jackson 3 databind on the compile class path");
  }

  /** {@code Jackson 3 (tools.jackson.core:jackson-databind is on the compile class path)}. */
  String describe() {
    return "Jackson " + major + " (" + reason + ")";
  }
}
