/**
 * The conformance runner: wire conformance of generated clients against an independent
 * implementation of the spec, Stoplight's Prism mock server. For each spec it generates and compiles
 * the client in memory (through {@link dev.clientele.checks}, shared with the corpus runner), starts
 * Prism on a loopback port, calls every operation once with values the spec's schemas allow, and
 * judges each: ok, request rejected (Prism's violation), response unreadable (the JSON path), or not
 * judged (Prism's or the spec's limits, with why). Only loopback networking.
 */
package dev.clientele.checks.conformance;
