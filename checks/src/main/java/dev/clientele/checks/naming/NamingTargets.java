package dev.clientele.checks.naming;

import dev.clientele.checks.ClientGeneration;
import dev.clientele.checks.Crashes;
import dev.clientele.core.parse.SpecProblemsException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the naming figures of issue 15 for a few large specs, as a Markdown table: {@code mvn -B
 * verify -Pnaming-targets -pl checks -am -DskipTests [-Dnaming.dir=FOLDER] [-Dnaming.specs=a.yaml,b.json]}.
 * Generates each client in memory, the way the corpus runner does; writes nothing.
 */
public final class NamingTargets {

  /** The specs the issue quotes figures for. */
  static final List<String> DEFAULT_SPECS = List.of("stripe-2023-09.yaml", "github-ghes-3.6.json",
      "cloudflare-2024-08.json", "openai-3.1.yaml", "asana.yaml", "twilio-api-v2010.json");

  private NamingTargets() {}

  /** {@code FOLDER [SPEC,SPEC,...]}; exit status 1 when a spec cannot be generated. */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: NamingTargets SPEC-FOLDER [spec,spec,...]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    List<String> specs = args.length == 2 && !args[1].isBlank() ? List.of(args[1].split(",")) : DEFAULT_SPECS;
    System.exit(run(folder, specs, System.out) ? 0 : 1);
  }

  /** Prints the table, then each spec's longest names; false when a spec could not be generated. */
  static boolean run(Path folder, List<String> specs, PrintStream out) {
    out.println("| spec | top-level model files | median top-level name | longest top-level name | longest nested name |");
    out.println("|---|---|---|---|---|");
    List<String> longest = new ArrayList<>();
    boolean allGenerated = true;
    for (String spec : specs) {
      Path file = folder.resolve(spec.strip());
      String row;
      if (!Files.isRegularFile(file)) {
        row = "no such file";
        allGenerated = false;
      } else {
        try {
          ClientGeneration.Generated generated = ClientGeneration.generate(file);
          NamingFigures figures = NamingFigures.of(generated.emitted().files(),
              ClientGeneration.PACKAGE.replace('.', '/') + "/model/");
          row = figures.files() + " | " + String.format(Locale.ROOT, "%s", median(figures.medianName()))
              + " | " + figures.longestName().length() + " | " + figures.longestNested().length();
          longest.add(spec + ": longest top-level " + figures.longestName() + ", longest nested " + figures.longestNested());
        } catch (SpecProblemsException e) {
          row = "failed: " + String.join("; ", ClientGeneration.errors(e, 3));
          allGenerated = false;
        } catch (RuntimeException | StackOverflowError e) {
          row = "crashed: " + Crashes.describe(e);
          allGenerated = false;
        }
      }
      out.println("| " + spec.strip() + " | " + row + " |");
    }
    out.println();
    longest.forEach(out::println);
    return allGenerated;
  }

  private static String median(double median) {
    return median == Math.rint(median) ? Long.toString((long) median) : Double.toString(median);
  }
}
