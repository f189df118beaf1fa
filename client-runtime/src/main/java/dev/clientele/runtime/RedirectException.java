package dev.clientele.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a redirect the client would not follow: to another origin (unless
 * {@link ClientConfig#followCrossOriginRedirects()} is on), from https to http, with a body to
 * re-send to another origin, or one redirect too many. {@link #location()} says where it pointed.
 */
public class RedirectException extends ApiResponseException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String location;

  RedirectException(String request, TransportResponse response, @Nullable String location, String reason) {
    super(request, "HTTP " + response.status() + " redirect"
        + (location == null ? "" : " to " + location) + " not followed: " + reason, response, null);
    this.location = location;
  }

  /** Where the redirect pointed, without its query; null when the Location header was unusable. */
  public @Nullable String location() {
    return location;
  }
}
