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
 *     log(request.method() + " " + request.uri());
 *     return delegate.send(request);
 *   }
 *   public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
 *     return delegate.sendAsync(request);
 *   }
 * };
 * }</pre>
 *
 * <p>Retries happen above the transport: a transport sends exactly once.
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
