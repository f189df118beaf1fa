package dev.clientele.core.model;

/**
 * Where an inline schema was declared: inside the schema that owns it, under a name that says what it
 * is there. A hand-written SDK nests such a type in its owner ({@code Charge.Outcome}) rather than
 * spelling the whole path in one long top-level name.
 *
 * @param owner the {@link SchemaDefinition#name()} of the schema it was declared in
 * @param localName its name relative to the owner, as words: the property ({@code outcome}), an
 *     array property's item ({@code refunds item}), a union member ({@code card})
 */
public record Nesting(String owner, String localName) {}
