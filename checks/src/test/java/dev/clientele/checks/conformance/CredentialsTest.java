package dev.clientele.checks.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.clientele.checks.RawSpec;
import dev.clientele.runtime.Authentication;
import dev.clientele.runtime.RequestParts;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CredentialsTest {

  private static final String SPEC = """
      swagger: "2.0"
      info: {title: Boards, version: "1"}
      securityDefinitions:
        api_key: {type: apiKey, in: query, name: key}
        api_token: {type: apiKey, in: query, name: token}
        digest: {type: http, scheme: digest}
      security: [{api_key: []}, {api_token: []}]
      paths:
        /boards:
          get:
            parameters:
              - {name: key, in: query, required: true, type: string}
            responses: {"200": {description: ok}}
        /digest:
          get:
            security: [{digest: []}]
            responses: {"200": {description: ok}}
      """;

  @Test
  @DisplayName("every alternative's scheme is filled, except a query parameter the operation passes itself")
  void alternativesAndDeclaredParameters() throws IOException {
    // Given Trello's shape: key or token, and a key parameter declared on the operation
    RawSpec spec = new RawSpec(new ObjectMapper(new YAMLFactory()).readTree(SPEC));

    // When the credentials for GET /boards are applied
    Authentication credentials = Credentials.forOperation(RawOperation.at(spec, "#/paths/~1boards/get")).orElseThrow();
    RequestParts request = new RequestParts();
    credentials.apply(request);

    // Then only the token is added: the key is the operation's own argument, sent once
    assertEquals("token=key", query(request));
  }

  @Test
  @DisplayName("a scheme no dummy credentials can meet (HTTP digest) gives none, so the operation is not judged")
  void digest() throws IOException {
    RawSpec spec = new RawSpec(new ObjectMapper(new YAMLFactory()).readTree(SPEC));

    Optional<Authentication> credentials = Credentials.forOperation(RawOperation.at(spec, "#/paths/~1digest/get"));

    assertTrue(credentials.isEmpty());
  }

  /** The query the credentials added, {@code name=value&...} (RequestParts keeps it package-private). */
  private static String query(RequestParts request) {
    try {
      Field field = RequestParts.class.getDeclaredField("query");
      field.setAccessible(true);
      List<?> entries = (List<?>) field.get(request);
      return entries.stream().map(entry -> ((Map.Entry<?, ?>) entry).getKey() + "=" + ((Map.Entry<?, ?>) entry).getValue())
          .collect(Collectors.joining("&"));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
