/**
 * The generation benchmark (issue #9): Clientele's CLI against openapi-generator and against
 * swagger-parser's parse alone, as whole processes on the same specs, printed side by side with
 * ratios. Run on demand ({@code mvn -B verify -Pgeneration-benchmark -pl cli,checks -am}); never a
 * test, never timed assertions.
 */
package dev.clientele.checks.bench;
