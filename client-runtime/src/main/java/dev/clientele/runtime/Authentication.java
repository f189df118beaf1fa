package dev.clientele.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How a client proves who it is: the security schemes a spec declares. Credentials never appear in
 * {@code toString()}, exception messages or logs.
 */
public interface Authentication {

  /** Adds the credentials to a request. */
  void apply(RequestParts request);

  /** No credentials. */
  static Authentication none() {
    return new None();
  }

  /** HTTP basic: {@code Authorization: Basic base64(user:password)}. Close takes the API key as user and no password. */
  static Authentication basic(String username, String password) {
    String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Header("Authorization", "Basic " + token, "HTTP basic");
  }

  /** HTTP bearer: {@code Authorization: Bearer token}. */
  static Authentication bearer(String token) {
    return new Header("Authorization", "Bearer " + token, "HTTP bearer");
  }

  /** An API key in a header. */
  static Authentication apiKeyHeader(String headerName, String key) {
    return new Header(headerName, key, "API key in header " + headerName);
  }

  /** An API key in a query parameter. */
  static Authentication apiKeyQuery(String parameterName, String key) {
    return new Query(parameterName, key);
  }

  /** An API key in a cookie. */
  static Authentication apiKeyCookie(String cookieName, String key) {
    return new Cookie(cookieName, key);
  }

  /** No credentials. */
  final class None implements Authentication {
    @Override
    public void apply(RequestParts request) {}

    @Override
    public String toString() {
      return "no authentication";
    }
  }

  /** A header carrying a credential. */
  final class Header implements Authentication {
    private final String name;
    private final String value;
    private final String description;

    Header(String name, String value, String description) {
      this.name = name;
      this.value = value;
      this.description = description;
    }

    @Override
    public void apply(RequestParts request) {
      request.setHeader(name, value);
    }

    @Override
    public String toString() {
      return description + " (credentials hidden)";
    }
  }

  /** A query parameter carrying a credential. */
  final class Query implements Authentication {
    private final String name;
    private final String value;

    Query(String name, String value) {
      this.name = name;
      this.value = value;
    }

    @Override
    public void apply(RequestParts request) {
      request.addQuery(name, value);
    }

    @Override
    public String toString() {
      return "API key in query parameter " + name + " (credentials hidden)";
    }
  }

  /** A cookie carrying a credential. */
  final class Cookie implements Authentication {
    private final String name;
    private final String value;

    Cookie(String name, String value) {
      this.name = name;
      this.value = value;
    }

    @Override
    public void apply(RequestParts request) {
      request.addCookie(name, value);
    }

    @Override
    public String toString() {
      return "API key in cookie " + name + " (credentials hidden)";
    }
  }
}
