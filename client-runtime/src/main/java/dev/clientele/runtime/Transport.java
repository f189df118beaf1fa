package dev.clientele.runtime;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP request and returns the response, whatever its status. The default is {@link
 * JdkHttpTransport}; implement this to plug in another HTTP stack, or to wrap one with logging,
 * metrics or tracing:
 *
 * <pre>{@code
 * Transport logging = new Transport() {
 *   public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
 *     log(request.toString()); // method and URI, query values hidden: an API key may be one
 *     return delegate.send(request);
 *   }
 *   public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
 *     return delegate.sendAsync(request);
 *   }
 * };
 * }</pre>
 *
 * <p>Retries and redirects happen above the transport: a transport sends exactly once and returns
 * a 3xx as it is, never following it (the client does, keeping credentials on their origin). It
 * must bound the whole exchange, body included, by {@link TransportRequest#timeout()}, and read no
 * more than {@link TransportRequest#maxResponseBytes()} (else fail with {@link
 * ResponseTooLargeException.Signal}); the client refuses a larger body it is given all the same.
 */
public interface Transport {

  /**
   * Sends the request and waits for the whole response.
   *
   * @throws java.net.http.HttpTimeoutException if the request timed out
   * @throws java.net.ConnectException if no connection could be made (nothing was sent)
   * @throws IOException for any other I/O failure
   */
  TransportResponse send(TransportRequest request) throws IOException, InterruptedException;

  /** Sends the request without blocking; the future fails with the exceptions {@link #send} throws. */
  CompletableFuture<TransportResponse> sendAsync(TransportRequest request);
}
