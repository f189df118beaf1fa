package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;

import dev.clientele.core.support.Generated;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmptyAllOfChildTest {

  @Test
  @DisplayName("a child that adds nothing to its discriminated allOf parent generates (it is the parent's type)")
  void emptyChildOfDiscriminatedParent() {
    // Given OpenAPI's own polymorphism example: Reptile is allOf [Pet] and nothing else
    String spec = """
        openapi: 3.0.2
        info: {title: Pets, version: '1'}
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              required: [petType]
              properties:
                petType: {type: string}
              discriminator: {propertyName: petType}
            Cat:
              allOf:
                - $ref: '#/components/schemas/Pet'
                - {type: object, properties: {name: {type: string}}}
            Reptile:
              allOf:
                - $ref: '#/components/schemas/Pet'
        """;

    // When it is generated, Then it compiles (it used to crash while recording the API surface)
    assertThat(Generated.compile(Generated.sources(spec, "com.example"))).succeededWithoutWarnings();
  }
}
