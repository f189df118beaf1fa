/**
 * Tools for checking Clientele, not part of what users run: what the corpus and conformance runners
 * share. A spec's client is generated in memory ({@link dev.clientele.checks.ClientGeneration}),
 * compiled by the JDK's compiler in this JVM ({@link dev.clientele.checks.InMemoryCompiler}) and
 * loaded on its own ({@link dev.clientele.checks.CompiledClasses}); the spec is also read as the plain
 * JSON tree its authors wrote ({@link dev.clientele.checks.RawSpec}), independently of
 * generator-core. Depends on generator-core, client-runtime and Jackson only.
 */
package dev.clientele.checks;
