package dev.clientele.core.model;

/**
 * A declared way to authenticate.
 *
 * @param name the scheme's key under {@code components.securitySchemes}
 * @param kind what sort of credential it takes
 * @param parameterName the header, query or cookie name for an API key; empty otherwise
 * @param description the description, empty when absent
 */
public record SecurityScheme(String name, Kind kind, String parameterName, String description) {

  /** The kinds of credentials. */
  public enum Kind {
    HTTP_BASIC,
    HTTP_BEARER,
    API_KEY_HEADER,
    API_KEY_QUERY,
    API_KEY_COOKIE,
    OAUTH2,
    OPEN_ID_CONNECT,
    OTHER
  }
}
