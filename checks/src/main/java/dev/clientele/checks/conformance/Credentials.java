package dev.clientele.checks.conformance;

import dev.clientele.runtime.Authentication;
import dev.clientele.runtime.RequestParts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Dummy credentials for what an operation's security requirement asks: every scheme of the first
 * alternative that can be met (HTTP basic or bearer, API keys in header, query or cookie, OAuth 2
 * and OpenID Connect as a bearer token), through the runtime's own {@link Authentication}s. Prism
 * checks that they are present, not what they are.
 */
final class Credentials {

  private Credentials() {}

  /**
   * The credentials, or empty when no alternative can be met (digest, mutual TLS, undeclared
   * schemes). The first alternative that can be met comes first; the schemes of the other
   * alternatives are added where they fill a different header, query parameter or cookie, as Prism
   * asks for every scheme of some specs (Trello's key and token).
   */
  static Optional<Authentication> forOperation(RawOperation operation) {
    List<List<String>> alternatives = operation.securityAlternatives();
    int chosen = -1;
    for (int i = 0; i < alternatives.size() && chosen < 0; i++) {
      if (alternatives.get(i).stream().allMatch(name -> operation.scheme(name) != null && of(operation.scheme(name)) != null)) {
        chosen = i;
      }
    }
    if (chosen < 0) {
      return Optional.empty();
    }
    if (alternatives.get(chosen).isEmpty() && operation.parameter("Authorization", "header") != null) {
      // The client takes an Authorization header parameter as its credentials (the spec declares
      // schemes), as a user would set them: the first declared scheme that fills that header.
      return operation.declaredSchemes().stream()
          .filter(scheme -> !scheme.type().equals("apiKey"))
          .map(Credentials::of)
          .filter(part -> part != null)
          .findFirst()
          .or(() -> Optional.of(Authentication.none()));
    }
    List<Authentication> parts = new ArrayList<>();
    Set<String> filled = new HashSet<>();
    List<String> names = new ArrayList<>(alternatives.get(chosen));
    alternatives.forEach(names::addAll);
    for (String name : names) {
      RawOperation.Scheme scheme = operation.scheme(name);
      Authentication part = scheme == null ? null : of(scheme);
      // a parameter the operation declares itself is passed as an argument, not added again
      boolean declared = scheme != null && scheme.type().equals("apiKey")
          && operation.parameter(scheme.parameterName(), scheme.in()) != null;
      if (part != null && !declared && filled.add(target(scheme))) {
        parts.add(part);
      }
    }
    return Optional.of(new All(List.copyOf(parts)));
  }

  /** Where a scheme's credentials go: {@code header authorization}, {@code query key}... */
  private static String target(RawOperation.Scheme scheme) {
    return scheme.type().equals("apiKey")
        ? scheme.in() + " " + (scheme.in().equals("header") ? scheme.parameterName().toLowerCase(Locale.ROOT) : scheme.parameterName())
        : "header authorization";
  }

  /** What the operation's security asks for, for a report. */
  static String describe(RawOperation operation) {
    List<String> schemes = new ArrayList<>();
    for (List<String> alternative : operation.securityAlternatives()) {
      for (String name : alternative) {
        RawOperation.Scheme scheme = operation.scheme(name);
        schemes.add(name + " (" + (scheme == null ? "undeclared" : scheme.type() + " " + scheme.scheme() + scheme.in()).strip() + ")");
      }
    }
    return String.join(", ", schemes);
  }

  private static Authentication of(RawOperation.Scheme scheme) {
    return switch (scheme.type()) {
      case "http" -> switch (scheme.scheme()) {
        case "basic" -> Authentication.basic("user", "password");
        case "bearer" -> Authentication.bearer("token");
        default -> null;
      };
      case "basic" -> Authentication.basic("user", "password");
      case "apiKey" -> switch (scheme.in()) {
        case "header" -> Authentication.apiKeyHeader(scheme.parameterName(), "key");
        case "query" -> Authentication.apiKeyQuery(scheme.parameterName(), "key");
        case "cookie" -> Authentication.apiKeyCookie(scheme.parameterName(), "key");
        default -> null;
      };
      case "oauth2", "openIdConnect" -> Authentication.bearer("token");
      default -> null;
    };
  }

  /** Several credentials at once, for a requirement that names several schemes. */
  private record All(List<Authentication> parts) implements Authentication {
    @Override
    public void apply(RequestParts request) {
      parts.forEach(part -> part.apply(request));
    }

    @Override
    public String toString() {
      return "dummy credentials";
    }
  }

  /** The credentials of the operation being called; the client is built once with this. */
  static final class Current implements Authentication {
    private volatile Authentication current = Authentication.none();

    void set(Authentication authentication) {
      current = authentication;
    }

    @Override
    public void apply(RequestParts request) {
      current.apply(request);
    }

    @Override
    public String toString() {
      return "dummy credentials";
    }
  }
}
