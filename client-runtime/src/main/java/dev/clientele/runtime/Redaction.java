package dev.clientele.runtime;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes URIs and headers for {@code toString()} without the credentials they may carry: user
 * info, query values (an API key may be one) and the values of headers that look like secrets.
 */
final class Redaction {

  static final String HIDDEN = "<hidden>";

  /** Header names (in lower case) whose values are credentials, whatever the API. */
  private static final java.util.Set<String> SECRET_HEADERS =
      java.util.Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  /** Words that, in a header name, suggest a credential: X-API-Key, X-Auth-Token, X-Session… */
  private static final java.util.List<String> SECRET_WORDS =
      java.util.List.of("key", "token", "secret", "auth", "session", "password", "signature", "credential");

  private Redaction() {}

  /** Scheme, host, port and path; the query's names with hidden values; no user info or fragment. */
  static String uri(URI uri) {
    StringBuilder out = new StringBuilder();
    if (uri.getScheme() != null) {
      out.append(uri.getScheme()).append("://");
    }
    if (uri.getRawUserInfo() != null) {
      out.append(HIDDEN).append('@');
    }
    if (uri.getHost() != null) {
      out.append(uri.getHost());
    }
    if (uri.getPort() >= 0) {
      out.append(':').append(uri.getPort());
    }
    out.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    String query = uri.getRawQuery();
    if (query != null) {
      StringJoiner parameters = new StringJoiner("&", "?", "");
      for (String parameter : query.split("&", -1)) {
        int equals = parameter.indexOf('=');
        parameters.add(equals < 0 ? parameter : parameter.substring(0, equals) + "=" + HIDDEN);
      }
      out.append(parameters);
    }
    return SafeText.escape(out.toString());
  }

  /** Whether a header's value should never be shown. */
  static boolean secretHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_HEADERS.contains(lower) || SECRET_WORDS.stream().anyMatch(lower::contains);
  }

  /** The headers as {@code {name=value, Authorization=<hidden>}}. */
  static String headers(Map<String, ?> headers) {
    StringJoiner out = new StringJoiner(", ", "{", "}");
    headers.forEach((name, value) -> out.add(name + "=" + (secretHeader(name) ? HIDDEN : String.valueOf(value))));
    return SafeText.escape(out.toString());
  }
}
