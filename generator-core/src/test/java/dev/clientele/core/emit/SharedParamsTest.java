package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Operations whose query, header and cookie parameters are the same, and whose names begin with the
 * same word, take one params record (Kubernetes' list options), named after what their names share:
 * nested in their interface, or top-level when operations of several interfaces share it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedParamsTest {

  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Cluster, version: '1'}
      paths:
        /api/v1/pods:
          get:
            tags: [core_v1]
            operationId: listCoreV1PodForAllNamespaces
            parameters:
            - {name: limit, in: query, schema: {type: integer}, description: The most to return.}
            - {name: continue, in: query, schema: {type: string}, description: Where the last page ended.}
            - {name: pretty, in: query, schema: {type: string}}
            responses: {'200': {description: OK}}
        /api/v1/namespaces/{namespace}/pods:
          parameters:
            - {name: namespace, in: path, required: true, schema: {type: string}}
            - {name: pretty, in: query, schema: {type: string}}
          get:
            tags: [core_v1]
            operationId: listCoreV1NamespacedPod
            parameters:
            - {name: limit, in: query, schema: {type: integer}, description: The most to return.}
            - {name: continue, in: query, schema: {type: string}, description: Where the last page ended.}
            responses: {'200': {description: OK}}
        /api/v1/services:
          get:
            tags: [core_v1]
            operationId: listCoreV1ServiceForAllNamespaces
            parameters:
            - {name: limit, in: query, schema: {type: integer}, description: The most to return.}
            - {name: continue, in: query, schema: {type: string}, description: Where the last page ended.}
            - {name: pretty, in: query, schema: {type: string}}
            responses: {'200': {description: OK}}
        /api/v1/watch/pods:
          get:
            tags: [core_v1]
            operationId: watchCoreV1PodListForAllNamespaces
            parameters:
            - {name: limit, in: query, schema: {type: integer}, description: The most to return.}
            - {name: continue, in: query, schema: {type: string}, description: Where the last page ended.}
            - {name: pretty, in: query, schema: {type: string}}
            responses: {'200': {description: OK}}
        /api/v1/nodes:
          get:
            tags: [core_v1]
            operationId: listCoreV1Node
            parameters:
            - {name: limit, in: query, schema: {type: integer}, description: The most to return.}
            - {name: continue, in: query, schema: {type: string}, description: Where the last page ended.}
            responses: {'200': {description: OK}}
      """;

  private CompiledClasses classes;

  @BeforeAll
  void generate() {
    Compilation compilation = Generated.compile(Generated.sources(SPEC, "com.example"));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @Test
  @DisplayName("list operations with the same parameters, declared on the path or the operation and in any order, take one record named after what their names begin with")
  void sameParametersShareOneRecord() throws Exception {
    Class<?> api = classes.load("com.example.api.CoreV1Api");
    Class<?> shared = classes.load("com.example.api.CoreV1Api$ListCoreV1Params");

    api.getMethod("listCoreV1PodForAllNamespaces", shared);
    api.getMethod("listCoreV1NamespacedPod", String.class, shared);
    api.getMethod("listCoreV1ServiceForAllNamespaces", shared);
    // The first operation's order: limit, continue, pretty
    assertEquals(List.of("limit", "continue_", "pretty"),
        Arrays.stream(shared.getRecordComponents()).map(RecordComponent::getName).toList());
    assertFalse(classes.names().contains("com.example.api.CoreV1Api$ListCoreV1NamespacedPodParams"));
  }

  @Test
  @DisplayName("an operation whose name begins with another word, or whose parameters differ, keeps its own record")
  void otherVerbsAndParametersKeepTheirOwn() throws Exception {
    Class<?> api = classes.load("com.example.api.CoreV1Api");

    api.getMethod("watchCoreV1PodListForAllNamespaces",
        classes.load("com.example.api.CoreV1Api$WatchCoreV1PodListForAllNamespacesParams"));
    api.getMethod("listCoreV1Node", classes.load("com.example.api.CoreV1Api$ListCoreV1NodeParams"));
  }

  @Test
  @DisplayName("operations of several interfaces with the same parameters take one top-level record, named after the word their names begin with")
  void sharedAcrossInterfaces() throws Exception {
    // Given an apps_v1 group whose list operation has the core_v1 lists' parameters
    String spec = SPEC + """
          /apis/apps/v1/deployments:
            get:
              tags: [apps_v1]
              operationId: listAppsV1DeploymentForAllNamespaces
              parameters:
                - {name: limit, in: query, schema: {type: integer}, description: The most to return.}
                - {name: continue, in: query, schema: {type: string}, description: Where the last page ended.}
                - {name: pretty, in: query, schema: {type: string}}
              responses: {'200': {description: OK}}
        """;
    Compilation compilation = Generated.compile(Generated.sources(spec, "com.example"));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses across = new CompiledClasses(compilation);

    // Then both interfaces take com.example.api.ListParams, and neither nests a copy
    Class<?> shared = across.load("com.example.api.ListParams");
    across.load("com.example.api.CoreV1Api").getMethod("listCoreV1NamespacedPod", String.class, shared);
    across.load("com.example.api.AppsV1Api").getMethod("listAppsV1DeploymentForAllNamespaces", shared);
    assertFalse(across.names().contains("com.example.api.CoreV1Api$ListCoreV1Params"));
    // The one operation of its kind in a group keeps its own
    across.load("com.example.api.CoreV1Api").getMethod("listCoreV1Node",
        across.load("com.example.api.CoreV1Api$ListCoreV1NodeParams"));
  }

  @Test
  @DisplayName("no top-level record takes a name an interface's own record has: the interface's implementation would see its own")
  void noTopLevelRecordUnderAnInterfacesOwnName() {
    // Given sources.retrieve with its own parameters, and sources.retrieveTransaction and charges.retrieve
    // with the same single one, which would share a top-level RetrieveParams
    String spec = """
        openapi: 3.0.3
        info: {title: Payments, version: '1'}
        paths:
          /sources/{id}:
            get:
              tags: [sources]
              operationId: retrieve
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: expand, in: query, schema: {type: string}}
                - {name: client_secret, in: query, schema: {type: string}}
              responses: {'200': {description: OK}}
          /sources/{id}/transactions/{tx}:
            get:
              tags: [sources]
              operationId: retrieveTransaction
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: tx, in: path, required: true, schema: {type: string}}
                - {name: expand, in: query, schema: {type: string}}
              responses: {'200': {description: OK}}
          /charges/{id}:
            get:
              tags: [charges]
              operationId: retrieve
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: expand, in: query, schema: {type: string}}
              responses: {'200': {description: OK}}
        """;

    // When generated, Then it compiles, and each interface keeps records of its own
    Compilation compilation = Generated.compile(Generated.sources(spec, "com.example"));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses own = new CompiledClasses(compilation);
    assertFalse(own.names().contains("com.example.api.RetrieveParams"), own.names().toString());
    own.load("com.example.api.SourcesApi$RetrieveParams");
    own.load("com.example.api.SourcesApi$RetrieveTransactionParams");
  }
}
