package dev.clientele.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal's mapping from parameters to a run and from the run's outcome to Maven's, with its
 * parameters set as Maven would set them. The integration tests under src/it run it in real builds.
 */
class GenerateMojoTest {

  @TempDir Path dir;

  private MavenProject project;
  private Path output;

  @BeforeEach
  void createProject() {
    project = new MavenProject();
    project.getBuild().setDirectory(dir.resolve("target").toString());
    output = dir.resolve("target/generated-sources/clientele");
  }

  @Test
  @DisplayName("a valid spec is generated into the output folder, which becomes a compile source root")
  void generates() throws Exception {
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Pet: {type: object, properties: {name: {type: string}}}
        """);

    mojo(spec, Map.of(), false).execute();

    assertTrue(Files.isRegularFile(output.resolve("com/example/model/Pet.java")));
    assertEquals(List.of(output.toString()), project.getCompileSourceRoots());
    assertTrue(Files.isRegularFile(dir.resolve("target/clientele/default.stamp")), "the stamp is named after the execution");
  }

  @Test
  @DisplayName("skip generates nothing and adds no source root")
  void skip() throws Exception {
    mojo(dir.resolve("api.yaml"), Map.of(), true).execute();

    assertFalse(Files.exists(output));
    assertEquals(List.of(), project.getCompileSourceRoots());
  }

  @Test
  @DisplayName("a spec with problems fails the build (MojoFailureException) with every problem in the message")
  void badSpecFails() throws Exception {
    Path spec = Files.writeString(dir.resolve("bad.yaml"), """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            A: {properties: {b: {$ref: 'b.yaml#/B'}, c: {$ref: 'c.yaml#/C'}}}
        """);

    MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo(spec, Map.of(), false).execute());

    assertTrue(failure.getMessage().startsWith("clientele: nothing generated, 2 problems in bad.yaml:"), failure.getMessage());
    assertTrue(failure.getMessage().contains("at #/components/schemas/A/properties/b: $ref"), failure.getMessage());
    assertTrue(failure.getMessage().contains("at #/components/schemas/A/properties/c: $ref"), failure.getMessage());
    assertFalse(Files.exists(output));
  }

  @Test
  @DisplayName("an output folder that cannot be written is an error of the build (MojoExecutionException)")
  void unwritableOutputIsAnError() throws Exception {
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        components: {schemas: {Pet: {type: object}}}
        """);
    // A file where the output folder should be
    Files.createDirectories(output.getParent());
    Files.writeString(output, "not a folder");

    MojoExecutionException error = assertThrows(MojoExecutionException.class, () -> mojo(spec, Map.of(), false).execute());

