package dev.clientele.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Decodes a final response into the call's success type, or turns it into an {@link ApiException}. */
final class Responses {

  private static final int EXCERPT_LENGTH = 120;

  private Responses() {}

  static <T> @Nullable T decode(Call<T> call, TransportResponse response, String description) {
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
      throw mismatch(description, response, e);
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
    return contentType(response).orElse("application/json").contains("json");
  }

  private static Optional<String> contentType(TransportResponse response) {
    return response.header("Content-Type").map(value -> value.toLowerCase(Locale.ROOT));
  }

  private static ResponseMismatchException mismatch(String description, TransportResponse response, IOException e) {
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
    if (!isJson(response)) {
      // Most likely a proxy's or login page's HTML, not the API's answer: say so first.
      message = "expected JSON but the server sent " + contentType(response).orElse("?") + ": " + excerpt(response)
          + " (" + message + ")";
    }
    return new ResponseMismatchException(description, response.status(), path, message == null ? "" : message, e);
  }

  private static String excerpt(TransportResponse response) {
    String text = new String(response.body(), StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
    return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) + "…" : text;
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
