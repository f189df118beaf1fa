package dev.clientele.runtime;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a {@link Call} into the first {@link TransportRequest}: headers, credentials, cookies, body and URI. */
final class Requests {

  private Requests() {}

  static TransportRequest prepare(ClientConfig config, Call<?> call) {
    return prepare(config, call, "application/json");
  }

  /** The request, with {@code accept} as the {@code Accept} header unless the call sets one. */
  static TransportRequest prepare(ClientConfig config, Call<?> call, String accept) {
    RequestParts parts = new RequestParts();
    config.defaultHeaders().forEach(parts::setHeader);
    call.headers().forEach(parts::setHeader);
    call.query().forEach(parameter -> parts.addQuery(parameter.getKey(), parameter.getValue()));
    call.cookies().forEach(cookie -> parts.addCookie(cookie.getKey(), cookie.getValue()));
    config.authentication().apply(parts);
    parts.setHeader("User-Agent", config.userAgent());
    if (!parts.hasHeader("Accept")) {
      parts.setHeader("Accept", accept);
    }
    byte[] body = null;
    if (call.bodyKind() != Call.BodyKind.NONE) {
      Bodies.Encoded encoded = Bodies.encode(call, config.json());
      body = encoded.bytes();
      parts.setHeader("Content-Type", encoded.contentType());
    }
    if (!parts.cookies().isEmpty()) {
      // A Cookie header set as a default or a header parameter is kept: the cookies join it.
      List<String> cookies = new ArrayList<>(parts.headers().entrySet().stream()
          .filter(header -> header.getKey().equalsIgnoreCase("Cookie"))
          .flatMap(header -> header.getValue().stream())
          .toList());
      for (Map.Entry<String, String> cookie : parts.cookies()) {
        cookies.add(cookie.getKey() + "=" + cookie.getValue());
      }
      parts.setHeader("Cookie", String.join("; ", cookies));
    }
    checkHeaders(parts.headers());
    URI target = call.target();
    URI uri = target != null
        ? Uris.withQuery(target, parts.query())
        : Uris.build(config.baseUri(), call.pathTemplate(), call.pathParameters(), parts.query());
    return new TransportRequest(
        call.method(), uri, parts.headers(), body, config.requestTimeout(), config.maxResponseBytes());
  }

  /**
   * Refuses a header value that could split the request (CR, LF) or that a transport would refuse
   * with the value in its message: the header is named, its value (perhaps a credential) is not.
   */
  private static void checkHeaders(Map<String, List<String>> headers) {
    headers.forEach((name, values) -> {
      Credentials.checkHeaderName(name, "the header name");
      values.forEach(value -> Settings.checkHeaderValue(value, "the value of header " + name + " (not sent)"));
    });
  }
}
