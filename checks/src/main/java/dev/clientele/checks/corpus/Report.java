package dev.clientele.checks.corpus;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Prints the corpus results: one aligned row per spec, why each failed spec failed, what the specs
 * themselves got wrong, the slowest specs, and last a line {@code N passed, M failed}.
 */
final class Report {

  /** A table column: its header, whether it is text (left-aligned) and its cell for an outcome. */
  private record Column(String header, boolean text, Function<SpecOutcome, String> cell) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("spec", true, SpecOutcome::spec),
      new Column("openapi", true, SpecOutcome::version),
      new Column("schemas", false, o -> count(o.schemas())),
      new Column("ops", false, o -> count(o.operations())),
      new Column("files", false, o -> count(o.files())),
      new Column("lines", false, o -> count(o.lines())),
      new Column("gen ms", false, o -> count(o.generationMillis())),
      new Column("gen warn", false, o -> count(o.generationWarnings())),
      new Column("javac ms", false, o -> count(o.compileMillis())),
      new Column("compiles", true, o -> o.compileErrors() < 0 ? "-"
          : o.compileErrors() == 0 ? "yes" : "NO (" + o.compileErrors() + ")"),
      new Column("javac warn", false, o -> count(o.compileWarnings())),
      new Column("examples", false, o -> o.examplesTried() < 0 ? "-" : o.examplesParsed() + "/" + o.examplesTried()),
      new Column("contra", false, o -> count(o.contradictions())),
      new Column("pagers", false, o -> o.operations() < 0 ? "-" : String.valueOf(o.paging().pagers())),
      new Column("result", true, o -> o.passed() ? "pass" : "FAIL"));

  private Report() {}

  static void print(List<SpecOutcome> outcomes, long wallMillis, PrintWriter out) {
    table(outcomes, out);

    List<SpecOutcome> failed = outcomes.stream().filter(o -> !o.passed()).toList();
    if (!failed.isEmpty()) {
      out.println();
      out.println("Failures:");
      for (SpecOutcome outcome : failed) {
        out.println("  " + outcome.spec());
        outcome.failures().forEach(reason -> out.println("    " + reason));
      }
    }
    List<SpecOutcome> noted = outcomes.stream().filter(o -> !o.notes().isEmpty()).toList();
    if (!noted.isEmpty()) {
      out.println();
      out.println("Notes (javac warnings; examples that contradict their own schema, not counted against Clientele):");
      for (SpecOutcome outcome : noted) {
        out.println("  " + outcome.spec());
        outcome.notes().forEach(note -> out.println("    " + note));
      }
    }

    paging(outcomes, out);

    out.println();
    out.println("Slowest to generate:");
    outcomes.stream()
        .filter(o -> o.generationMillis() >= 0)
        .sorted(Comparator.comparingLong(SpecOutcome::generationMillis).reversed())
        .limit(5)
        .forEach(o -> out.printf("  %-50s %7d ms generating, %7s ms compiling%n",
            o.spec(), o.generationMillis(), count(o.compileMillis())));

    int parsed = outcomes.stream().mapToInt(o -> Math.max(0, o.examplesParsed())).sum();
    int tried = outcomes.stream().mapToInt(o -> Math.max(0, o.examplesTried())).sum();
    int contradicting = outcomes.stream().mapToInt(o -> Math.max(0, o.contradictions())).sum();
    int skipped = outcomes.stream().mapToInt(o -> Math.max(0, o.examplesSkipped())).sum();
    out.println();
    out.printf("Examples: %d/%d parsed; %d more contradict their own schema; %d skipped: their schema has no"
        + " generated class (a string, a number, a free-form object, or a list of those)%n", parsed, tried, contradicting, skipped);
    out.printf("Time: %d specs in %d s%n", outcomes.size(), Math.round(wallMillis / 1000.0));
    out.printf("%d passed, %d failed%n", outcomes.size() - failed.size(), failed.size());
    out.flush();
  }

  /**
   * Per spec, the operations that got a pager by style, and the list-like operations that did not,
   * by reason with an example; then the totals.
   */
  private static void paging(List<SpecOutcome> outcomes, PrintWriter out) {
    out.println();
    out.println("Pagination (pagers by style; list-like GET operations without a pager, by reason):");
    for (SpecOutcome outcome : outcomes) {
      PagingCount paging = outcome.paging();
      if (paging.pagers() == 0 && paging.unpagedLists() == 0) {
        continue;
      }
      String decided = paging.sources();
      out.printf("  %s: %d pagers (%s)%s; %d list-like without%n", outcome.spec(), paging.pagers(), paging.styles(),
          decided.equals("none") ? "" : ", by extension or option: " + decided, paging.unpagedLists());
      reasons(paging, out, 3);
    }
    PagingCount total = PagingCount.sum(outcomes.stream().map(SpecOutcome::paging).toList());
    out.printf("  all: %d pagers (%s); %d list-like without%n", total.pagers(), total.styles(), total.unpagedLists());
    reasons(total, out, Integer.MAX_VALUE);
  }

  private static void reasons(PagingCount paging, PrintWriter out, int most) {
    paging.reasons().stream().limit(most).forEach(reason -> out.printf("      %4d  %s  (e.g. %s)%n",
        reason.getValue(), reason.getKey(), paging.examples().get(reason.getKey())));
  }

  private static void table(List<SpecOutcome> outcomes, PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(COLUMNS.stream().map(Column::header).toList());
    for (SpecOutcome outcome : outcomes) {
      rows.add(COLUMNS.stream().map(column -> column.cell().apply(outcome)).toList());
    }
    int[] widths = new int[COLUMNS.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = row.get(i);
        String padding = " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? "" : "  ").append(COLUMNS.get(i).text() ? cell + padding : padding + cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String count(long value) {
    return value < 0 ? "-" : Long.toString(value);
  }
}
