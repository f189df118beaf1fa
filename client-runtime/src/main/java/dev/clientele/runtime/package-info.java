/**
 * The library generated clients call: HTTP over {@code java.net.http} behind a small {@link
 * dev.clientele.runtime.Transport} interface, JSON with Jackson behind a small {@link
 * dev.clientele.runtime.JsonCodec} interface, authentication, retries and a precise exception
 * hierarchy. It depends on the JDK, Jackson's annotations and JSpecify; Jackson 2 and Jackson 3
 * are both optional, each with its codec in a package of its own, and the application brings the
 * one its generated code is for.
 *
 * <p>{@link dev.clientele.runtime.ApiClient} runs a {@link dev.clientele.runtime.Call} in the ways
 * generated operations offer: the decoded body ({@code execute}), the body with status and headers
 * ({@code executeRaw}, a {@link dev.clientele.runtime.RawResponse}), the first {@link
 * dev.clientele.runtime.Page} of a list that follows its {@link dev.clientele.runtime.Paging} style
 * ({@code page}), and the events of a {@code text/event-stream} ({@code stream}, an {@link
 * dev.clientele.runtime.EventStream}). {@link dev.clientele.runtime.EnvironmentVariables} backs
 * generated {@code fromEnv()} methods.
 */
@NullMarked
package dev.clientele.runtime;

import org.jspecify.annotations.NullMarked;
