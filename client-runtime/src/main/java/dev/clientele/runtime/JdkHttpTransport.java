package dev.clientele.runtime;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;

/**
 * The default transport: the JDK's {@link HttpClient}, which speaks HTTP/2 where the server does
 * and HTTP/1.1 otherwise. It reads at most {@link TransportRequest#maxResponseBytes()} of a body,
 * and the request's timeout bounds the whole exchange, body included (the JDK's own timeout stops
 * at the headers). It never follows redirects: {@link ApiClient} does, with rules that keep
 * credentials on their origin.
 */
public final class JdkHttpTransport implements Transport {

  /** Headers the JDK sets itself and refuses to take from callers. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");

  private final HttpClient http;

  /**
   * A transport over {@code http}, configured as the caller likes (proxy, SSL, executor…).
   *
   * @throws IllegalArgumentException if {@code http} follows redirects itself: it would send
   *     credentials wherever a server redirects it ({@code HttpClient.newBuilder()} does not follow
   *     them unless told to)
   */
  public JdkHttpTransport(HttpClient http) {
    if (http.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException("the HttpClient follows redirects (" + http.followRedirects()
          + "), which would send credentials to whatever host a server names; build it with"
          + " followRedirects(HttpClient.Redirect.NEVER): the client follows redirects itself, keeping"
          + " credentials on their origin");
    }
    this.http = http;
  }

  /** A transport with its own {@link HttpClient}. */
  public static JdkHttpTransport create(Duration connectTimeout) {
    return new JdkHttpTransport(
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  @Override
  public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
    CompletableFuture<TransportResponse> response = sendAsync(request);
    try {
      return response.get();
    } catch (InterruptedException e) {
      response.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }

  /**
   * Sends without blocking. The future fails with {@link HttpTimeoutException} when the whole
   * exchange takes longer than the request's timeout, and cancelling it aborts the exchange.
   */
  @Override
  public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
    BoundedBody.Handler handler = new BoundedBody.Handler(request.maxResponseBytes());
    CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(toJdk(request), handler);
    CompletableFuture<TransportResponse> result = new CompletableFuture<>();
    ScheduledFuture<?> deadline = Timers.schedule(() -> {
      HttpTimeoutException timeout = new HttpTimeoutException(
          "no complete response within " + request.timeout().toMillis() + " ms");
      handler.abort(timeout);
      result.completeExceptionally(timeout);
      exchange.cancel(true);
    }, request.timeout());
    exchange.whenComplete((response, error) -> {
      if (error == null) {
        result.complete(toResponse(response));
      } else {
        result.completeExceptionally(unwrap(error));
      }
    });
    result.whenComplete((response, error) -> {
      deadline.cancel(false);
      if (result.isCancelled()) {
        handler.abort(new IOException("cancelled"));
        exchange.cancel(true);
      }
    });
    return result;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof CancellationException ? new IOException("the exchange was cancelled", cause) : cause;
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
