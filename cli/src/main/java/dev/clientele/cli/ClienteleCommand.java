package dev.clientele.cli;

import dev.clientele.core.Clientele;
import dev.clientele.core.GenerationException;
import dev.clientele.core.GenerationResult;
import dev.clientele.core.GeneratorConfig;
import dev.clientele.core.RunPolicy;
import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.parse.PaginationOptions;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clientele --spec FILE --output DIR --package PKG}: generates a Java client. Exits 0 on
 * success, 1 when the spec or the configuration has problems (each printed on its own line), 2 for
 * wrong usage.
 */
@Command(
    name = "clientele",
    mixinStandardHelpOptions = true,
    versionProvider = ClienteleCommand.Version.class,
    description = "Generates a typed Java 17 client from an OpenAPI 3.0/3.1 or Swagger 2.0 spec.")
public final class ClienteleCommand implements Callable<Integer> {

  private static final int MAX_REPORT_LINES = 20;

  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The OpenAPI (YAML or JSON) file.")
  private Path specFile;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "The folder that receives the sources.")
  private Path output;

  @Option(names = "--package", required = true, paramLabel = "PKG", description = "The Java package, e.g. com.close.client.")
  private String packageName;

  @Option(
      names = "--tag-name",
      paramLabel = "TAG=NAME",
      description = "Names the interface of a tag: --tag-name subpackage_leads=Leads gives LeadsApi. Repeatable.")
  private Map<String, String> tagNames = new LinkedHashMap<>();

  @Option(
      names = "--client-name",
      paramLabel = "NAME",
      description = "The class name of the client's entry point (default: from info.title, e.g. CloseClient).")
  private String clientName = "";

  @Option(
      names = "--no-client",
      description = "Generate the models and operation interfaces only, without the HTTP client.")
  private boolean noClient;

  @Option(
      names = "--allow-remote-refs",
      description = "Allow $refs to http(s) URLs to be fetched. Off by default: a spec is untrusted input.")
  private boolean allowRemoteRefs;

  @Option(
      names = "--allow-external-refs",
      description = "Allow $refs to files outside the spec's folder (and its subfolders). Off by default: a spec is"
          + " untrusted input, and could otherwise read any YAML or JSON file the build can.")
  private boolean allowExternalRefs;

  @Option(
      names = "--jackson",
      paramLabel = "2|3",
      description = "The Jackson major the generated code is for: 2 (com.fasterxml.jackson.databind, the default) or 3"
          + " (tools.jackson.databind, e.g. Spring Boot 4). The annotations are the same for both.")
  private int jackson = GeneratorConfig.DEFAULT_JACKSON;

  @Option(
      names = "--fail-on-breaking-changes",
      description = "Fail, writing nothing, when the API has breaking changes since the previous run in DIR.")
  private boolean failOnBreakingChanges;

  @Option(
      names = "--strict",
      description = "Fail on warnings as on errors, writing nothing: no fallback for a local fault of the spec.")
  private boolean strict;

  @Option(
      names = "--pagination",
      paramLabel = "SPEC",
      description = "'off' finds no pagination in the spec; OPERATION=STYLE configures an operation's, e.g."
          + " listLeads=offset:_skip,_limit,items=data,hasMore=has_more (see the README). Repeatable; entries may"
          + " also be separated by ';'.")
  private List<String> pagination = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (jackson != 2 && jackson != 3) {
      err.printf("clientele: --jackson must be 2 or 3 (the Jackson major the generated code is for), was %d%n", jackson);
      return 2;
    }
    PaginationOptions paging = PaginationOptions.defaults();
    for (String value : pagination) {
      try {
        paging = paging.and(PaginationOptions.parse(value));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--pagination: " + e.getMessage());
      }
    }
    GeneratorConfig config =
        new GeneratorConfig(
            specFile, output, packageName, tagNames, allowRemoteRefs, clientName, !noClient, allowExternalRefs, jackson,
            paging);
    long start = System.nanoTime();
    try {
      GenerationResult result =
          Clientele.generate(config, config.basePackage(), new RunPolicy(strict, failOnBreakingChanges));
      for (Diagnostic warning : result.warnings()) {
        err.println(warning.format());
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      out.printf(
          "clientele: %s → %d files, %d lines (%d written, %d unchanged, %d deleted) in %d ms%n",
          specFile.getFileName(), result.files().size(), result.lines(), result.written(), result.unchanged(),
          result.deleted(), millis);
      out.printf("clientele: generated into %s%n", output.toAbsolutePath().normalize());
      for (String line : result.changes().logLines(MAX_REPORT_LINES)) {
        out.println("clientele: " + line);
      }
      return 0;
    } catch (GenerationException e) {
      for (Diagnostic problem : e.problems()) {
        err.println(problem.format());
      }
      err.printf("clientele: nothing generated: %d problem(s) in %s%n", e.problems().stream()
          .filter(p -> p.severity() == Diagnostic.Severity.ERROR).count(), specFile);
      return 1;
    } catch (UncheckedIOException e) {
      err.println("clientele: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.printf(
          "clientele: internal error while generating from %s: %s%n"
              + "clientele: this is a bug in Clientele, not in your spec; please report it with the spec attached%n",
          specFile, e);
      return 3;
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ClienteleCommand.class.getPackage().getImplementationVersion();
      return new String[] {"clientele " + (version == null ? "(development build)" : version)};
    }
  }

  public static void main(String[] args) {
    int exitCode = run(args);
    // Return normally on success, so that an in-process caller (exec:java in this build) survives.
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /** Runs the command and returns its exit code. */
  static int run(String... args) {
    return new CommandLine(new ClienteleCommand()).execute(args);
  }

  /** Runs the command with its output and errors going to the given writers; returns its exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new ClienteleCommand()).setOut(out).setErr(err).execute(args);
  }
}
