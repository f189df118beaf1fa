package dev.clientele.runtime;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Where servers put the id of a request, for support tickets and logs. */
final class RequestIds {

  /** Headers servers use for a request id, in the order they are looked for. */
  private static final List<String> HEADERS =
      List.of("X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Correlation-Id", "CF-Ray");

  private RequestIds() {}

  /** The first request-id header present, looked up with {@code header}. */
  static Optional<String> find(Function<String, Optional<String>> header) {
    for (String name : HEADERS) {
      Optional<String> value = header.apply(name);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }
}
