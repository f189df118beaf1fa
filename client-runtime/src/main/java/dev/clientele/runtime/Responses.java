package dev.clientele.runtime;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Decodes a final response into the call's success type, or turns it into an {@link ApiException}. */
final class Responses {

  private static final int EXCERPT_LENGTH = 120;

  private Responses() {}

  static <T> @Nullable T decode(Call<T> call, TransportResponse response, String description, JsonCodec json) {
    int status = response.status();
    if (status < 200 || status >= 300) {
      throw ApiResponseException.of(description, response, errorBody(call, response, json));
    }
    Type type = call.successType(status);
    if (type == Void.class || response.body().length == 0) {
      return null;
    }
    if (type == byte[].class) {
      @SuppressWarnings("unchecked")
      T bytes = (T) response.body();
      return bytes;
    }
    if (type == String.class && !isJson(response)) {
      @SuppressWarnings("unchecked")
      T text = (T) new String(response.body(), StandardCharsets.UTF_8);
      return text;
    }
    try {
      // The call's type parameter is the type it was made with.
      @SuppressWarnings("unchecked")
      T value = (T) json.read(response.body(), type);
      return value;
    } catch (IOException e) {
      throw mismatch(description, response, e);
    }
  }

  private static @Nullable Object errorBody(Call<?> call, TransportResponse response, JsonCodec json) {
    Type type = call.errorType(response.status());
    if (type == null || response.body().length == 0 || !isJson(response)) {
      return null;
    }
    try {
      return json.read(response.body(), type);
    } catch (IOException e) {
      // The error stays the server's error; its raw body is still on the exception.
      return null;
    }
  }

  private static boolean isJson(TransportResponse response) {
    return contentType(response).orElse("application/json").contains("json");
  }

  private static Optional<String> contentType(TransportResponse response) {
    return response.header("Content-Type").map(value -> value.toLowerCase(Locale.ROOT));
  }

  static ResponseMismatchException mismatch(String description, TransportResponse response, IOException e) {
    String path = "$";
    String message = e.getMessage();
    if (e instanceof JsonReadException read) {
      path = read.path();
      message = read.detail();
    }
    if (!isJson(response)) {
      // Most likely a proxy's or login page's HTML, not the API's answer: say so first.
      message = "expected JSON but the server sent " + contentType(response).orElse("?") + ": " + excerpt(response)
          + " (" + message + ")";
    }
    return new ResponseMismatchException(description, response.status(), path, message == null ? "" : message, e);
  }

  static String excerpt(TransportResponse response) {
    String text = new String(response.body(), StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
    return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) + "…" : text;
  }
}
