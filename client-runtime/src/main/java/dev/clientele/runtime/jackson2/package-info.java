/**
 * The {@link dev.clientele.runtime.JsonCodec} for Jackson 2. The runtime's dependency on Jackson 2 is
 * optional: this package is loaded only by clients generated for Jackson 2, or when the application
 * hands over its own Jackson 2 mapper.
 */
@NullMarked
package dev.clientele.runtime.jackson2;

import org.jspecify.annotations.NullMarked;
