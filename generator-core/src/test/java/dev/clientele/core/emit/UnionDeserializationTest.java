package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientele.core.Clientele;
import dev.clientele.core.GeneratorConfig;
import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.support.Generated;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientele.core.support.CompiledClasses;

/** How a union without a discriminator tells its variants apart, decided when generating. */
class UnionDeserializationTest {

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Unions, version: '1'}
      paths: {}
      components:
        schemas:
          Contact:
            oneOf:
              - $ref: '#/components/schemas/Email'
              - $ref: '#/components/schemas/Phone'
              - $ref: '#/components/schemas/Fax'
              - $ref: '#/components/schemas/Pager'
              - $ref: '#/components/schemas/Note'
          Email:
            type: object
            required: [address]
            properties: {address: {type: string}, kind: {type: string, const: email}}
          Phone:
            type: object
            required: [number]
            properties: {number: {type: string}}
          Fax:
            type: object
            required: [number]
            properties: {number: {type: string}, pages: {type: integer}}
          Pager:
            type: object
            required: [number]
            properties: {number: {type: object, properties: {digits: {type: string}}}}
          Note:
            type: object
            properties: {text: {type: string}}
      """;

  @TempDir Path temp;

  @Test
  @DisplayName("variants with the same required properties and no optional one of their own are reported, in the order tried")
  void indistinguishableVariantsWarn() throws Exception {
    Path spec = temp.resolve("unions.yaml");
    Files.writeString(spec, SPEC);
    List<SourceFile> sources = new ArrayList<>();

    List<Diagnostic> warnings =
        Clientele.render(GeneratorConfig.of(spec, temp.resolve("out"), "com.example"), sources);

    assertEquals(
        List.of("the variants 'Phone' and 'Pager' of 'Contact' cannot be told apart by their properties;"
            + " a payload that fits both is read as 'Phone' first, and as 'Pager' when its values do not fit"),
        warnings.stream().map(Diagnostic::message).toList());
    assertThat(Generated.compile(sources)).succeededWithoutWarnings();
  }

  @DisplayName("a payload parses as the most specific variant whose required properties it has, then by optional ones only it declares")
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"number\": \"+1 555\"}                       | Phone",
      "{\"number\": \"+1 555\", \"pages\": 3}           | Fax",
      "{\"number\": {\"digits\": \"555\"}}             | Pager",
      "{\"address\": \"a@b.c\", \"kind\": \"email\"}     | Email",
      "{\"text\": \"call back\"}                      | Note",
      "{\"unrelated\": true}                        | Contact$Unknown",
      "\"just a string\"                            | Contact$Unknown",
  })
  void picksVariant(String json, String expectedClass) throws Exception {
    // Given the generated Contact union, compiled and loaded
    Class<?> contact = new CompiledClasses(Generated.compile(Generated.sources(SPEC, "com.example")))
        .load("com.example.model.Contact");

    // When a payload is parsed with a plain ObjectMapper
    Object parsed = new ObjectMapper().readValue(json, contact);

    // Then it is the expected variant, and writes back as it came
    assertEquals("com.example.model." + expectedClass, parsed.getClass().getName());
    assertEquals(new ObjectMapper().readTree(json), new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(parsed)));
  }
}
