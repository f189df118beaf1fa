/**
 * Reads a spec file into the {@link dev.clientele.core.model model}. The only package that touches
 * swagger-parser: its types never leave here. It may depend on {@code model}, never on {@code emit}.
 */
package dev.clientele.core.parse;
