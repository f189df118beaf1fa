package dev.clientele.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

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

  /**
   * HTTP basic: {@code Authorization: Basic base64(user:password)}. Close takes the API key as user
   * and no password.
   *
   * @throws NullPointerException if either is null
   * @throws IllegalArgumentException if the user name is blank or has a colon, or either has a
   *     control character such as a line break (the message says which, never the value)
   */
  static Authentication basic(String username, String password) {
    Credentials.checkBasicPart(username, "the basic-auth user name", false);
    Credentials.checkBasicPart(password, "the basic-auth password", true);
    if (username.indexOf(':') >= 0) {
      throw new IllegalArgumentException("the basic-auth user name has a ':', which basic auth cannot carry");
    }
    String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Header("Authorization", "Basic " + token, "HTTP basic");
  }

  /**
   * HTTP bearer: {@code Authorization: Bearer token}.
   *
   * @throws NullPointerException if the token is null
   * @throws IllegalArgumentException if it is blank, or has a character a header cannot carry (a
   *     final line break from a file, say); it is refused rather than trimmed
   */
  static Authentication bearer(String token) {
    return new Header("Authorization", "Bearer " + Credentials.checkToken(token, "the bearer token"), "HTTP bearer");
  }

  /** An API key in a header; checked as {@link #bearer} checks a token. */
  static Authentication apiKeyHeader(String headerName, String key) {
    Credentials.checkHeaderName(headerName, "the API key header name");
    return new Header(headerName, Credentials.checkToken(key, "the API key for header " + headerName),
        "API key in header " + headerName);
  }

  /** An API key in a query parameter (percent-encoded there); checked as {@link #bearer} checks a token. */
  static Authentication apiKeyQuery(String parameterName, String key) {
    Objects.requireNonNull(parameterName, "the API key query parameter name is null");
    return new Query(parameterName, Credentials.checkToken(key, "the API key for query parameter " + parameterName,
        "an API key is printable ASCII"));
  }

  /**
   * An API key in a cookie, sent as it is: RFC 6265 lets a cookie value carry any printable ASCII
   * but space, {@code " , ; \}; a key with one of those is refused.
   */
  static Authentication apiKeyCookie(String cookieName, String key) {
    Credentials.checkHeaderName(cookieName, "the API key cookie name");
    return new Cookie(cookieName, Credentials.checkCookieValue(key, "the API key for cookie " + cookieName));
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
      request.addRawCookie(name, value);
    }

    @Override
    public String toString() {
      return "API key in cookie " + name + " (credentials hidden)";
    }
  }
}
