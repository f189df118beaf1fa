package dev.clientele.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import dev.clientele.core.support.LoopbackServer;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A required parameter of one possible value (AWS's {@code Action} and {@code Version}) is the
 * client's to send: the caller never sets it, and the enum declared for it has no type.
 */
class FixedParametersTest {

  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Compute, version: '1'}
      paths:
        /:
          get:
            tags: [Instances]
            operationId: DescribeInstances
            parameters:
              - {name: Action, in: query, required: true, schema: {type: string, enum: [DescribeInstances]}}
              - {name: Version, in: query, required: true, schema: {type: string, enum: ['2016-11-15']}}
              - {name: X-Api-Level, in: header, required: true, schema: {type: string, enum: [beta]}}
              - {name: Mode, in: query, schema: {type: string, enum: [fast]}}
              - {name: MaxResults, in: query, schema: {type: integer}}
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema: {type: object, properties: {count: {type: integer}}}
      """;

  private static final String SCENARIOS = """
      package com.example;

      import com.example.api.InstancesApi;
      import dev.clientele.runtime.RetryPolicy;

      public final class Scenarios {
        private Scenarios() {}

        public static Object describe(String baseUrl) {
          ComputeClient client = ComputeClient.builder().baseUrl(baseUrl).retryPolicy(RetryPolicy.none()).build();
          return client.instances().describeInstances(InstancesApi.DescribeInstancesParams.builder().maxResults(5L).build());
        }
      }
      """;

  private static CompiledClasses classes;
  private final LoopbackServer server = new LoopbackServer();

  FixedParametersTest() throws java.io.IOException {}

  @BeforeAll
  static void compile() {
    List<SourceFile> sources = new ArrayList<>(Generated.sources(SPEC, "com.example"));
    sources.add(new SourceFile("com/example/Scenarios.java", SCENARIOS));
    Compilation compilation = Generated.compile(sources);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
    classes = new CompiledClasses(compilation);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  @DisplayName("the params record holds only what the caller may choose; an optional parameter of one value stays a choice")
  void callerSetsOnlyWhatMayVary() {
    Class<?> params = classes.load("com.example.api.InstancesApi$DescribeInstancesParams");

    assertEquals(List.of("mode", "maxResults"),
        Arrays.stream(params.getRecordComponents()).map(RecordComponent::getName).toList());
    assertFalse(classes.names().stream().anyMatch(name -> name.contains("Action") || name.contains("Version")
        || name.contains("ApiLevel")), classes.names().toString());
  }

  @Test
  @DisplayName("the client sends each fixed parameter's value with what the caller set")
  void clientSendsTheFixedValues() throws Exception {
    server.then(LoopbackServer.json(200, "{\"count\": 2}"));

    classes.load("com.example.Scenarios").getMethod("describe", String.class).invoke(null, server.origin());

    LoopbackServer.Received request = server.received().get(0);
    assertEquals(List.of(Map.entry("MaxResults", "5"), Map.entry("Action", "DescribeInstances"),
        Map.entry("Version", "2016-11-15")), request.query());
    assertEquals("beta", request.header("X-Api-Level"));
    assertTrue(request.rawQuery().contains("Version=2016-11-15"), request.rawQuery());
  }
}
