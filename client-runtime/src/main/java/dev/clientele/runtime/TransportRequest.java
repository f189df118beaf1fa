package dev.clientele.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request ready to send.
 *
 * @param method the HTTP method in upper case
 * @param uri the full URI, query included
 * @param headers header name → values; credentials are in here, so never log it whole
 * @param body the body, or null for none
 * @param timeout how long the whole exchange may take
 */
public record TransportRequest(
    String method, URI uri, Map<String, List<String>> headers, byte @Nullable [] body, Duration timeout) {

  public TransportRequest {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** Method and URI only: headers may hold credentials and are left out. */
  @Override
  public String toString() {
    return method + " " + uri;
  }
}
