package dev.clientele.core.model;

import java.util.Optional;

/**
 * A path, query, header or cookie parameter.
 *
 * @param name the name on the wire
 * @param location where it goes in the request
 * @param type its type
 * @param required whether the operation needs it (path parameters always do)
 * @param description the description, empty when absent
 * @param deprecated marked {@code deprecated}
 * @param style how an array or object value is written, as the spec's {@code style} says (its
 *     default for the location when absent)
 * @param explode whether an array's elements or an object's properties are separate parameters,
 *     as the spec's {@code explode} says (its default for the style when absent)
 * @param fixedValue the one value a required parameter may have ({@code enum: [DescribeInstances]},
 *     AWS's {@code Action}): the client sends it and the caller does not set it; empty for any other
 */
public record Parameter(
    String name,
    Location location,
    TypeRef type,
    boolean required,
    String description,
    boolean deprecated,
    Style style,
    boolean explode,
    Optional<String> fixedValue) {

  /** A parameter the caller sets. */
  public Parameter(
      String name, Location location, TypeRef type, boolean required, String description, boolean deprecated, Style style,
      boolean explode) {
    this(name, location, type, required, description, deprecated, style, explode, Optional.empty());
  }

  /** A parameter written in its location's default style. */
  public Parameter(String name, Location location, TypeRef type, boolean required, String description, boolean deprecated) {
    this(name, location, type, required, description, deprecated, Style.defaultFor(location),
        Style.defaultFor(location) == Style.FORM);
  }

  /** Where a parameter is sent. */
  public enum Location {
    PATH,
    QUERY,
    HEADER,
    COOKIE
  }

  /** OpenAPI's parameter styles (OpenAPI 3.1, "Style Values"). */
  public enum Style {
    MATRIX,
    LABEL,
    FORM,
    SIMPLE,
    SPACE_DELIMITED,
    PIPE_DELIMITED,
    DEEP_OBJECT;

    /** The style a parameter has when the spec names none: form for query and cookie, else simple. */
    public static Style defaultFor(Location location) {
      return location == Location.QUERY || location == Location.COOKIE ? FORM : SIMPLE;
    }
  }
}
