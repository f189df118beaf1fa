package dev.clientele.cli.corpus;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One example value written in a spec, with the schema it claims to be an instance of.
 *
 * @param pointer where the value sits, e.g. {@code #/components/schemas/Pet/example}
 * @param value the value
 * @param schema the schema it illustrates: a {@code $ref} to a component, or an array of them
 */
record Example(String pointer, JsonNode value, JsonNode schema) {}
