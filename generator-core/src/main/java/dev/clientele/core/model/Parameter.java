package dev.clientele.core.model;

/**
 * A path, query, header or cookie parameter.
 *
 * @param name the name on the wire
 * @param location where it goes in the request
 * @param type its type
 * @param required whether the operation needs it (path parameters always do)
 * @param description the description, empty when absent
 * @param deprecated marked {@code deprecated}
 */
public record Parameter(
    String name,
    Location location,
    TypeRef type,
    boolean required,
    String description,
    boolean deprecated) {

  /** Where a parameter is sent. */
  public enum Location {
    PATH,
    QUERY,
    HEADER,
    COOKIE
  }
}
