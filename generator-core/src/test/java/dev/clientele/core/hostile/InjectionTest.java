package dev.clientele.core.hostile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import dev.clientele.core.emit.SourceFile;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import dev.clientele.core.support.PlainJson;
import dev.clientele.core.support.Specs;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * test-specs/hostile/injection-3.1.json puts comment terminators, unicode escapes as text, Javadoc
 * tags, HTML, control characters, line and paragraph separators, bidirectional overrides and lone
 * surrogates into every place a spec has text: descriptions, summaries, titles, examples,
 * defaults, enum values, property, schema, tag, parameter, header and security scheme names,
 * operationIds, server URLs. None of it may become code, and the strings must survive unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionTest {

  private static final Path SPEC = Specs.folder().resolve("hostile/injection-3.1.json");

  /** The words the injected code is made of: none may be a name in the generated code. */
  private static final Set<String> INJECTED_NAMES = Set.of("System", "exit", "Evil", "injected", "alert");

  private OnDisk.Run run;
  private Compilation compilation;
  private CompiledClasses classes;

  @BeforeAll
  void generateAndCompile(@TempDir Path workspace) throws Exception {
    // Given the sources generated for the hostile spec, read back from the files written
    run = OnDisk.generate(SPEC, workspace, "com.example.hostile");
    compilation = Generated.compile(run.sources());
    classes = new CompiledClasses(compilation);
  }

  @Test
  @DisplayName("the generated code compiles with -Xlint:all -Werror")
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  @DisplayName("no injected text is a name, a class or an initializer in the code javac parses")
  void injectedTextNeverBecomesCode() {
    // When javac parses the written sources
    SourceTrees.Code code = SourceTrees.parse(run.sources());

    // Then the words of the injected code appear nowhere as code, and no class has an initializer
    Set<String> injected = new TreeSet<>(code.names());
    injected.retainAll(INJECTED_NAMES);
    assertEquals(Set.of(), injected);
    assertEquals(List.of(), code.initializers());
    // And the generated class files are exactly the types the generator declared: no class Evil
    for (JavaFileObject file : compilation.generatedFiles()) {
      String simpleNames = file.getName().substring(file.getName().lastIndexOf('/') + 1).replace(".class", "");
      for (String simpleName : simpleNames.split("\\$")) {
        assertFalse(INJECTED_NAMES.contains(simpleName), file.getName());
      }
    }
  }

  @Test
  @DisplayName("every generated class loads and initializes, running nothing injected")
  void everyClassInitializes() throws Exception {
    // When every generated class is loaded and initialized (an injected System.exit would end the JVM here)
    List<String> loaded = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(), path.length() - 6)
            .replace('/', '.');
        Class.forName(name, true, classes);
        loaded.add(name);
      }
    }

    // Then they all did, the client among them
    assertTrue(loaded.size() > 10, loaded.toString());
  }

  @Test
  @DisplayName("no written file lost a character: every source is valid UTF-8 text that round-trips")
  void writtenTextIsExact() {
    for (SourceFile source : run.sources()) {
      for (int i = 0; i < source.content().length(); i++) {
        char c = source.content().charAt(i);
        assertFalse(c == '\uFFFD' || (Character.isISOControl(c) && c != '\n'),
            source.relativePath() + " holds U+" + Integer.toHexString(c) + " at " + i);
        int type = Character.getType(c);
        assertFalse(type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (Character.isSurrogate(c) && !isPaired(source.content(), i)),
            source.relativePath() + " holds invisible U+" + Integer.toHexString(c) + " at " + i);
      }
    }
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  @Test
  @DisplayName("an object whose property names are all the hostile strings round-trips exactly")
  void hostilePropertyNamesRoundTrip() throws Exception {
    // Given a payload that sets every property the hostile schema declares to its own name
    JsonNode spec = spec();
    Map.Entry<String, JsonNode> schema = spec.at("/components/schemas").fields().next();
    ObjectNode payload = PlainJson.MAPPER.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.getValue().path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      if (property.getValue().path("type").asText().equals("string")) {
        payload.put(property.getKey(), property.getKey());
      }
    }
    payload.put("kind " + "*/ static { System.exit(1); } /*", "lone\ud800");
    assertTrue(payload.size() > 20);

    // When it is parsed into the generated record and written back
    Class<?> record = modelClass("Payload");
    Object parsed = PlainJson.MAPPER.treeToValue(payload, record);
    JsonNode written = PlainJson.MAPPER.valueToTree(parsed);

    // Then the JSON is the same, key for key — and the values were declared properties, not extras,
    // but for the one named "", which Jackson cannot name and which a warning says is kept as sent
    assertEquals(payload, written);
    Method additional = record.getMethod("additionalProperties");
    assertEquals(Map.of("", ""), additional.invoke(parsed));
    assertTrue(run.result().warnings().stream().anyMatch(w -> w.code().equals("empty-property-name")),
        run.result().warnings().toString());
  }

  @Test
  @DisplayName("every hostile enum value is a listed constant whose value is the exact string")
  void hostileEnumValuesAreExact() throws Exception {
    JsonNode spec = spec();
    Class<?> values = modelClass("Values");
    Method of = values.getMethod("of", String.class);
    Method value = values.getMethod("value");
    Method known = values.getMethod("known");
    for (JsonNode listed : spec.at("/components/schemas/Values/enum")) {
      Object constant = of.invoke(null, listed.asText());
      assertEquals(listed.asText(), value.invoke(constant));
      assertTrue(((Optional<?>) known.invoke(constant)).isPresent(), "not a listed constant: " + listed);
    }
  }

  @Test
  @DisplayName("the client's default base URL is the spec's server URL, character for character")
  void serverUrlIsALiteral() throws Exception {
    JsonNode spec = spec();
    Class<?> client = compilation.generatedFiles().stream()
        .map(JavaFileObject::getName)
        .filter(name -> name.matches(".*/com/example/hostile/[A-Za-z0-9]+\\.class"))
        .map(name -> name.substring(name.indexOf("com/example/hostile/")).replace('/', '.').replace(".class", ""))
        .map(classes::load)
        .findFirst()
        .orElseThrow();
    assertEquals(spec.at("/servers/0/url").asText(), client.getField("DEFAULT_BASE_URL").get(null));
  }

  /**
   * The spec as a tree. Read as YAML, as Clientele reads it: Jackson's JSON parser refuses half a
   * surrogate pair in a field name.
   */
  private static JsonNode spec() throws java.io.IOException {
    return new YAMLMapper().readTree(SPEC.toFile());
  }

  private Class<?> modelClass(String prefix) {
    return compilation.generatedFiles().stream()
        .map(JavaFileObject::getName)
        .filter(name -> name.contains("/com/example/hostile/model/" + prefix) && !name.contains("$"))
        .map(name -> name.substring(name.indexOf("com/example/hostile/")).replace('/', '.').replace(".class", ""))
        .map(classes::load)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no model class " + prefix + "…"));
  }
}
