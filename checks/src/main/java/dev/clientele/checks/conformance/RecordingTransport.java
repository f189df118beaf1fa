package dev.clientele.checks.conformance;

import dev.clientele.runtime.JdkHttpTransport;
import dev.clientele.runtime.Transport;
import dev.clientele.runtime.TransportRequest;
import dev.clientele.runtime.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The runtime's default transport, keeping the last exchange: Prism's answer is evidence for the
 * report (its body when the client could not read it) even where the client's exception does not
 * carry it.
 */
final class RecordingTransport implements Transport {

  private final Transport delegate = JdkHttpTransport.create(Duration.ofSeconds(5));
  private volatile TransportRequest lastRequest;
  private volatile TransportResponse lastResponse;

  @Override
  public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
    lastRequest = request;
    lastResponse = null;
    TransportResponse response = delegate.send(request);
    lastResponse = response;
    return response;
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
    lastRequest = request;
    lastResponse = null;
    return delegate.sendAsync(request).thenApply(response -> {
      lastResponse = response;
      return response;
    });
  }

  /** Forgets the last exchange, before a call. */
  void reset() {
    lastRequest = null;
    lastResponse = null;
  }

  /** The last request sent, or null. */
  TransportRequest lastRequest() {
    return lastRequest;
  }

  /** The answer to the last request, or null. */
  TransportResponse lastResponse() {
    return lastResponse;
  }
}
