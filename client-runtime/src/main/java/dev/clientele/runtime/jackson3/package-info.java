/**
 * The {@link dev.clientele.runtime.JsonCodec} for Jackson 3. The runtime's dependency on Jackson 3 is
 * optional: this package is loaded only by clients generated for Jackson 3, or when the application
 * hands over its own Jackson 3 mapper.
 */
@NullMarked
package dev.clientele.runtime.jackson3;

import org.jspecify.annotations.NullMarked;
