package dev.clientele.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with an error status. Subclasses name the common ones; {@link #body()} holds
 * the error body decoded into the type the spec declares for the status, when it declares one.
 */
public class ApiResponseException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** Headers servers use for a request id, in the order they are looked for. */
  private static final List<String> REQUEST_ID_HEADERS =
      List.of("X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Correlation-Id", "CF-Ray");

  private static final int EXCERPT_LENGTH = 200;

  private final int status;
  private final transient Map<String, List<String>> headers;
  private final byte[] rawBody;
  private final transient @Nullable Object body;

  public ApiResponseException(String request, TransportResponse response, @Nullable Object body) {
    this(request, describe(response), response, body);
  }

  /** An exception with a message of its own (the server's data in it is escaped all the same). */
  protected ApiResponseException(String request, String message, TransportResponse response, @Nullable Object body) {
    super(request, message, null);
    this.status = response.status();
    this.headers = response.headers();
    this.rawBody = response.body();
    this.body = body;
  }

  /** The exception for a response: a subclass for the statuses that have one. */
  public static ApiResponseException of(String request, TransportResponse response, @Nullable Object body) {
    int status = response.status();
    if (status >= 500) {
      return new ServerErrorException(request, response, body);
    }
    return switch (status) {
      case 400 -> new BadRequestException(request, response, body);
      case 401 -> new UnauthorizedException(request, response, body);
      case 403 -> new ForbiddenException(request, response, body);
      case 404 -> new NotFoundException(request, response, body);
      case 409 -> new ConflictException(request, response, body);
      case 422 -> new UnprocessableEntityException(request, response, body);
      case 429 -> new RateLimitedException(request, response, body);
      default -> new ApiResponseException(request, response, body);
    };
  }

  public int status() {
    return status;
  }

  /** The response headers, names compared without regard to case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a response header. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The id the server gave the request, if it sent one (X-Request-Id and the like). */
  public Optional<String> requestId() {
    for (String name : REQUEST_ID_HEADERS) {
      Optional<String> value = header(name);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** The body as sent. */
  public byte[] rawBody() {
    return rawBody.clone();
  }

  /** The body as text (UTF-8). */
  public String bodyText() {
    return new String(rawBody, StandardCharsets.UTF_8);
  }

  /** The body decoded into the type the spec declares for this status, or null when it declares none. */
  public @Nullable Object body() {
    return body;
  }

  /** The decoded body as {@code type}, if it is one. */
  public <T> Optional<T> body(Class<T> type) {
    return type.isInstance(body) ? Optional.of(type.cast(body)) : Optional.empty();
  }

  private static String describe(TransportResponse response) {
    String text = new String(response.body(), StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
    String excerpt = text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) + "…" : text;
    return "HTTP " + response.status() + (excerpt.isEmpty() ? "" : ": " + excerpt);
  }
}
