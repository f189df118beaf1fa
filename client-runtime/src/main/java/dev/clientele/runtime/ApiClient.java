package dev.clientele.runtime;

import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@link Call}s: builds the HTTP request, sends it with retries as the {@link RetryPolicy}
 * allows and redirects as {@link Redirects} allows, and decodes the response or turns it into an
 * {@link ApiException}. Thread-safe; share one per server.
 */
public final class ApiClient {

  private final ClientConfig config;

  public ApiClient(ClientConfig config) {
    this.config = config;
  }

  public ClientConfig config() {
    return config;
  }

  /** A client with some settings changed, sharing the transport. */
  public ApiClient with(RequestOptions options) {
    return new ApiClient(config.with(options));
  }

  /**
   * Sends the call and returns the decoded success body: null for {@code Void} or an empty body.
   *
   * @throws ApiException if the call fails
   * @throws IllegalArgumentException if the call cannot be made into a request (a header value
   *     with a line break, a path parameter without value)
   */
  public <T> @Nullable T execute(Call<T> call) {
    Exchange exchange = new Exchange(config, Requests.prepare(config, call));
    TransportResponse response = exchange.runBlocking();
    return Responses.decode(call, response, exchange.description());
  }

  /**
   * Sends the call without blocking. The future fails with the exceptions {@link #execute} throws,
   * those of building the request included; it never throws itself. Cancelling it stops the call:
   * no further attempt is made, and the one in flight is cancelled.
   */
  public <T> CompletableFuture<@Nullable T> executeAsync(Call<T> call) {
    try {
      Exchange exchange = new Exchange(config, Requests.prepare(config, call));
      return AsyncExchange.start(
          exchange, config.transport(), response -> Responses.decode(call, response, exchange.description()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
