package dev.clientele.runtime;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Builds request URIs: the path template filled with percent-encoded values, then the query. */
final class Uris {

  private static final String HEX = "0123456789ABCDEF";

  private Uris() {}

  static URI build(URI base, String pathTemplate, Map<String, String> pathParameters, List<Map.Entry<String, String>> query) {
    StringBuilder path = new StringBuilder();
    int at = 0;
    while (at < pathTemplate.length()) {
      int open = pathTemplate.indexOf('{', at);
      int close = open < 0 ? -1 : pathTemplate.indexOf('}', open);
      if (open < 0 || close < 0) {
        path.append(pathTemplate, at, pathTemplate.length());
        break;
      }
      path.append(pathTemplate, at, open);
      String name = pathTemplate.substring(open + 1, close);
      String value = pathParameters.get(name);
      if (value == null) {
        throw new IllegalArgumentException("no value for path parameter '" + name + "' of " + pathTemplate);
      }
      path.append(segment(value));
      at = close + 1;
    }
    StringBuilder uri = new StringBuilder(base.toString());
    if (path.length() > 0 && path.charAt(0) != '/') {
      uri.append('/');
    }
    uri.append(path);
    String separator = "?";
    for (Map.Entry<String, String> parameter : query) {
      uri.append(separator).append(encode(parameter.getKey(), true)).append('=').append(encode(parameter.getValue(), true));
      separator = "&";
    }
    return URI.create(uri.toString());
  }

  /**
   * A path parameter's value, encoded. A value that is exactly {@code .} or {@code ..} is a dot
   * segment, which servers and proxies resolve away ({@code /files/../scan} is {@code /scan}): its
   * dots are percent-encoded, as Retrofit does, so that it stays a value.
   */
  static String segment(String value) {
    if (value.equals(".") || value.equals("..")) {
      return value.replace(".", "%2E");
    }
    return encode(value, false);
  }

  /** Percent-encodes everything but RFC 3986's unreserved characters. */
  static String encode(String value, boolean query) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || (!query && (c == ':' || c == '@'));
      if (unreserved) {
        out.append(c);
      } else {
        out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
      }
    }
    return out.toString();
  }

  /** How a request is named in messages: method, scheme, host and path — never the query. */
  static String describe(String method, URI uri) {
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return method + " " + uri.getScheme() + "://" + uri.getHost() + port + uri.getRawPath();
  }
}
