/**
 * Emits Java sources from the {@link dev.clientele.core.model model} with JavaPoet: one small emitter
 * per kind of output (records, enums, sealed unions, operation interfaces). May depend on {@code
 * model}, never on {@code parse} or swagger-parser.
 */
package dev.clientele.core.emit;
