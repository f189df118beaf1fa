package dev.clientele.maven;

import dev.clientele.core.GenerationException;
import dev.clientele.core.changes.ChangeReport;
import dev.clientele.core.write.OutputWriter;
import dev.clientele.core.GeneratorConfig;
import dev.clientele.core.parse.PaginationOptions;
import dev.clientele.core.IncrementalGeneration;
import dev.clientele.core.IncrementalGeneration.Generated;
import dev.clientele.core.IncrementalGeneration.Outcome;
import dev.clientele.core.RunPolicy;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates a typed Java client from an OpenAPI spec and adds it to the sources to compile. A run
 * whose spec, referenced files, configuration and Clientele version are those of the last
 * successful run is skipped; a run that generates rewrites only the files whose content changed and
 * deletes the ones it generated before and no longer does.
 *
 * @since 0.1.0
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    threadSafe = true,
    // The compile class path tells which Jackson the project uses, when jackson is not set.
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractMojo {

  private static final int MAX_REPORT_LINES = 20;

  /**
   * The OpenAPI 3.0/3.1 or Swagger 2.0 file, YAML or JSON. Local files it {@code $ref}s are read
   * too, and are part of the up-to-date check.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientele.spec", required = true)
  private File spec;

  /**
   * The Java package of the generated client, e.g. {@code com.close.client}: models go to its
   * {@code model} subpackage, operation interfaces to {@code api}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientele.packageName", required = true)
  private String packageName;

  /**
   * The folder that receives the generated sources; it is added to the project's compile source
   * roots. Clientele only ever deletes files it generated there itself.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "clientele.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/clientele",
      required = true)
  private File outputDirectory;

  /**
   * Skips the goal: nothing is generated and no source root is added.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientele.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Names a tag's operation interface instead of the name derived from the tag, without the
   * {@code Api} suffix: {@code <subpackage_leads>Leads</subpackage_leads>} gives {@code LeadsApi}.
   *
   * @since 0.1.0
   */
  @Parameter
  private Map<String, String> tagNames;

  /**
   * Lets {@code $ref}s to http(s) URLs be fetched. Off by default: a spec is untrusted input. Remote
   * documents are not part of the up-to-date check; run a clean build to pick up their changes.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientele.allowRemoteRefs", defaultValue = "false")
  private boolean allowRemoteRefs;

  /**
   * Lets {@code $ref}s read files outside the spec's folder and its subfolders (by {@code ../}, an
   * absolute path, or a symbolic link that leads out). Off by default: a spec is untrusted input, and
   * could otherwise read any YAML or JSON file the build can and generate it into the sources.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientele.allowExternalRefs", defaultValue = "false")
  private boolean allowExternalRefs;

  /**
   * The class name of the client's entry point, generated in {@code packageName}. Empty (the
   * default) names it from the spec's {@code info.title}: {@code Close API} gives {@code CloseClient}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientele.clientName", defaultValue = "")
  private String clientName;

  /**
   * Generates the HTTP client (one implementation per operation interface and the entry point),
   * which needs {@code dev.clientele:clientele-runtime} at compile time. Set to {@code false} for the
   * models and operation interfaces only.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientele.generateClient", defaultValue = "true")
  private boolean generateClient;

  /**
   * Fails the build when the generated API has breaking changes since the last run (a property,
   * operation or enum constant removed, a type changed, a parameter made required…), listing them;
   * nothing is written, so the build fails the same way until someone accepts the change by running
   * once with this off. Every run that generates logs what changed either way, and writes the full
   * report to {@code target/clientele/<execution id>-changes.md}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientele.failOnBreakingChanges", defaultValue = "false")
  private boolean failOnBreakingChanges;

  /**
   * Fails the build on warnings as on errors: where Clientele would fall back for a local fault of
   * the spec (a schema {@code $ref} that points to nothing, an enum too large for constants…) and
   * say so, it stops instead, listing every warning.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientele.failOnWarnings", defaultValue = "false")
  private boolean failOnWarnings;

  /**
   * The Jackson major the generated code is for: {@code 2} ({@code com.fasterxml.jackson.databind})
   * or {@code 3} ({@code tools.jackson.databind}, e.g. Spring Boot 4). The annotations are the same
   * for both; union deserializers and the client's JSON codec are of the chosen major, which the
   * project must then depend on. Not set (the default): 3 when {@code
   * tools.jackson.core:jackson-databind} is on the project's compile class path, else 2. The
   * summary line says which, and why.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientele.jackson")
  private String jackson;

  /**
   * The pagination of list operations. Empty (the default): found in the spec, from the names and
   * types of an operation's parameters and response, or from its {@code x-speakeasy-pagination} or
   * {@code x-fern-pagination}. {@code off}: found nowhere. Entries {@code OPERATION=STYLE}, one a
   * line or separated by {@code ;}, configure operations the spec does not describe well, e.g.
   * {@code listLeads=offset:_skip,_limit,items=data,hasMore=has_more} (see the README for the
   * styles). A paged operation returns a {@code Page} whose {@code autoPager()} iterates every item.
   *
   * @since 0.1.0
   */
  @Parameter(property = "clientele.pagination", defaultValue = "")
  private String pagination;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("clientele: skipped (clientele.skip is true): nothing generated, no source folder added");
      return;
    }
    long start = System.nanoTime();
    JacksonChoice jacksonChoice;
    try {
      jacksonChoice = JacksonChoice.of(jackson,
          project.getArtifacts().stream().map(artifact -> artifact.getGroupId() + ":" + artifact.getArtifactId()).toList());
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage());
    }
    Outcome outcome = generate(config(jacksonChoice.major()));
    if (outcome instanceof Generated generated) {
      generated.result().warnings().forEach(warning -> getLog().warn(warning.format()));
    }
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    getLog().info(Summary.of(spec.getName(), outcome, System.nanoTime() - start) + ", for " + jacksonChoice.describe());
    if (outcome instanceof Generated generated) {
      report(generated.result().changes());
    }
  }

  /** Logs what changed in the API (at most 20 lines) and writes the whole report beside the stamp. */
  private void report(ChangeReport changes) throws MojoExecutionException {
    Path file = stampFolder().resolve(OutputWriter.fileNameOf(mojoExecution.getExecutionId()) + "-changes.md");
    List<String> lines = changes.logLines(MAX_REPORT_LINES);
    lines.forEach(line -> getLog().info("clientele: " + line));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, changes.markdown(spec.getName()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("clientele: cannot write the change report " + file + ": " + e.getMessage(), e);
    }
    if (!lines.isEmpty()) {
      getLog().info("clientele: the full report is in " + file);
    }
  }

  private Path stampFolder() {
    return Path.of(project.getBuild().getDirectory(), "clientele");
  }

  private GeneratorConfig config(int jacksonMajor) throws MojoFailureException {
    PaginationOptions paging;
    try {
      paging = PaginationOptions.parse(pagination == null ? "" : pagination);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("clientele: <pagination> (clientele.pagination): " + e.getMessage());
    }
    return new GeneratorConfig(
        spec.toPath(),
        outputDirectory.toPath(),
        packageName,
        tagNames == null ? Map.of() : tagNames,
        allowRemoteRefs,
        clientName == null ? "" : clientName,
        generateClient,
        allowExternalRefs,
        jacksonMajor,
        paging);
  }

  /**
   * Runs the generator and maps how it can fail to Maven's outcomes, here and nowhere else: a spec
   * or option with problems fails the build (BUILD FAILURE, every problem listed, no stack trace);
   * anything else is an error of the build itself.
   */
  private Outcome generate(GeneratorConfig config) throws MojoExecutionException, MojoFailureException {
    // The execution id names the run's stamp and manifest: it stays put when the spec or package
    // changes (so stale files are found), and differs between executions (so they keep apart).
    String runName = mojoExecution.getExecutionId();
    try {
      return IncrementalGeneration.run(config, runName, stampFolder(), new RunPolicy(failOnWarnings, failOnBreakingChanges));
    } catch (GenerationException e) {
      throw new MojoFailureException(Summary.problems(spec.getName(), e.problems()));
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("clientele: cannot write the generated sources or the stamp: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(
          "clientele: internal error while generating from " + spec
              + ". This is a bug in Clientele, not in your spec; please report it with the spec attached.",
          e);
    }
  }
}
