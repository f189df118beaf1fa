package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.clientele.core.support.PlainJson.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A type whose simple name is also a field's in scope is still the type where a builder presets it. */
class HiddenTypeNamesTest {

  /** Found by the property-based tests: the item's enum {@code _0} and the record's own field {@code _0}. */
  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Hidden, version: '1'}
      paths: {}
      components:
        schemas:
          Holder:
            type: object
            required: ['0', items]
            properties:
              '0': {type: string}
              items:
                type: array
                items:
                  type: object
                  required: ['0']
                  properties:
                    '0': {type: string, enum: [class]}
      """;

  @Test
  @DisplayName("a nested record's builder presets its one-value enum although the enclosing record has a field of the enum's name")
  void enumHiddenByAnEnclosingField() throws Exception {
    Compilation compilation = Generated.compile(Generated.sources(SPEC, "com.example"));

    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    String item = classes.names().stream().filter(name -> name.startsWith("com.example.model.Holder$")
        && !name.endsWith("Builder") && classes.load(name).isRecord()).findFirst().orElseThrow();
    Object builder = classes.load(item).getMethod("builder").invoke(null);
    assertEquals("{\"0\":\"class\"}", MAPPER.writeValueAsString(builder.getClass().getMethod("build").invoke(builder)));
  }
}
