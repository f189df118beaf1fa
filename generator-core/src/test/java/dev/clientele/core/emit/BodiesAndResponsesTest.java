package dev.clientele.core.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientele.core.support.CompiledClasses;
import dev.clientele.runtime.ApiClient;
import dev.clientele.runtime.ClientConfig;
import dev.clientele.runtime.RetryPolicy;
import dev.clientele.runtime.Transport;
import dev.clientele.runtime.TransportRequest;
import dev.clientele.runtime.TransportResponse;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generated client for test-specs/bodies-and-responses-3.0.yaml, run against scripted HTTP
 * responses: what it sends for form, multipart and binary bodies, and what it makes of binary,
 * text, per-status and empty responses.
 */
class BodiesAndResponsesTest {

  private static CompiledClasses classes;
  private final ScriptedTransport transport = new ScriptedTransport();

  @BeforeAll
  static void compile() {
    classes = CompiledClasses.ofTestSpec("bodies-and-responses-3.0.yaml");
  }

  @Test
  @DisplayName("a form body is sent url-encoded, with the record's wire names")
  void formBody() throws Exception {
    transport.respond(200, "application/json", "{\"access_token\": \"t\", \"expires_in\": 60}");
    Class<?> request = classes.load("com.example.model.CreateTokenRequest");
    Class<?> grantType = classes.load("com.example.model.CreateTokenRequest$GrantType");
    Object builder = request.getMethod("builder").invoke(null);
    builder.getClass().getMethod("grantType", grantType).invoke(builder, grantType.getField("CLIENT_CREDENTIALS").get(null));
    builder.getClass().getMethod("scope", String.class).invoke(builder, "files:read files:write");

    Object token = call("Auth", "createToken", builder.getClass().getMethod("build").invoke(builder));

    TransportRequest sent = transport.sent.get(0);
    assertEquals("application/x-www-form-urlencoded", sent.headers().get("Content-Type").get(0));
    assertEquals("grant_type=client_credentials&scope=files%3Aread%20files%3Awrite", text(sent.body()));
    assertEquals("t", token.getClass().getMethod("accessToken").invoke(token));
  }

  @Test
  @DisplayName("a multipart body sends the file's bytes as a file part; 201 and 202 bodies are told apart by status")
  void multipartAndResponseUnion() throws Exception {
    transport.respond(201, "application/json", "{\"name\": \"a.txt\", \"size\": 3}")
        .respond(202, "application/json", "{\"id\": \"scan_1\", \"state\": \"queued\"}");
    Class<?> request = classes.load("com.example.model.UploadFileRequest");
    Object builder = request.getMethod("builder").invoke(null);
    builder.getClass().getMethod("file", byte[].class).invoke(builder, (Object) "abc".getBytes(StandardCharsets.UTF_8));
    builder.getClass().getMethod("description", String.class).invoke(builder, "three letters");
    Object upload = builder.getClass().getMethod("build").invoke(builder);

    Object created = call("Files", "uploadFile", upload);
    Object accepted = call("Files", "uploadFile", upload);

    String multipart = text(transport.sent.get(0).body());
    assertTrue(transport.sent.get(0).headers().get("Content-Type").get(0).startsWith("multipart/form-data; boundary="));
    assertTrue(multipart.contains("name=\"file\"; filename=\"file\""), multipart);
    assertTrue(multipart.contains("three letters"), multipart);
    assertEquals("com.example.api.FilesApi$UploadFileResponse$Created", created.getClass().getName());
    Object storedFile = created.getClass().getMethod("body").invoke(created);
    assertEquals(3L, storedFile.getClass().getMethod("size").invoke(storedFile));
    assertEquals("com.example.api.FilesApi$UploadFileResponse$Accepted", accepted.getClass().getName());
    Object job = accepted.getClass().getMethod("body").invoke(accepted);
    assertEquals("scan_1", job.getClass().getMethod("id").invoke(job));
  }

