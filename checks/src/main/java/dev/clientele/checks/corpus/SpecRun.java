package dev.clientele.checks.corpus;

import dev.clientele.checks.ClientGeneration;
import dev.clientele.checks.CompiledClasses;
import dev.clientele.checks.Crashes;
import dev.clientele.checks.Deadline;
import dev.clientele.checks.InMemoryCompiler;
import dev.clientele.checks.RawSpec;
import dev.clientele.core.emit.JavaEmitter;
import dev.clientele.core.emit.SourceFile;
import dev.clientele.core.parse.ParsedSpec;
import dev.clientele.core.parse.SpecProblemsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one spec through the corpus checks: generate in memory, compile, parse its examples. Not
 * thread-safe; {@link #outcome()} may be read from another thread to report a spec that timed out
 * with what it got to.
 */
final class SpecRun {

  private static final int EXAMPLE_FAILURES_KEPT = 3;
  private static final int NOTES_KEPT = 3;

  private final Path file;
  private final InMemoryCompiler compiler;
  private final Deadline deadline;
  private final int jackson;

  private volatile String stage = "reading";
  private String version = "?";
  private int schemas = -1;
  private int operations = -1;
  private int files = -1;
  private long lines = -1;
  private long generationMillis = -1;
  private long compileMillis = -1;
  private int generationWarnings = -1;
  private int compileErrors = -1;
  private int compileWarnings = -1;
  private int examplesParsed = -1;
  private int examplesTried = -1;
  private int contradictions = -1;
  private int examplesSkipped = -1;
  private final List<String> failures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private PagingCount paging = PagingCount.NONE;

  SpecRun(Path file, InMemoryCompiler compiler, Deadline deadline) {
    this(file, compiler, deadline, 2);
  }

  /** @param jackson the Jackson major (2 or 3) to generate for and to parse the examples with */
  SpecRun(Path file, InMemoryCompiler compiler, Deadline deadline, int jackson) {
    this.file = file;
    this.compiler = compiler;
    this.deadline = deadline;
    this.jackson = jackson;
  }

  /** The stage it is in: reading, generating, compiling, examples or done. */
  String stage() {
    return stage;
  }

  SpecOutcome run() {
    try {
      runStages();
    } catch (RuntimeException | LinkageError e) {
      // javac wraps what its task listener throws, so the deadline says whether time ran out
      if (e instanceof Deadline.Expired || deadline.expired()) {
        fail("timeout: over " + deadline.budget().toSeconds() + " s, while " + stage);
      } else {
        fail("crash while " + stage + ": " + Crashes.describe(e));
      }
    }
    stage = "done";
    return outcome();
  }

  /** What it has found so far; every stage records its results under this object's lock. */
  synchronized SpecOutcome outcome() {
    return new SpecOutcome(
        file.getFileName().toString(), version, schemas, operations, files, lines, generationMillis, compileMillis,
        generationWarnings, compileErrors, compileWarnings, examplesParsed, examplesTried, contradictions, examplesSkipped,
        failures, notes, paging);
  }

  private void runStages() {
    RawSpec raw = null;
    try {
      raw = RawSpec.read(file);
      synchronized (this) {
        version = raw.version();
      }
    } catch (IOException e) {
      // generator-core says it better, with line and column; examples need the tree, so none are read
    }

    stage = "generating";
    long start = System.nanoTime();
    ClientGeneration.Generated generated;
    try {
      generated = ClientGeneration.generate(file, jackson);
    } catch (SpecProblemsException e) {
      synchronized (this) {
        generationMillis = millisSince(start);
      }
      ClientGeneration.errors(e, EXAMPLE_FAILURES_KEPT).forEach(this::fail);
      return;
    }
    ParsedSpec parsed = generated.parsed();
    JavaEmitter.Result emitted = generated.emitted();
    List<SourceFile> sources = emitted.files();
    synchronized (this) {
      generationMillis = millisSince(start);
      schemas = parsed.model().schemas().size();
      operations = parsed.model().operations().size();
      files = sources.size();
      lines = sources.stream().mapToLong(source -> source.content().lines().count()).sum();
      generationWarnings = parsed.warnings().size() + emitted.warnings().size();
      paging = PagingCount.of(parsed);
    }
    deadline.check();

    stage = "compiling";
    start = System.nanoTime();
    InMemoryCompiler.Result compiled;
    try {
      compiled = compiler.compile(sources, deadline);
    } catch (IOException e) {
      fail("compile: " + e);
      return;
    }
    synchronized (this) {
      compileMillis = millisSince(start);
      compileErrors = compiled.errors();
      compileWarnings = compiled.warnings();
    }
    compiled.firstWarnings().forEach(warning -> note("javac warning: " + warning));
    if (!compiled.ok()) {
      compiled.firstErrors().forEach(error -> fail("compile: " + error));
      if (compiled.errors() > compiled.firstErrors().size()) {
        fail("compile: ... " + compiled.errors() + " errors in all");
      }
      return;
    }
    if (raw == null) {
      fail("examples: generator-core read the spec but the runner could not");
      return;
    }

    stage = "examples";
    parseExamples(raw, new ExampleParser(raw, emitted.classNames(), emitted.classNamesByPointer(),
        new CompiledClasses(compiled.classes()), jackson));
  }

  private void parseExamples(RawSpec raw, ExampleParser parser) {
    int parsed = 0;
    int tried = 0;
    int contradicting = 0;
    int failed = 0;
    int skipped = 0;
    for (Example example : ExampleFinder.find(raw)) {
      deadline.check();
      ExampleParser.Result result = parser.parse(example);
      if (result instanceof ExampleParser.Parsed) {
        parsed++;
        tried++;
      } else if (result instanceof ExampleParser.Failed failure) {
        tried++;
        if (++failed <= EXAMPLE_FAILURES_KEPT) {
          fail("example " + example.pointer() + " (" + failure.stage() + "): " + failure.message());
        }
      } else if (result instanceof ExampleParser.Skipped) {
        skipped++;
      } else if (result instanceof ExampleParser.Contradicts contradiction) {
        if (++contradicting <= NOTES_KEPT) {
          note("example " + example.pointer() + " contradicts schema: " + contradiction.reason());
        }
      }
    }
    if (failed > EXAMPLE_FAILURES_KEPT) {
      fail("examples: ... " + failed + " failed in all");
    }
    if (contradicting > NOTES_KEPT) {
      note("examples: ... " + contradicting + " contradict their schema in all");
    }
    synchronized (this) {
      examplesParsed = parsed;
      examplesTried = tried;
      contradictions = contradicting;
      examplesSkipped = skipped;
    }
  }

  private synchronized void fail(String reason) {
    failures.add(reason);
  }

  private synchronized void note(String note) {
    notes.add(note);
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
