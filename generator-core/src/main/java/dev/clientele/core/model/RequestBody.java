package dev.clientele.core.model;

/**
 * The body an operation sends.
 *
 * @param mediaType the chosen media type (JSON preferred when several are declared)
 * @param type the body's type
 * @param required whether the body must be sent
 * @param description the description, empty when absent
 */
public record RequestBody(String mediaType, TypeRef type, boolean required, String description) {}
