package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.clientele.core.support.PlainJson.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import dev.clientele.runtime.Transport;
import dev.clientele.runtime.TransportRequest;
import dev.clientele.runtime.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Builders people enjoy: OpenAI's chat example, written with the client generated from an excerpt
 * of OpenAI's spec (the shapes of its chat completion request), compiles and sends what OpenAI
 * expects.
 */
class BuildersTest {

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: OpenAI, version: '2.3.0'}
      servers: [{url: 'https://api.openai.com/v1'}]
      paths:
        /chat/completions:
          post:
            operationId: createChatCompletion
            tags: [Chat]
            requestBody:
              required: true
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/CreateChatCompletionRequest'}
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/CreateChatCompletionResponse'}
      security: [{ApiKeyAuth: []}]
      components:
        securitySchemes:
          ApiKeyAuth: {type: http, scheme: bearer}
        schemas:
          ModelIdsShared:
            anyOf:
              - type: string
              - type: string
                enum: [gpt-4o, gpt-4o-mini]
          ServiceTier:
            anyOf:
              - type: string
                enum: [auto, default, flex]
              - type: 'null'
          CreateChatCompletionRequest:
            type: object
            required: [model, messages]
            properties:
              model: {$ref: '#/components/schemas/ModelIdsShared'}
              messages:
                type: array
                items: {$ref: '#/components/schemas/ChatCompletionRequestMessage'}
              max_completion_tokens: {type: [integer, 'null']}
              temperature: {type: [number, 'null']}
              service_tier: {$ref: '#/components/schemas/ServiceTier'}
          ChatCompletionRequestMessage:
            oneOf:
              - $ref: '#/components/schemas/ChatCompletionRequestDeveloperMessage'
              - $ref: '#/components/schemas/ChatCompletionRequestUserMessage'
              - $ref: '#/components/schemas/ChatCompletionRequestToolMessage'
            discriminator: {propertyName: role}
          ChatCompletionRequestDeveloperMessage:
            type: object
            required: [content, role]
            properties:
              content:
                oneOf:
                  - {type: string, title: Text content}
                  - {type: array, items: {$ref: '#/components/schemas/ChatCompletionRequestMessageContentPartText'}}
              role: {type: string, enum: [developer]}
              name: {type: string}
          ChatCompletionRequestUserMessage:
            type: object
            required: [content, role]
            properties:
              content:
                oneOf:
                  - {type: string}
                  - {type: array, items: {$ref: '#/components/schemas/ChatCompletionRequestMessageContentPartText'}}
              role: {type: string, enum: [user]}
          ChatCompletionRequestToolMessage:
            type: object
            required: [content, role, tool_call_id]
            properties:
              content: {type: string}
              role: {type: string, enum: [tool]}
              tool_call_id: {type: string}
          ChatCompletionRequestMessageContentPartText:
            type: object
            required: [type, text]
            properties:
              type: {type: string, enum: [text]}
              text: {type: string}
          CreateChatCompletionResponse:
            type: object
            required: [choices]
            properties:
              choices:
                type: array
                items:
                  type: object
                  required: [message]
                  properties:
                    message:
                      type: object
                      properties:
                        content: {type: [string, 'null']}
      """;

  /** openai-java's README example, line for line, with the generated client. */
  private static final String EXAMPLE = """
      package com.example;

      import com.example.model.ChatCompletionRequestMessageContentPartText;
      import com.example.model.CreateChatCompletionRequest;
      import dev.clientele.runtime.Transport;
      import java.util.List;
      import java.util.Objects;
      import java.util.function.Consumer;

      public final class ChatExample {
        public static void run(Transport transport, Consumer<String> out) {
          OpenAIClient client = OpenAIClient.builder().bearerToken("sk-test").transport(transport).build();
          CreateChatCompletionRequest params = CreateChatCompletionRequest.builder()
              .model("gpt-4o-mini")
              .maxCompletionTokens(2048)
              .temperature(1)
              .serviceTier("flex")
              .addDeveloperMessage("Make sure you mention Stainless!")
              .addUserMessage("Tell me a story about building the best SDK!")
              .addUserMessage(List.of(ChatCompletionRequestMessageContentPartText.builder().text("And keep it short.").build()))
              .build();
          client.chat().createChatCompletion(params).choices().stream()
              .map(choice -> choice.message().content())
              .filter(Objects::nonNull)
              .forEach(out);
        }
      }
      """;

  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    var sources = new ArrayList<>(Generated.sources(SPEC, "com.example"));
    sources.add(new SourceFile("com/example/ChatExample.java", EXAMPLE));
    Compilation compilation = Generated.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @Test
  @DisplayName("OpenAI's chat example, written with the generated builders, sends the request OpenAI expects and reads the answer")
  void chatExampleSendsWhatOpenAiExpects() throws Exception {
    // Given a server that answers one choice
    List<String> sent = new ArrayList<>();
    Transport server = new Transport() {
      @Override
      public TransportResponse send(TransportRequest request) {
        sent.add(new String(request.body(), StandardCharsets.UTF_8));
        return new TransportResponse(200, Map.of("Content-Type", List.of("application/json")),
            "{\"choices\": [{\"message\": {\"content\": \"Once upon a time\"}}]}".getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        return CompletableFuture.completedFuture(send(request));
      }
    };
    List<String> printed = new ArrayList<>();

    // When the example runs
    classes.load("com.example.ChatExample")
        .getMethod("run", Transport.class, java.util.function.Consumer.class)
        .invoke(null, server, (java.util.function.Consumer<String>) printed::add);

    // Then each setter and adder wrote its value as the wire wants it
    assertEquals(MAPPER.readTree("""
        {"model": "gpt-4o-mini", "max_completion_tokens": 2048, "temperature": 1.0, "service_tier": "flex",
         "messages": [
           {"role": "developer", "content": "Make sure you mention Stainless!"},
           {"role": "user", "content": "Tell me a story about building the best SDK!"},
           {"role": "user", "content": [{"type": "text", "text": "And keep it short."}]}]}
        """), MAPPER.readTree(sent.get(0)));
    assertEquals(List.of("Once upon a time"), printed);
  }

  @Test
  @DisplayName("a nullable enum wrapped in anyOf with null takes the component's name, with no numbered twin")
  void wrappedEnumKeepsTheComponentName() {
    // Given the generated classes, When the names are listed, Then ServiceTier is the enum and there is no ServiceTier2
    assertEquals(List.of("com.example.model.ServiceTier", "com.example.model.ServiceTier$Known"),
        classes.names().stream().filter(name -> name.startsWith("com.example.model.ServiceTier")).toList());
  }
}
