/**
 * The library generated clients call: HTTP over {@code java.net.http} behind a small {@link
 * dev.clientele.runtime.Transport} interface, JSON with Jackson, authentication, retries and a
 * precise exception hierarchy. It depends on the JDK, Jackson and JSpecify only.
 */
@NullMarked
package dev.clientele.runtime;

import org.jspecify.annotations.NullMarked;
