package dev.clientele.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.clientele.core.emit.EmitOptions;
import dev.clientele.core.emit.JavaEmitter;
import dev.clientele.core.parse.ParsedSpec;
import dev.clientele.core.parse.SpecReader;
import dev.clientele.core.parse.SpecProblemsException;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import dev.clientele.core.support.PlainJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Random specs — names from all over Unicode, keywords, case twins and symbols; objects, arrays,
 * maps, enums and unions with and without a discriminator, nested, nullable, required or not, in
 * every format — generate code that compiles with {@code -Xlint:all -Werror}, and a random JSON
 * instance of every component parses into the generated classes and writes back the same JSON.
 *
 * <p>One try is one spec of a few components, compiled once. The default build runs the tries set
 * in {@code junit-platform.properties}; {@code -Pproperties} runs thousands. jqwik prints the seed
 * of a failing try; {@code @Property(seed = "…")} replays it.
 */
class GeneratedCodePropertiesTest {

  private static final ObjectMapper MAPPER = PlainJson.MAPPER;

  @Provide
  Arbitrary<Shapes.Spec> specs() {
    return SpecArbitraries.specs();
  }

  @Property(shrinking = ShrinkingMode.BOUNDED)
  void randomSpecsCompileAndTheirInstancesRoundTrip(@ForAll("specs") Shapes.Spec spec, @ForAll long instanceSeed)
      throws Exception {
    // Given a random spec, written as a file
    RandomSpecs random = new RandomSpecs(spec);
    String document = random.document(MAPPER);
    Path file = Files.createTempFile("random-spec", ".json");
    JavaEmitter.Result emitted;
    try {
      Files.writeString(file, document);
      ParsedSpec parsed = SpecReader.read(file, SpecReader.Options.defaults());
      emitted = JavaEmitter.emit(parsed.model(), new EmitOptions("com.example.random", Map.of(), "", true));
    } catch (SpecProblemsException e) {
      throw new AssertionError("a valid spec was refused: " + e.problems() + "\n" + document, e);
    } finally {
      Files.delete(file);
    }

    // When its code is compiled
    Compilation compilation = Generated.compile(emitted.files());
    if (compilation.status() != Compilation.Status.SUCCESS || !compilation.warnings().isEmpty()) {
      throw new AssertionError("the generated code does not compile cleanly:\n"
          + compilation.diagnostics().stream().map(Object::toString).limit(10).collect(Collectors.joining("\n"))
          + "\n" + document);
    }
    CompiledClasses classes = new CompiledClasses(compilation);

    // Then an instance of every component parses and writes back the same JSON
    Random values = new Random(instanceSeed);
    for (int i = 0; i < random.components().size(); i++) {
      String name = random.components().get(i).name();
      JsonNode instance = random.instance(i, values);
      Class<?> type = classes.load(emitted.classNames().get(name));
      JsonNode written;
      try {
        written = MAPPER.valueToTree(MAPPER.treeToValue(instance, type));
      } catch (Exception e) {
        throw new AssertionError("cannot round-trip " + instance + " through " + type.getName() + "\n" + document, e);
      }
      assertEquals(normalized(instance), normalized(written), () -> "through " + type.getName() + "\n" + document);
    }
  }

  /** The value as the plain mapper reads its text: numbers of one kind, whatever node made them. */
  private static JsonNode normalized(JsonNode node) throws Exception {
    return MAPPER.readTree(MAPPER.writeValueAsString(node));
  }
}
