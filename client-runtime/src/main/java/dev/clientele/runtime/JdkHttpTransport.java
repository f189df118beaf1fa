package dev.clientele.runtime;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The default transport: the JDK's {@link HttpClient}, which speaks HTTP/2 where the server does
 * and HTTP/1.1 otherwise.
 */
public final class JdkHttpTransport implements Transport {

  /** Headers the JDK sets itself and refuses to take from callers. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");

  private final HttpClient http;

  /** A transport over {@code http}, configured as the caller likes (proxy, SSL, executor…). */
  public JdkHttpTransport(HttpClient http) {
    this.http = http;
  }

  /** A transport with its own {@link HttpClient}. */
  public static JdkHttpTransport create(Duration connectTimeout) {
    return new JdkHttpTransport(
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build());
  }

  @Override
  public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
    return toResponse(http.send(toJdk(request), HttpResponse.BodyHandlers.ofByteArray()));
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
    return http.sendAsync(toJdk(request), HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(JdkHttpTransport::toResponse);
  }

  private static HttpRequest toJdk(TransportRequest request) {
    HttpRequest.BodyPublisher body =
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body());
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri()).timeout(request.timeout()).method(request.method(), body);
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      if (RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (String value : header.getValue()) {
        builder.header(header.getKey(), value);
      }
    }
    return builder.build();
  }

  private static TransportResponse toResponse(HttpResponse<byte[]> response) {
    byte[] body = response.body() == null ? new byte[0] : response.body();
    return new TransportResponse(response.statusCode(), response.headers().map(), body);
  }
}
