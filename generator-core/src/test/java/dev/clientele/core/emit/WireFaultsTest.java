package dev.clientele.core.emit;

import static dev.clientele.core.support.PlainJson.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientele.core.support.CompiledClasses;
import dev.clientele.runtime.ApiClient;
import dev.clientele.runtime.ClientConfig;
import dev.clientele.runtime.Transport;
import dev.clientele.runtime.TransportRequest;
import dev.clientele.runtime.TransportResponse;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What goes over the wire for test-specs/wire-faults-3.1.yaml and wire-faults-swagger-2.0.yaml: the
 * shapes that generated clients got wrong.
 */
class WireFaultsTest {

  private static CompiledClasses classes;
  private static CompiledClasses swagger2;

  @BeforeAll
  static void compile() {
    classes = CompiledClasses.ofTestSpec("wire-faults-3.1.yaml");
    swagger2 = CompiledClasses.ofTestSpec("wire-faults-swagger-2.0.yaml");
  }

  @ParameterizedTest(name = "role {0} parses as {1}")
  @CsvSource({
      "user, UserMessage",
      "system, SystemMessage",
      "assistant, AssistantMessage",
      "ToolMessage, ToolMessage",
  })
  @DisplayName("a variant that fixes the discriminator property to one value is named by that value, not by its schema name")
  void discriminatorValueFromTheVariant(String role, String variant) throws Exception {
    String json = "{\"role\": \"" + role + "\", \"content\": \"Hello\"}";

    Object message = MAPPER.readValue(json, classes.load("com.example.model.ChatMessage"));

    assertEquals("com.example.model." + variant, message.getClass().getName());
    assertEquals(MAPPER.readTree(json), MAPPER.valueToTree(message));
  }

  @Test
  @DisplayName("a schema name is no longer a discriminator value when the variant fixes its own")
  void schemaNameOfAVariantWithItsOwnValueIsUnknown() throws Exception {
    Object message = MAPPER.readValue(
        "{\"role\": \"UserMessage\", \"content\": \"Hello\"}", classes.load("com.example.model.ChatMessage"));

    assertEquals("com.example.model.ChatMessage$Unknown", message.getClass().getName());
  }

  @ParameterizedTest(name = "{0} is built with role {1}")
  @CsvSource({"UserMessage, user", "SystemMessage, system", "AssistantMessage, assistant", "ToolMessage, ToolMessage"})
  @DisplayName("a variant's builder starts with its own discriminator value")
  void builderPresetsTheVariantsValue(String variant, String role) throws Exception {
    Class<?> type = classes.load("com.example.model." + variant);
    Object builder = type.getMethod("builder").invoke(null);
    builder.getClass().getMethod("content", String.class).invoke(builder, "Hello");

    Object built = builder.getClass().getMethod("build").invoke(builder);

    assertEquals(role, MAPPER.valueToTree(built).get("role").asText());
  }

  @Test
  @DisplayName("a request carries what the caller set, none of the spec's defaults")
  void onlyWhatTheCallerSet() throws Exception {
    Class<?> request = classes.load("com.example.model.ChatRequest");
    Class<?> user = classes.load("com.example.model.UserMessage");
    Object message = user.getMethod("builder").invoke(null);
    message.getClass().getMethod("content", String.class).invoke(message, "Hello");
    Object builder = request.getMethod("builder").invoke(null);
    builder.getClass().getMethod("model", String.class).invoke(builder, "gpt-4o");
    builder.getClass().getMethod("messages", List.class)
        .invoke(builder, List.of(message.getClass().getMethod("build").invoke(message)));

    Object built = builder.getClass().getMethod("build").invoke(builder);

    assertEquals(
        MAPPER.readTree("{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}"),
        MAPPER.valueToTree(built));
  }

  @Test
  @DisplayName("Swagger 2.0: a property with properties and additionalProperties keeps both (Netlify's audit log payload)")
  void swagger2PropertiesAndAdditionalProperties() throws Exception {
    String json = """
        {"id": "a1", "payload": {"log_type": "deploy", "timestamp": "2024-05-06T07:08:09Z", "extra": {"n": 1}}}""";
    Class<?> auditLog = swagger2.load("com.example.model.AuditLog");

    Object parsed = MAPPER.readValue(json, auditLog);

    Object payload = auditLog.getMethod("payload").invoke(parsed);
    assertEquals("deploy", payload.getClass().getMethod("logType").invoke(payload));
    assertEquals(Map.of("extra", Map.of("n", 1)), payload.getClass().getMethod("additionalProperties").invoke(payload));
    assertEquals(MAPPER.readTree(json), MAPPER.valueToTree(parsed));
  }

  @Test
  @DisplayName("Swagger 2.0: the same in an inline response body's property, typed by additionalProperties")
  void swagger2InlineResponse() throws Exception {
    String json = """
        {"ok": true, "message": {"ts": "1715000000.000100", "reply_count": 2, "thread_ts": "x"}}""";
    Class<?> response = swagger2.load("com.example.model.ChatPostMessageResponse");

    Object parsed = MAPPER.readValue(json, response);

    Object message = response.getMethod("message").invoke(parsed);
    assertEquals(2L, message.getClass().getMethod("replyCount").invoke(message));
    assertEquals(Map.of("thread_ts", "x"), message.getClass().getMethod("additionalProperties").invoke(message));
  }

