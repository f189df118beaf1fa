package dev.clientele.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a request that {@link Authentication} and default headers may add to: headers, query
 * parameters and cookies. Mutable, and used for one request only.
 */
public final class RequestParts {

  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final List<Map.Entry<String, String>> query = new ArrayList<>();
  private final List<Map.Entry<String, String>> cookies = new ArrayList<>();

  /** Sets a header, replacing any value it had. */
  public void setHeader(String name, String value) {
    headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
    headers.put(name, new ArrayList<>(List.of(value)));
  }

  /** Adds a value to a header. */
  public void addHeader(String name, String value) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        entry.getValue().add(value);
        return;
      }
    }
    headers.put(name, new ArrayList<>(List.of(value)));
  }

  /** Whether the request has this header already. */
  public boolean hasHeader(String name) {
    return headers.keySet().stream().anyMatch(existing -> existing.equalsIgnoreCase(name));
  }

  /** Adds a query parameter (not yet encoded). */
  public void addQuery(String name, String value) {
    query.add(Map.entry(name, value));
  }

  /** Adds a cookie (not yet encoded: characters a cookie cannot carry are percent-encoded). */
  public void addCookie(String name, String value) {
    cookies.add(Map.entry(name, Cookies.value(value)));
  }

  /** Adds a cookie whose value is sent exactly as given (checked to be RFC 6265 cookie-octets). */
  void addRawCookie(String name, String value) {
    cookies.add(Map.entry(name, value));
  }

  Map<String, List<String>> headers() {
    return headers;
  }

  List<Map.Entry<String, String>> query() {
    return query;
  }

  /** The cookies, values already encoded. */
  List<Map.Entry<String, String>> cookies() {
    return cookies;
  }
}
