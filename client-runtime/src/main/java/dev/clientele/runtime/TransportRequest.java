package dev.clientele.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request ready to send.
 *
 * @param method the HTTP method in upper case
 * @param uri the full URI, query included (an API key may be in it: never log it whole)
 * @param headers header name → values; credentials are in here, so never log it whole
 * @param body the body, or null for none
 * @param timeout how long the whole exchange may take, from sending to the body's last byte
 * @param maxResponseBytes the largest response body the transport may read; a larger one fails
 *     with {@link ResponseTooLargeException.Signal}
 */
public record TransportRequest(
    String method,
    URI uri,
    Map<String, List<String>> headers,
    byte @Nullable [] body,
    Duration timeout,
    long maxResponseBytes) {

  public TransportRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(timeout, "timeout");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1, was " + maxResponseBytes);
    }
  }

  /** A request whose response may be as large as {@link ClientConfig#DEFAULT_MAX_RESPONSE_BYTES}. */
  public TransportRequest(String method, URI uri, Map<String, List<String>> headers, byte @Nullable [] body, Duration timeout) {
    this(method, uri, headers, body, timeout, ClientConfig.DEFAULT_MAX_RESPONSE_BYTES);
  }

  /** This request sent elsewhere, or with another method, headers or body (a redirect). */
  TransportRequest to(String newMethod, URI newUri, Map<String, List<String>> newHeaders, byte @Nullable [] newBody) {
    return new TransportRequest(newMethod, newUri, newHeaders, newBody, timeout, maxResponseBytes);
  }

  /**
   * Method and URI, without user info and with query values hidden (an API key may be one); the
   * headers, which hold credentials, are left out.
   */
  @Override
  public String toString() {
    return method + " " + Redaction.uri(uri);
  }
}
