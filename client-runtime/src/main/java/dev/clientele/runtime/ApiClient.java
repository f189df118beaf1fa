package dev.clientele.runtime;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
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
    return Responses.decode(call, response, exchange.description(), config.json());
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
          exchange, config.transport(), response -> Responses.decode(call, response, exchange.description(), config.json()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Sends the call as {@link #execute} does, for an operation whose spec promises a body on every
   * success status: returns it, never null.
   *
   * @throws ResponseMismatchException if the server answered with an empty body (or JSON {@code
   *     null}) all the same
   * @throws ApiException if the call fails, exactly as {@link #execute}
   */
  public <T> T executeExpectingBody(Call<T> call) {
    Exchange exchange = new Exchange(config, Requests.prepare(config, call));
    TransportResponse response = exchange.runBlocking();
    return present(call, Responses.decode(call, response, exchange.description(), config.json()), response, exchange.description());
  }

  /** {@link #executeExpectingBody} without blocking; fails and cancels as {@link #executeAsync} does. */
  public <T> CompletableFuture<T> executeExpectingBodyAsync(Call<T> call) {
    try {
      Exchange exchange = new Exchange(config, Requests.prepare(config, call));
      return AsyncExchange.start(exchange, config.transport(),
          response -> present(call, Responses.decode(call, response, exchange.description(), config.json()), response, exchange.description()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The body; an empty one is a value only for bytes and text (an empty file is still a file). */
  @SuppressWarnings("unchecked")
  private static <T> T present(Call<T> call, @Nullable T body, TransportResponse response, String description) {
    if (body == null && response.body().length == 0) {
      Type type = call.successType(response.status());
      Class<?> raw = type instanceof Class<?> plain ? plain : type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : Object.class;
      if (raw == byte[].class) {
        return (T) new byte[0];
      }
      if (raw == String.class) {
        return (T) "";
      }
    }
    if (body == null) {
      throw new ResponseMismatchException(description, response.status(), "$",
          "the body is empty, but the spec promises one for this status", null);
    }
    return body;
  }

  /**
   * Sends the call as {@link #execute} does, and returns the decoded body together with the
   * response's status and headers (rate limits, {@code Link}, a request id).
   *
   * @throws ApiException if the call fails, exactly as {@link #execute}
   */
  public <T> RawResponse<T> executeRaw(Call<T> call) {
    Exchange exchange = new Exchange(config, Requests.prepare(config, call));
    TransportResponse response = exchange.runBlocking();
    return raw(call, response, exchange.description());
  }

  /** {@link #executeRaw} without blocking; fails and cancels as {@link #executeAsync} does. */
  public <T> CompletableFuture<RawResponse<T>> executeRawAsync(Call<T> call) {
    try {
      Exchange exchange = new Exchange(config, Requests.prepare(config, call));
      return AsyncExchange.start(exchange, config.transport(), response -> raw(call, response, exchange.description()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Sends a list call and returns its first page, whose {@link Page#nextPage()} and {@link
   * Page#autoPager()} follow the pages as {@code paging} says.
   *
   * @throws ApiException if the call fails, exactly as {@link #execute}
   */
  public <T, R> Page<T, R> page(Call<R> call, Paging<T, R> paging) {
    return Page.first(this, call, paging, executeRaw(call));
  }

  /** {@link #page} without blocking; fails and cancels as {@link #executeAsync} does. */
  public <T, R> CompletableFuture<Page<T, R>> pageAsync(Call<R> call, Paging<T, R> paging) {
    return Page.cancellable(executeRawAsync(call), raw -> Page.first(this, call, paging, raw));
  }

  private <T> RawResponse<T> raw(Call<T> call, TransportResponse response, String description) {
    T body = Responses.decode(call, response, description, config.json());
    return new RawResponse<>(response.status(), response.headers(), body);
  }

  /**
   * Sends a call whose success response is an event stream ({@code text/event-stream}, asked for in
   * {@code Accept} unless the call sets that header) and returns its events as they arrive. It
   * returns once the response headers are in; retries and redirects happen until then, as for
   * {@link #execute}. See {@link EventStream} for the timeouts and limits of the stream itself.
   *
   * @throws ApiResponseException if the server answers with an error status
   * @throws ResponseMismatchException if a success response is not an event stream (a JSON body,
   *     an HTML page)
   * @throws ApiException if the call fails otherwise before the stream starts
   */
  public EventStream<ServerSentEvent> stream(Call<?> call) {
    return open(call, (event, index) -> Optional.of(event));
  }

  /**
   * {@link #stream(Call)}, each event's data decoded as JSON into the call's success type (e.g.
   * OpenAI's chat completion chunks). An event whose data is {@code endMarker} (OpenAI's {@code
   * "[DONE]"}; null for none) ends the stream and closes the connection; an event whose data is
   * JSON {@code null} is skipped. Data that does not match the type fails the stream with {@link
   * ResponseMismatchException}.
   */
  public <T> EventStream<T> streamJson(Call<T> call, @Nullable String endMarker) {
    return open(call, new EventStream.Decoder<T>() {
      @Override
      public @Nullable Optional<T> decode(ServerSentEvent event, int index) {
        if (endMarker != null && event.data().strip().equals(endMarker)) {
          return Optional.empty();
        }
        Type type = call.successType(200);
        byte[] data = event.data().getBytes(StandardCharsets.UTF_8);
        try {
          // The call's type parameter is the type it was made with.
          @SuppressWarnings("unchecked")
          T value = (T) config.json().read(data, type);
          return value == null ? null : Optional.of(value);
        } catch (IOException e) {
          TransportResponse asResponse = new TransportResponse(200, java.util.Map.of(), data);
          throw Responses.mismatch("event " + (index + 1) + " of " + call.method() + " " + call.pathTemplate(),
              asResponse, e);
        }
      }
    });
  }

  private <E> EventStream<E> open(Call<?> call, EventStream.Decoder<E> decoder) {
    Exchange exchange = new Exchange(config, Requests.prepare(config, call, "text/event-stream"));
    StreamingResponse response = exchange.openBlocking(call);
    String type = response.header("Content-Type").orElse("text/event-stream").toLowerCase(Locale.ROOT);
    if (!type.startsWith("text/event-stream")) {
      TransportResponse whole;
      try {
        whole = response.readWhole(config.maxResponseBytes(), config.requestTimeout());
      } catch (IOException e) {
        whole = new TransportResponse(response.status(), response.headers(), new byte[0]);
      }
      throw new ResponseMismatchException(exchange.description(), response.status(), "$",
          "expected an event stream (text/event-stream) but the server sent " + SafeText.escape(type) + ": "
              + Responses.excerpt(whole), new IOException("not an event stream"));
    }
    return new EventStream<>(response, config.streamIdleTimeout(), config.maxResponseBytes(), exchange.description(),
        decoder);
  }
}