  @Test
  @DisplayName("Swagger 2.0: type [string, 'null'] reads a string and a null")
  void swagger2TypeArrays() throws Exception {
    Class<?> site = swagger2.load("com.example.model.Site");

    Object parsed = MAPPER.readValue("{\"name\": \"blog\", \"build_count\": null}", site);

    assertEquals("blog", site.getMethod("name").invoke(parsed));
    assertEquals(null, site.getMethod("buildCount").invoke(parsed));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"\"owner\"", "null", "[null, \"admin\"]"})
  @DisplayName("Swagger 2.0: a schema whose items are a list of schemas (Slack's auto_type) reads any value")
  void swagger2TupleItems(String autoType) throws Exception {
    Class<?> site = swagger2.load("com.example.model.Site");
    String json = "{\"name\": \"blog\", \"auto_type\": " + autoType + "}";

    Object parsed = MAPPER.readValue(json, site);

    assertEquals(MAPPER.readTree(autoType), MAPPER.valueToTree(site.getMethod("autoType").invoke(parsed)));
  }

  @Test
  @DisplayName("an enum whose one value is an empty list is a list, not a string (Cloudflare's errors)")
  void enumOfAList() throws Exception {
    String json = "{\"errors\": [], \"success\": true, \"result\": [\"r1\"]}";
    Class<?> envelope = classes.load("com.example.model.RulesetsEnvelope");

    Object parsed = MAPPER.readValue(json, envelope);

    assertEquals(List.class, envelope.getMethod("errors").getReturnType());
    assertEquals(MAPPER.readTree(json), MAPPER.valueToTree(parsed));
  }

  @Test
  @DisplayName("Swagger 2.0: allOf of a description and a $ref to an array is that array (Xero's PaymentTerms)")
  void swagger2AnnotatedArrayReference() throws Exception {
    String json = "{\"PaymentTerms\": [{\"Days\": \"30\"}]}";
    Class<?> organisation = swagger2.load("com.example.model.Organisation");

    Object parsed = MAPPER.readValue(json, organisation);

    assertEquals(List.class, organisation.getMethod("paymentTerms").getReturnType());
    assertEquals(MAPPER.readTree(json), MAPPER.valueToTree(parsed));
  }

  @Test
  @DisplayName("an object body under a non-JSON media type is sent as JSON with that media type, not as its toString")
  void objectBodyUnderOctetStream() throws Exception {
    List<TransportRequest> sent = new ArrayList<>();
    Transport transport = new Transport() {
      @Override
      public TransportResponse send(TransportRequest request) {
        sent.add(request);
        return new TransportResponse(200, Map.of(), new byte[0]);
      }

      @Override
      public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        return CompletableFuture.completedFuture(send(request));
      }
    };
    ApiClient client = new ApiClient(ClientConfig.builder("https://docker.example.com").transport(transport).build());
    Class<?> body = swagger2.load("com.example.model.NetworkConnectRequest");
    Object builder = body.getMethod("builder").invoke(null);
    builder.getClass().getMethod("container", String.class).invoke(builder, "3613f73ba0e4");
    Class<?> implementation = swagger2.load("com.example.api.NetworksApiClient");
    Object api = implementation.getConstructor(ApiClient.class).newInstance(client);

    implementation.getMethod("networkConnect", String.class, body)
        .invoke(api, "n1", builder.getClass().getMethod("build").invoke(builder));

    assertEquals(List.of("application/octet-stream"), sent.get(0).headers().get("Content-Type"));
    assertEquals(MAPPER.readTree("{\"Container\": \"3613f73ba0e4\"}"), MAPPER.readTree(sent.get(0).body()));
  }

  @Test
  @DisplayName("an allOf of two strings (Cloudflare's ids) is a String: as a path parameter and as a property")
  void allOfOfStrings() throws Exception {
    Class<?> api = classes.load("com.example.api.SchemasApi");
    Class<?> response = classes.load("com.example.model.GetSchemaResponse");

    api.getMethod("getSchema", String.class);
    Object parsed = MAPPER.readValue("{\"id\": \"023e105f4ecef8ad9ca31a8372d0c353\"}", response);
    assertEquals("023e105f4ecef8ad9ca31a8372d0c353", response.getMethod("id").invoke(parsed));
  }

  @Test
  @DisplayName("a body that admits nothing (Stripe's GETs: an object of no properties and no others) is no argument")
  void bodyThatAdmitsNothing() throws Exception {
    Class<?> api = classes.load("com.example.api.CustomersApi");

    for (java.lang.reflect.Method method : api.getMethods()) {
      for (Class<?> parameter : method.getParameterTypes()) {
        assertEquals(false, Map.class.isAssignableFrom(parameter) || parameter == Object.class, method.toString());
      }
    }
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "[{\"id\": 1, \"name\": \"r\", \"full_name\": \"o/r\", \"starred_at\": \"not a date\"}] | RepositoryListValue",
      "[{\"starred_at\": \"2024-05-06T07:08:09Z\", \"repo\": {\"id\": 1, \"name\": \"r\", \"full_name\": \"o/r\"}}] | StarredRepositoryListValue",
  })
  @DisplayName("lists of objects in a union are told apart by their first item's properties (GitHub's starred)")
  void listsOfObjects(String json, String variant) throws Exception {
    Class<?> union = classes.load("com.example.model.ListStarredResponse");

    Object parsed = MAPPER.readValue(json, union);

    assertEquals(variant, parsed.getClass().getSimpleName());
    assertEquals(MAPPER.readTree(json).toString(), MAPPER.valueToTree(parsed).toString());
  }

  @Test
  @DisplayName("a path parameter whose schema $ref points to nothing is a String parameter")
  void danglingParameterSchemaIsAString() throws Exception {
    Class<?> api = classes.load("com.example.api.CommentsApi");

    api.getMethod("getComment", String.class);
  }
}
