package dev.clientele.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.clientele.core.emit.EmitOptions;
import dev.clientele.core.emit.JavaEmitter;
import dev.clientele.core.parse.ParsedSpec;
import dev.clientele.core.parse.SpecProblemsException;
import dev.clientele.core.parse.SpecReader;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link GeneratedCodePropertiesTest}'s property for code generated with {@code jackson = 3}: random
 * specs compile against Jackson 3 alone with {@code -Xlint:all -Werror}, and a random JSON instance
 * of every component parses into the generated classes with a plain Jackson 3 {@link JsonMapper}
 * and writes back the same JSON. A third of the default tries: the Jackson 2 property covers the
 * shapes, this one the Jackson 3 flavour of the same emitters.
 */
class Jackson3PropertiesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Provide
  Arbitrary<Shapes.Spec> specs() {
    return SpecArbitraries.specs();
  }

  @Property(tries = 20, shrinking = ShrinkingMode.BOUNDED)
  void randomSpecsCompileAgainstJackson3AndTheirInstancesRoundTrip(
      @ForAll("specs") Shapes.Spec spec, @ForAll long instanceSeed) throws Exception {
    // Given a random spec, written as a file
    RandomSpecs random = new RandomSpecs(spec);
    String document = random.document(PlainJson.MAPPER);
    Path file = Files.createTempFile("random-spec", ".json");
    JavaEmitter.Result emitted;
    try {
      Files.writeString(file, document);
      ParsedSpec parsed = SpecReader.read(file, SpecReader.Options.defaults());
      emitted = JavaEmitter.emit(parsed.model(), new EmitOptions("com.example.random", Map.of(), "", true, 3));
    } catch (SpecProblemsException e) {
      throw new AssertionError("a valid spec was refused: " + e.problems() + "\n" + document, e);
    } finally {
      Files.delete(file);
    }

    // When its Jackson 3 code is compiled against Jackson 3 alone
    Compilation compilation = Generated.compile(emitted.files(), 3);
    if (compilation.status() != Compilation.Status.SUCCESS || !compilation.warnings().isEmpty()) {
      throw new AssertionError("the generated code does not compile cleanly against Jackson 3:\n"
          + compilation.diagnostics().stream().map(Object::toString).limit(10).collect(Collectors.joining("\n"))
          + "\n" + document);
    }
    CompiledClasses classes = new CompiledClasses(compilation);

    // Then an instance of every component parses with a plain JsonMapper and writes back the same JSON
    Random values = new Random(instanceSeed);
    for (int i = 0; i < random.components().size(); i++) {
      String name = random.components().get(i).name();
      JsonNode instance = MAPPER.readTree(PlainJson.MAPPER.writeValueAsString(random.instance(i, values)));
      Class<?> type = classes.load(emitted.classNames().get(name));
      JsonNode written;
      try {
        written = MAPPER.readTree(MAPPER.writeValueAsString(MAPPER.treeToValue(instance, type)));
      } catch (Exception e) {
        throw new AssertionError("cannot round-trip " + instance + " through " + type.getName() + "\n" + document, e);
      }
      assertEquals(instance, written, () -> "through " + type.getName() + "\n" + document);
    }
  }
}
