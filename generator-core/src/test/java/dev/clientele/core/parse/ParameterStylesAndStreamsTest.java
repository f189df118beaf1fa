package dev.clientele.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.Response;
import dev.clientele.core.model.TypeRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the model keeps of parameter styles and of event-stream responses, from small inline specs. */
class ParameterStylesAndStreamsTest {

  @TempDir Path dir;

  private ApiModel read(String yaml) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml);
    return SpecReader.read(spec, SpecReader.Options.defaults()).model();
  }

  @Test
  @DisplayName("style and explode are as declared, else the location's defaults: form and exploded for query and cookie, simple for header")
  void stylesAndDefaults() throws Exception {
    ApiModel model = read("""
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /items:
            get:
              parameters:
                - {name: ids, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
                - {name: filter, in: query, style: deepObject, schema: {type: object, additionalProperties: {type: string}}}
                - {name: tags, in: query, schema: {type: array, items: {type: string}}}
                - {name: X-Ids, in: header, schema: {type: array, items: {type: string}}}
                - {name: prefs, in: cookie, explode: false, schema: {type: array, items: {type: string}}}
              responses:
                '204': {description: none}
        """);

    List<Parameter> parameters = model.operations().get(0).parameters();
    assertEquals(List.of(
        List.of("ids", Parameter.Style.PIPE_DELIMITED, false),
        List.of("filter", Parameter.Style.DEEP_OBJECT, false),
        List.of("tags", Parameter.Style.FORM, true),
        List.of("X-Ids", Parameter.Style.SIMPLE, false),
        List.of("prefs", Parameter.Style.FORM, false)),
        parameters.stream().map(p -> List.<Object>of(p.name(), p.style(), p.explode())).toList());
  }

  @Test
  @DisplayName("a success response with text/event-stream keeps the event data's type beside the JSON body; a string schema is untyped")
  void eventStreams() throws Exception {
    ApiModel model = read("""
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /chat:
            post:
              operationId: chat
              responses:
                '200':
                  description: ok
                  content:
                    application/json: {schema: {$ref: '#/components/schemas/Completion'}}
                    text/event-stream: {schema: {$ref: '#/components/schemas/Chunk'}}
          /events:
            get:
              operationId: events
              responses:
                '200':
                  description: ok
                  content:
                    text/event-stream: {schema: {type: string}}
        components:
          schemas:
            Completion: {type: object, properties: {id: {type: string}}}
            Chunk: {type: object, properties: {delta: {type: string}}}
        """);

    Operation chat = model.operations().get(0);
    Operation events = model.operations().get(1);
    assertEquals(new Response("200", "ok", Optional.of("application/json"), Optional.of(TypeRef.named("Completion")),
        Optional.of(new Response.EventStream(Optional.of(TypeRef.named("Chunk"))))), chat.responses().get(0));
    assertEquals(new Response("200", "ok", Optional.of("text/event-stream"), Optional.of(TypeRef.scalar(TypeRef.ScalarKind.STRING)),
        Optional.of(new Response.EventStream(Optional.empty()))), events.responses().get(0));
  }
}
