package dev.clientele.core.emit;

import java.util.Map;
import java.util.TreeMap;

/**
 * How to spell the generated code.
 *
 * @param basePackage the package under which {@code model} and {@code api} are generated
 * @param groupNames tag → the name its operation interface takes instead (before the {@code Api}
 *     suffix), e.g. {@code subpackage_leads → Leads}
 * @param clientName the entry point's class name; empty to name it from {@code info.title}
 * @param generateClient whether to generate the HTTP implementation and the entry point, or the
 *     models and operation interfaces only
 * @param jackson the Jackson major (2 or 3) whose databind code the models use and whose runtime
 *     codec the client sets up
 */
public record EmitOptions(
    String basePackage, Map<String, String> groupNames, String clientName, boolean generateClient, int jackson) {
  public EmitOptions {
    groupNames = Map.copyOf(new TreeMap<>(groupNames));
    Jackson.major(jackson);
  }

  /** Options for Jackson 2. */
  public EmitOptions(String basePackage, Map<String, String> groupNames, String clientName, boolean generateClient) {
    this(basePackage, groupNames, clientName, generateClient, 2);
  }

  /** Models, interfaces and the HTTP client, named from the spec. */
  public static EmitOptions of(String basePackage, Map<String, String> groupNames) {
    return new EmitOptions(basePackage, groupNames, "", true);
  }
}