    assertTrue(error.getMessage().startsWith("clientele: cannot write"), error.getMessage());
  }

  @Test
  @DisplayName("tagNames reach the generator: the tag's interface takes the given name")
  void tagNames() throws Exception {
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths:
          /pets:
            get:
              tags: [pet_store]
              operationId: listPets
              responses: {'204': {description: none}}
        """);

    mojo(spec, Map.of("pet_store", "Pets"), false).execute();

    assertTrue(Files.isRegularFile(output.resolve("com/example/api/PetsApi.java")));
  }

  @Test
  @DisplayName("allowExternalRefs reaches the generator: a $ref outside the spec's folder fails the build unless it is set")
  void allowExternalRefs() throws Exception {
    Path specFolder = Files.createDirectories(dir.resolve("src/main/openapi"));
    Files.writeString(dir.resolve("pet.yaml"), "Pet: {type: object, properties: {name: {type: string}}}\n");
    Path spec = Files.writeString(specFolder.resolve("api.yaml"), """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Pet: {$ref: '../../../pet.yaml#/Pet'}
        """);

    GenerateMojo refusing = mojo(spec, Map.of(), false);
    MojoFailureException failure = assertThrows(MojoFailureException.class, refusing::execute);
    GenerateMojo allowing = mojo(spec, Map.of(), false);
    set(allowing, "allowExternalRefs", true);
    allowing.execute();

    assertTrue(failure.getMessage().contains("at #/components/schemas/Pet: $ref '../../../pet.yaml#/Pet'"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("allowExternalRefs"), failure.getMessage());
    assertTrue(Files.isRegularFile(output.resolve("com/example/model/Pet.java")));
  }

  @Test
  @DisplayName("failOnWarnings reaches the generator: a dangling schema $ref fails the build instead of falling back")
  void failOnWarnings() throws Exception {
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Pet: {type: object, properties: {owner: {$ref: '#/components/schemas/Owner'}}}
        """);

    GenerateMojo strict = mojo(spec, Map.of(), false);
    set(strict, "failOnWarnings", true);
    MojoFailureException failure = assertThrows(MojoFailureException.class, strict::execute);
    mojo(spec, Map.of(), false).execute();

    assertTrue(failure.getMessage().contains("error: " + spec + " at #/components/schemas/Pet/properties/owner"),
        failure.getMessage());
    assertTrue(Files.isRegularFile(output.resolve("com/example/model/Pet.java")), "the lenient run generates");
  }

  @Test
  @DisplayName("a project with Jackson 3's databind on its compile class path gets the union deserializers of Jackson 3")
  void followsTheProjectsJackson() throws Exception {
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Pet: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
            Cat: {type: object, required: [purrs], properties: {purrs: {type: boolean}}}
            Dog: {type: object, required: [barks], properties: {barks: {type: boolean}}}
        """);
    DefaultArtifact databind = new DefaultArtifact("tools.jackson.core", "jackson-databind", "3.3.0", "compile", "jar", "",
        new DefaultArtifactHandler("jar"));
    project.setArtifacts(Set.of(databind));

    mojo(spec, Map.of(), false).execute();

    String pet = Files.readString(output.resolve("com/example/model/Pet.java"));
    assertTrue(pet.contains("extends ValueDeserializer<Pet>"), pet);
  }

  @Test
  @DisplayName("a jackson setting other than 2 or 3 fails the build, generating nothing")
  void badJacksonSetting() throws Exception {
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        """);
    GenerateMojo mojo = mojo(spec, Map.of(), false);
    set(mojo, "jackson", "4");

    MojoFailureException error = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(error.getMessage().startsWith("clientele: jackson must be 2 or 3"), error.getMessage());
    assertFalse(Files.exists(output));
  }

  @Test
  @DisplayName("pagination reaches the generator: an entry that fits generates, one that does not and a badly written one fail the build")
  void pagination() throws Exception {
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths:
          /things:
            get:
              operationId: listThings
              parameters: [{name: pg, in: query, schema: {type: integer}}]
              responses:
                '200':
                  description: things
                  content: {application/json: {schema: {type: array, items: {type: string}}}}
        """);

    GenerateMojo fitting = mojo(spec, Map.of(), false);
    set(fitting, "pagination", "off\nlistThings=page:pg");
    fitting.execute();
    GenerateMojo misfit = mojo(spec, Map.of(), false);
    set(misfit, "pagination", "listThings=page:page");
    MojoFailureException notFitting = assertThrows(MojoFailureException.class, misfit::execute);
    GenerateMojo badlyWritten = mojo(spec, Map.of(), false);
    set(badlyWritten, "pagination", "listThings");
    MojoFailureException invalid = assertThrows(MojoFailureException.class, badlyWritten::execute);

    assertTrue(Files.isRegularFile(output.resolve("com/example/api/ThingsApi.java")));
    assertTrue(notFitting.getMessage().contains("the pagination option 'listThings=page:page' does not fit GET /things: "
        + "'page' is not a query parameter of the operation; its query parameters: pg"), notFitting.getMessage());
    assertTrue(invalid.getMessage().startsWith("clientele: <pagination> (clientele.pagination): the pagination option "
        + "'listThings' is not valid"), invalid.getMessage());
  }

  private GenerateMojo mojo(Path spec, Map<String, String> tagNames, boolean skip) throws Exception {
    GenerateMojo mojo = new GenerateMojo();
    set(mojo, "spec", spec.toFile());
    set(mojo, "packageName", "com.example");
    set(mojo, "outputDirectory", output.toFile());
    set(mojo, "skip", skip);
    set(mojo, "tagNames", tagNames);
    set(mojo, "allowRemoteRefs", false);
    set(mojo, "project", project);
    set(mojo, "mojoExecution", new MojoExecution(new MojoDescriptor(), "default"));
    return mojo;
  }

  /** Sets a parameter field the way Maven does, by reflection. */
  private static void set(GenerateMojo mojo, String name, Object value) throws ReflectiveOperationException {
    Field field = GenerateMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
