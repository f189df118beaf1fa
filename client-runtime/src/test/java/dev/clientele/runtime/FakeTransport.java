package dev.clientele.runtime;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A transport that answers from a script and records what it was asked to send. */
final class FakeTransport implements Transport {

  /** One scripted outcome: a response, or an I/O failure. */
  interface Outcome {
    TransportResponse get() throws IOException;
  }

  private final Deque<Outcome> script = new ArrayDeque<>();
  final List<TransportRequest> sent = new ArrayList<>();

  FakeTransport respond(int status, String body, String... headers) {
    Map<String, List<String>> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      map.put(headers[i], List.of(headers[i + 1]));
    }
    map.putIfAbsent("Content-Type", List.of("application/json"));
    TransportResponse response = new TransportResponse(status, map, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    script.add(() -> response);
    return this;
  }

  FakeTransport fail(IOException failure) {
    script.add(() -> {
      throw failure;
    });
    return this;
  }

  @Override
  public TransportResponse send(TransportRequest request) throws IOException {
    sent.add(request);
    if (script.isEmpty()) {
      throw new IllegalStateException("no response scripted for " + request);
    }
    return script.poll().get();
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
    try {
      return CompletableFuture.completedFuture(send(request));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
