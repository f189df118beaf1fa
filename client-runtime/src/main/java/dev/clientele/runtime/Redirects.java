package dev.clientele.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Follows redirects above the transport, so that every {@link Transport} and both blocking and
 * async calls follow the same rules:
 *
 * <ul>
 *   <li>301, 302, 303, 307 and 308 with a {@code Location} are followed, at most {@link #MAX_HOPS}
 *       times in a row.
 *   <li>Same origin (scheme, host and port equal): followed with every header. 303 becomes a GET
 *       without body, as do 301 and 302 after a POST (what browsers do); otherwise the method and
 *       body are kept — the server asked for exactly that, and a 307/308 means it did not process
 *       the request where it was first sent.
 *   <li>Another origin: refused with a {@link RedirectException}, unless the client follows
 *       cross-origin redirects; then only harmless headers go along ({@code Accept…}, {@code
 *       User-Agent}, {@code Content-Type}) and never {@code Authorization}, cookies, API-key headers
 *       or default headers; the query is the Location's own, so an API key in the query stays
 *       behind too. A redirect that would re-send a body to another origin is refused even then:
 *       a body can hold secrets of its own (a password in a form).
 *   <li>https to http is never followed.
 * </ul>
 */
final class Redirects {

  /** How many redirects in a row a call follows. */
  static final int MAX_HOPS = 5;

  private static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);

  /** Headers (in lower case) sent along to another origin: nothing in them identifies the caller. */
  private static final Set<String> CROSS_ORIGIN_HEADERS =
      Set.of("accept", "accept-language", "accept-encoding", "user-agent", "content-type", "content-language");

  private Redirects() {}

  /**
   * The request to send next, if the response is a redirect to follow; empty if it is no redirect.
   *
   * @param hops how many redirects this call followed already
   * @throws RedirectException if it is a redirect that must not be followed
   */
  static Optional<TransportRequest> next(
      TransportRequest request, TransportResponse response, int hops, boolean crossOrigin, String description) {
    Optional<String> header = response.header("Location");
    if (!STATUSES.contains(response.status()) || header.isEmpty()) {
      return Optional.empty();
    }
    URI target = resolve(request.uri(), header.get());
    if (target == null) {
      throw new RedirectException(description, response, null, "the Location header is not an http(s) URL");
    }
    String shown = Uris.describe("", target).strip();
    if (hops >= MAX_HOPS) {
      throw new RedirectException(description, response, shown, "more than " + MAX_HOPS + " redirects in a row");
    }
    boolean sameOrigin = sameOrigin(request.uri(), target);
    if (isHttps(request.uri()) && !isHttps(target)) {
      throw new RedirectException(description, response, shown, "it leaves https for plain http");
    }
    if (!sameOrigin && !crossOrigin) {
      throw new RedirectException(description, response, shown, "it leads to another origin ("
          + origin(target) + ") than the one the credentials are for (" + origin(request.uri())
          + "); call followCrossOriginRedirects(true) on the client builder to follow such redirects without"
          + " credentials");
    }
    boolean toGet = response.status() == 303
        ? !request.method().equals("HEAD")
        : (response.status() == 301 || response.status() == 302) && request.method().equals("POST");
    String method = toGet ? "GET" : request.method();
    byte[] body = toGet ? null : request.body();
    if (!sameOrigin && body != null) {
      throw new RedirectException(description, response, shown,
          "it would re-send the request body to another origin (" + origin(target) + ")");
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.headers().forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean allowed = sameOrigin || CROSS_ORIGIN_HEADERS.contains(lower);
      boolean describesDroppedBody = body == null && lower.startsWith("content-");
      if (allowed && !describesDroppedBody) {
        headers.put(name, values);
      }
    });
    return Optional.of(request.to(method, target, headers, body));
  }

  /** The Location resolved against the request's URI, without fragment; null if it is no http(s) URL. */
  private static @Nullable URI resolve(URI base, String location) {
    try {
      URI resolved = base.resolve(new URI(location.strip()));
      String scheme = resolved.getScheme();
      if (scheme == null || resolved.getHost() == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      String path = resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
      return new URI(resolved.getScheme() + "://" + resolved.getRawAuthority() + path
          + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static boolean isHttps(URI uri) {
    return "https".equalsIgnoreCase(uri.getScheme());
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : isHttps(uri) ? 443 : 80;
  }

  private static String origin(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + ":" + port(uri);
  }
}
