/**
 * How the names a spec gives become the names of types, shared by the model's passes and the
 * emitters: plain functions on strings, with no parser or JavaPoet types.
 */
package dev.clientele.core.naming;
