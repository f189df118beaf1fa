package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.clientele.core.support.CompiledClasses;
import dev.clientele.core.support.Generated;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A required property's accessor calls the runtime's {@code Required} by simple name where it can:
 * a model type of that name, top-level, nested beside the record or nested in a union the record
 * implements directly or through another union (and so inherited by it), must not capture the call.
 */
class RequiredNameClashTest {

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Clash, version: '1'}
      paths: {}
      components:
        schemas:
          Required:
            type: object
            required: [id]
            properties:
              id: {type: string}
          Holder:
            type: object
            required: [required, other]
            properties:
              required:
                type: object
                required: [name]
                properties:
                  name: {type: string}
              other:
                type: object
                required: [count]
                properties:
                  count: {type: integer}
          Shape:
            oneOf:
              - $ref: '#/components/schemas/Square'
              - $ref: '#/components/schemas/Round'
              - title: Required
                type: object
                required: [a]
                properties:
                  a: {type: string}
          Square:
            type: object
            required: [side]
            properties:
              side: {type: number}
          Round:
            oneOf:
              - $ref: '#/components/schemas/Circle'
              - $ref: '#/components/schemas/Oval'
          Circle:
            type: object
            required: [radius]
            properties:
              radius: {type: number}
          Oval:
            type: object
            required: [width, height]
            properties:
              width: {type: number}
              height: {type: number}
      """;

  @Test
  @DisplayName("model types named Required, top-level, nested or inherited from a union, compile and their accessors still throw the runtime's message")
  void modelTypesNamedRequiredDoNotCaptureTheCheck() throws Exception {
    // Given a schema named Required, a record whose nested types include one named Required, and
    // union variants that inherit a nested Required from their union, directly or through another
    Compilation compilation = Generated.compile(Generated.sources(SPEC, "com.example"));

    // Then the code compiles
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);

    // And each record's required accessor throws the usual message when the server left it out
    assertEquals("Required.id is missing: the server did not send it, though the spec requires it",
        missing(classes.load("com.example.model.Required"), "id"));
    String other = classes.names().stream().filter(name -> name.startsWith("com.example.model.Holder$Other")
        && classes.load(name).isRecord()).findFirst().orElseThrow();
    assertEquals("Holder.Other.count is missing: the server did not send it, though the spec requires it",
        missing(classes.load(other), "count"));
    assertEquals("Square.side is missing: the server did not send it, though the spec requires it",
        missing(classes.load("com.example.model.Square"), "side"));
    assertEquals("Circle.radius is missing: the server did not send it, though the spec requires it",
        missing(classes.load("com.example.model.Circle"), "radius"));
  }

  /** The message of the accessor's exception on an instance whose components are all null. */
  private static String missing(Class<?> record, String accessor) throws Exception {
    var constructor = record.getDeclaredConstructors()[0];
    Object instance = constructor.newInstance(new Object[constructor.getParameterCount()]);
    InvocationTargetException thrown =
        assertThrows(InvocationTargetException.class, () -> record.getMethod(accessor).invoke(instance));
    assertEquals(IllegalStateException.class, thrown.getCause().getClass());
    return thrown.getCause().getMessage();
  }
}
