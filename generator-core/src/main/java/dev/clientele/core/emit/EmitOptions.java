package dev.clientele.core.emit;

import java.util.Map;
import java.util.TreeMap;

/**
 * How to spell the generated code.
 *
 * @param basePackage the package under which {@code model} and {@code api} are generated
 * @param groupNames tag → the name its operation interface takes instead (before the {@code Api}
 *     suffix), e.g. {@code subpackage_leads → Leads}
 */
public record EmitOptions(String basePackage, Map<String, String> groupNames) {
  public EmitOptions {
    groupNames = Map.copyOf(new TreeMap<>(groupNames));
  }
}