  @Test
  @DisplayName("binary bodies go out and come back as the exact bytes")
  void binaryBodies() throws Exception {
    byte[] bytes = {0, 1, (byte) 0xff, 'x'};
    transport.respond(200, "application/octet-stream", bytes)
        .respond(200, "application/json", "{\"name\": \"b.bin\", \"size\": 4}");

    Object downloaded = call("Files", "downloadFile", "b.bin");
    call("Files", "replaceFile", "b.bin", bytes);

    assertArrayEquals(bytes, (byte[]) downloaded);
    TransportRequest upload = transport.sent.get(1);
    assertEquals("PUT", upload.method());
    assertEquals("application/octet-stream", upload.headers().get("Content-Type").get(0));
    assertArrayEquals(bytes, upload.body());
  }

  @Test
  @DisplayName("text responses are strings, for a 200 and for a 2XX range")
  void textResponses() throws Exception {
    transport.respond(200, "text/plain; charset=utf-8", "# Files\nUpload them.").respond(200, "text/csv", "a,b\n1,2\n");

    assertEquals("# Files\nUpload them.", call("Docs", "getReadme"));
    assertEquals("a,b\n1,2\n", call("Docs", "getReport"));
  }

  @Test
  @DisplayName("Accept names the media types the client reads: text/event-stream for a stream; JSON alone, not the XML beside it")
  void acceptNamesTheResponsesMediaTypes() throws Exception {
    transport.respond(200, "text/event-stream", "data: 1\n\n")
        .respond(200, "text/csv", "a,b\n")
        .respond(200, "application/json", "{\"id\": \"s\", \"state\": \"done\"}");

    call("Docs", "streamEvents");
    call("Docs", "getReport");
    call("Files", "getScan", "a.txt");

    assertEquals(List.of("text/event-stream, application/json"), transport.sent.get(0).headers().get("Accept"));
    assertEquals(List.of("text/csv"), transport.sent.get(1).headers().get("Accept"));
    assertEquals(List.of("application/json"), transport.sent.get(2).headers().get("Accept"));
  }

  @Test
  @DisplayName("a success without a body returns null; the one with a body returns it")
  void successWithoutBody() throws Exception {
    transport.respond(204, "application/json", "").respond(200, "application/json", "{\"id\": \"s\", \"state\": \"done\"}");

    assertNull(call("Files", "getScan", "a.txt"));
    Object scan = call("Files", "getScan", "a.txt");
    assertEquals("s", scan.getClass().getMethod("id").invoke(scan));
  }

  /** Calls {@code method} on the generated {@code <group>ApiClient}. */
  private Object call(String group, String method, Object... arguments) throws Exception {
    ApiClient client = new ApiClient(ClientConfig.builder("https://files.example.com/v1")
        .transport(transport)
        .retryPolicy(RetryPolicy.none())
        .build());
    Class<?> implementation = classes.load("com.example.api." + group + "ApiClient");
    Object api = implementation.getConstructor(ApiClient.class).newInstance(client);
    for (Method candidate : implementation.getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
        return candidate.invoke(api, arguments);
      }
    }
    throw new AssertionError("no method " + method + " on " + implementation);
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Answers requests with scripted responses, in order, and keeps what was sent. */
  private static final class ScriptedTransport implements Transport {
    private final Deque<TransportResponse> responses = new ArrayDeque<>();
    final List<TransportRequest> sent = new ArrayList<>();

    ScriptedTransport respond(int status, String contentType, String body) {
      return respond(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    ScriptedTransport respond(int status, String contentType, byte[] body) {
      responses.add(new TransportResponse(status, Map.of("Content-Type", List.of(contentType)), body));
      return this;
    }

    @Override
    public TransportResponse send(TransportRequest request) {
      sent.add(request);
      return responses.remove();
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
      return CompletableFuture.completedFuture(send(request));
    }
  }
}
