package dev.clientele.checks.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientele.core.emit.SourceFile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NamingFiguresTest {

  @Test
  @DisplayName("the figures count top-level model files only, and find the longest nested type in them")
  void measuresTheModelPackage() {
    // Given two model files (one with nested types), a package-info, an api file and a deeper file
    List<SourceFile> sources = List.of(
        new SourceFile("p/model/Charge.java", """
            public record Charge(Outcome outcome) {
              public record Outcome(Rule rule) {
                public static final class RuleBuilder {}
              }
              enum Status {}
            }
            """),
        new SourceFile("p/model/CustomerBalanceTransaction.java", "public record CustomerBalanceTransaction() {}\n"),
        new SourceFile("p/model/package-info.java", "package p.model;\n"),
        new SourceFile("p/api/ChargesApi.java", "public interface ChargesApi {\n  interface VeryLongNestedInterfaceName {}\n}\n"),
        new SourceFile("p/model/inner/Other.java", "class Other {}\n"));

    // When they are measured
    NamingFigures figures = NamingFigures.of(sources, "p/model/");

    // Then only the two model files count
    assertEquals(new NamingFigures(2, 16.0, "CustomerBalanceTransaction", "RuleBuilder"), figures);
  }
}
