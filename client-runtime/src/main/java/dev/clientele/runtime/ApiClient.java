package dev.clientele.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@link Call}s: builds the HTTP request, sends it with retries as the {@link RetryPolicy}
 * allows, and decodes the response or turns it into an {@link ApiException}. Thread-safe; share one
 * per server.
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
   */
  public <T> @Nullable T execute(Call<T> call) {
    TransportRequest request = prepare(call);
    String description = Uris.describe(call.method(), request.uri());
    TransportResponse response = send(request, call.idempotent(), description);
    return decode(call, response, description);
  }

  /** Sends the call without blocking; the future fails with the {@link ApiException} {@link #execute} throws. */
  public <T> CompletableFuture<@Nullable T> executeAsync(Call<T> call) {
    TransportRequest request;
    try {
      request = prepare(call);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    String description = Uris.describe(call.method(), request.uri());
    return sendAsync(request, call.idempotent(), description, 1)
        .thenApply(response -> decode(call, response, description));
  }

  private TransportRequest prepare(Call<?> call) {
    RequestParts parts = new RequestParts();
    config.defaultHeaders().forEach(parts::setHeader);
    call.headers().forEach(parts::setHeader);
    call.query().forEach(parameter -> parts.addQuery(parameter.getKey(), parameter.getValue()));
    call.cookies().forEach(cookie -> parts.addCookie(cookie.getKey(), cookie.getValue()));
    config.authentication().apply(parts);
    parts.setHeader("User-Agent", config.userAgent());
    if (!parts.hasHeader("Accept")) {
      parts.setHeader("Accept", "application/json");
    }
    byte[] body = null;
    if (call.bodyKind() != Call.BodyKind.NONE) {
      Bodies.Encoded encoded = Bodies.encode(call);
      body = encoded.bytes();
      parts.setHeader("Content-Type", encoded.contentType());
    }
    if (!parts.cookies().isEmpty()) {
      List<String> cookies = new ArrayList<>();
      for (Map.Entry<String, String> cookie : parts.cookies()) {
        cookies.add(cookie.getKey() + "=" + Uris.encode(cookie.getValue(), true));
      }
      parts.setHeader("Cookie", String.join("; ", cookies));
    }
    URI uri = Uris.build(config.baseUri(), call.pathTemplate(), call.pathParameters(), parts.query());
    return new TransportRequest(call.method(), uri, parts.headers(), body, config.requestTimeout());
  }

  private TransportResponse send(TransportRequest request, boolean idempotent, String description) {
    RetryPolicy policy = config.retryPolicy();
    for (int attempt = 1; ; attempt++) {
      TransportResponse response;
      try {
        response = config.transport().send(request);
      } catch (IOException e) {
        Optional<Duration> wait = retryAfterFailure(e, idempotent, attempt, policy);
        if (wait.isEmpty()) {
          throw failure(description, e);
        }
        sleep(wait.get(), description);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiIoException(description, "interrupted", e);
      }
      Optional<Duration> wait = retryAfterResponse(response, idempotent, attempt, policy);
      if (wait.isEmpty()) {
        return response;
      }
      sleep(wait.get(), description);
    }
  }

  private CompletableFuture<TransportResponse> sendAsync(
      TransportRequest request, boolean idempotent, String description, int attempt) {
    RetryPolicy policy = config.retryPolicy();
    return config.transport().sendAsync(request).handle((response, error) -> {
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      Optional<Duration> wait;
      if (cause != null) {
        wait = cause instanceof IOException io ? retryAfterFailure(io, idempotent, attempt, policy) : Optional.empty();
        if (wait.isEmpty()) {
          return CompletableFuture.<TransportResponse>failedFuture(
              cause instanceof IOException io ? failure(description, io) : cause);
        }
      } else {
        wait = retryAfterResponse(response, idempotent, attempt, policy);
        if (wait.isEmpty()) {
          return CompletableFuture.completedFuture(response);
        }
      }
      return CompletableFuture.supplyAsync(
              () -> null, CompletableFuture.delayedExecutor(wait.get().toMillis(), TimeUnit.MILLISECONDS))
          .thenCompose(ignored -> sendAsync(request, idempotent, description, attempt + 1));
    }).thenCompose(future -> future);
  }

  /** How long to wait before retrying after an I/O failure, or empty to give up. */
  private static Optional<Duration> retryAfterFailure(IOException e, boolean idempotent, int attempt, RetryPolicy policy) {
    if (attempt >= policy.maxAttempts()) {
      return Optional.empty();
    }
    // Nothing was sent when no connection could be made: safe to resend whatever the method.
    boolean nothingSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
    if (nothingSent || idempotent) {
      return Optional.of(policy.backoff(attempt, ThreadLocalRandom.current().nextDouble()));
    }
    return Optional.empty();
  }

  /** How long to wait before retrying after a response, or empty to take the response as it is. */
  private static Optional<Duration> retryAfterResponse(
      TransportResponse response, boolean idempotent, int attempt, RetryPolicy policy) {
    int status = response.status();
    if (attempt >= policy.maxAttempts() || (status < 500 && status != 429)) {
      return Optional.empty();
    }
    if (status == 429 || status == 503) {
      Optional<Duration> asked = RetryAfter.parse(response);
      if (asked.isPresent()) {
        // The server says it did not process the request: even a POST may be resent.
        return asked.get().compareTo(policy.maxRetryAfter()) <= 0 ? asked : Optional.empty();
      }
    }
    return idempotent ? Optional.of(policy.backoff(attempt, ThreadLocalRandom.current().nextDouble())) : Optional.empty();
  }

  private static ApiException failure(String description, IOException e) {
    if (e instanceof HttpTimeoutException) {
      return new ApiTimeoutException(description, "timed out: " + e.getMessage(), e);
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new ApiIoException(description, message, e);
  }

  private static void sleep(Duration wait, String description) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiIoException(description, "interrupted while waiting to retry", e);
    }
  }

  private static <T> @Nullable T decode(Call<T> call, TransportResponse response, String description) {
    int status = response.status();
    if (status < 200 || status >= 300) {
      throw ApiResponseException.of(description, response, errorBody(call, response));
    }
    JavaType type = call.successType(status);
    Class<?> raw = type.getRawClass();
    if (raw == Void.class || response.body().length == 0) {
      return null;
    }
    if (raw == byte[].class) {
      @SuppressWarnings("unchecked")
      T bytes = (T) response.body();
      return bytes;
    }
    if (raw == String.class && !isJson(response)) {
      @SuppressWarnings("unchecked")
      T text = (T) new String(response.body(), StandardCharsets.UTF_8);
      return text;
    }
    try {
      return Json.mapper().readValue(response.body(), type);
    } catch (IOException e) {
      throw mismatch(description, status, e);
    }
  }

  private static @Nullable Object errorBody(Call<?> call, TransportResponse response) {
    JavaType type = call.errorType(response.status());
    if (type == null || response.body().length == 0 || !isJson(response)) {
      return null;
    }
    try {
      return Json.mapper().readValue(response.body(), type);
    } catch (IOException e) {
      // The error stays the server's error; its raw body is still on the exception.
      return null;
    }
  }

  private static boolean isJson(TransportResponse response) {
    String type = response.header("Content-Type").orElse("application/json").toLowerCase(java.util.Locale.ROOT);
    return type.contains("json");
  }

  private static ResponseMismatchException mismatch(String description, int status, IOException e) {
    String path = "$";
    String message = e.getMessage();
    if (e instanceof JsonMappingException mapping) {
      path = jsonPath(mapping.getPath());
      message = mapping.getOriginalMessage();
    } else if (e instanceof JsonProcessingException processing) {
      message = processing.getOriginalMessage();
      if (processing.getProcessor() instanceof JsonParser parser) {
        path = "$" + parser.getParsingContext().pathAsPointer().toString().replace('/', '.');
      }
    }
    return new ResponseMismatchException(description, status, path, message == null ? "" : message, e);
  }

  private static String jsonPath(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
