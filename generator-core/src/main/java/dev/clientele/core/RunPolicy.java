package dev.clientele.core;

/**
 * What makes a run fail that would otherwise generate: for teams that want an explicit decision
 * where Clientele would otherwise fall back or go on.
 *
 * @param failOnWarnings whether a warning (a fallback for a local fault of the spec, such as a
 *     schema {@code $ref} that points to nothing) fails the run as an error would
 * @param failOnBreakingChanges whether a breaking change of the generated API since the previous
 *     run fails the run
 */
public record RunPolicy(boolean failOnWarnings, boolean failOnBreakingChanges) {

  /** Warnings and API changes are reported, and the run goes on. */
  public static RunPolicy lenient() {
    return new RunPolicy(false, false);
  }
}
