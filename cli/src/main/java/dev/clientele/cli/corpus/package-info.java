/**
 * The corpus runner of issue #5: generates a client from every real-world spec in a folder,
 * compiles it in memory with the JDK's compiler and parses the spec's own examples with the
 * generated classes, then prints one row per spec and why any failed. It uses generator-core the way
 * a caller does (read, emit) and depends on nothing else of this module; nothing here is part of
 * the command line.
 */
package dev.clientele.cli.corpus;
