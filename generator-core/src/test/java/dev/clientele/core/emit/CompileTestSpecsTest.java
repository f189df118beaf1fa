package dev.clientele.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;

import dev.clientele.core.support.Generated;
import dev.clientele.core.support.Specs;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CompileTestSpecsTest {

  static Stream<Path> specs() {
    return Specs.all().stream();
  }

  @DisplayName("everything generated for a spec in test-specs compiles with -Xlint:all -Werror")
  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void generatedCodeCompilesWithoutWarnings(Path spec) {
    // Given the sources generated for the spec
    List<SourceFile> sources = Generated.sources(spec, "com.example.client");

    // When they are compiled, Then javac reports neither errors nor warnings
    assertThat(Generated.compile(sources)).succeededWithoutWarnings();
  }
}
