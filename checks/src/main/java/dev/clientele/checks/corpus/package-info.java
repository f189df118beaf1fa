/**
 * The corpus runner of issue #5: generates a client from every real-world spec in a folder,
 * compiles it in memory with the JDK's compiler and parses the spec's own examples with the
 * generated classes, then prints one row per spec and why any failed. It uses generator-core the way
 * a caller does (read, emit) through {@link dev.clientele.checks}, which it shares with the
 * conformance runner.
 */
package dev.clientele.checks.corpus;
