package dev.clientele.checks.corpus;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One example value written in a spec, with the schema it claims to be an instance of.
 *
 * @param pointer where the value sits, e.g. {@code #/components/schemas/Pet/example}
 * @param value the value
 * @param schema the schema it illustrates
 * @param schemaPointer where that schema sits in the document, e.g. {@code
 *     #/paths/~1pets/post/requestBody/content/application~1json/schema}
 */
record Example(String pointer, JsonNode value, JsonNode schema, String schemaPointer) {}
