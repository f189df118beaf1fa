package dev.clientele.checks;

import dev.clientele.core.emit.EmitOptions;
import dev.clientele.core.emit.JavaEmitter;
import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.parse.ParsedSpec;
import dev.clientele.core.parse.SpecProblemsException;
import dev.clientele.core.parse.SpecReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Generates a spec's client in memory, the way a caller of generator-core does (read, then emit),
 * for the runners to compile and load on their own.
 */
public final class ClientGeneration {

  /** The package of the generated code; each spec is compiled and loaded on its own. */
  public static final String PACKAGE = "com.example.corpus";

  /**
   * What was generated.
   *
   * @param parsed the spec as generator-core read it (its model and warnings)
   * @param emitted the sources and where each schema's class is
   */
  public record Generated(ParsedSpec parsed, JavaEmitter.Result emitted) {}

  private ClientGeneration() {}

  /** @throws SpecProblemsException when generator-core cannot read the spec */
  public static Generated generate(Path file) throws SpecProblemsException {
    return generate(file, 2);
  }

  /**
   * @param jackson the Jackson major (2 or 3) the code is generated for
   * @throws SpecProblemsException when generator-core cannot read the spec
   */
  public static Generated generate(Path file, int jackson) throws SpecProblemsException {
    ParsedSpec parsed = SpecReader.read(file, SpecReader.Options.defaults());
    return new Generated(parsed, JavaEmitter.emit(parsed.model(), new EmitOptions(PACKAGE, Map.of(), "", true, jackson)));
  }

  /** The first {@code limit} errors generator-core found, each {@code generation: CODE at WHERE: MESSAGE}. */
  public static List<String> errors(SpecProblemsException e, int limit) {
    return e.problems().stream()
        .filter(problem -> problem.severity() == Diagnostic.Severity.ERROR)
        .limit(limit)
        .map(problem -> "generation: " + problem.code() + " at " + problem.location() + ": " + problem.message())
        .toList();
  }
}
