/**
 * The intermediate model: what an API is, independent of how it was written down (OpenAPI 2.0, 3.0 or
 * 3.1) and of how Java spells it. Plain immutable records and sealed interfaces only; this package
 * imports neither swagger-parser nor JavaPoet, and schemas refer to each other by name so recursive
 * schemas terminate.
 */
package dev.clientele.core.model;
