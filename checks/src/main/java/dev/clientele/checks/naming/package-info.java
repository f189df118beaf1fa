/**
 * The naming figures of issue #15 (top-level model files, median and longest type names, longest
 * nested name) for large real specs, printed as a table. Run on demand ({@code mvn -B verify
 * -Pnaming-targets -pl checks -am -DskipTests}); depends on generator-core only through the checks'
 * {@code ClientGeneration}.
 */
package dev.clientele.checks.naming;
