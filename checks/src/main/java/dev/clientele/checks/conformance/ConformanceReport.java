package dev.clientele.checks.conformance;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints the conformance run: a row per spec (operations, ok, rejected, unreadable, not judged),
 * each rejected request and unreadable answer with Prism's words, the reasons operations were not
 * judged with their counts, and last {@code N passed, M failed}.
 */
final class ConformanceReport {

  private static final int REASON_WIDTH = 300;

  private ConformanceReport() {}

  static void print(List<SpecVerdicts> results, Set<String> lenient, long totalMillis, PrintWriter out) {
    int width = Math.max(4, results.stream().mapToInt(result -> result.spec().length()).max().orElse(4));
    String row = "%-" + width + "s  %5s  %5s  %8s  %10s  %10s  %7s  %s%n";
    out.printf(row, "spec", "ops", "ok", "rejected", "unreadable", "not judged", "seconds", "result");
    for (SpecVerdicts result : results) {
      out.printf(row, result.spec(), result.verdicts().size(), result.count(Verdict.Ok.class),
          result.count(Verdict.Rejected.class), result.count(Verdict.Unreadable.class),
          result.count(Verdict.NotJudged.class), String.format("%.1f", result.millis() / 1000.0),
          result.passed() ? "pass" : lenient.contains(result.spec()) ? "FAIL (report only)" : "FAIL");
    }

    List<SpecVerdicts> failed = results.stream().filter(result -> !result.passed()).toList();
    if (!failed.isEmpty()) {
      out.println();
      out.println("Failures:");
      for (SpecVerdicts result : failed) {
        out.println("  " + result.spec());
        result.failures().forEach(failure -> out.println("    " + failure));
        for (SpecVerdicts.OperationVerdict verdict : result.verdicts()) {
          if (verdict.verdict() instanceof Verdict.Rejected rejected) {
            out.println("    " + verdict.operation() + " (" + verdict.request() + ") rejected: " + rejected.violation());
          } else if (verdict.verdict() instanceof Verdict.Unreadable unreadable) {
            out.println("    " + verdict.operation() + " (" + verdict.request() + ") unreadable at " + unreadable.path()
                + ": " + unreadable.message());
          }
        }
      }
    }

    boolean anyNotJudged = results.stream().anyMatch(result -> result.count(Verdict.NotJudged.class) > 0 || !result.notes().isEmpty());
    if (anyNotJudged) {
      out.println();
      out.println("Not judged:");
      for (SpecVerdicts result : results) {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (SpecVerdicts.OperationVerdict verdict : result.verdicts()) {
          if (verdict.verdict() instanceof Verdict.NotJudged notJudged) {
            String reason = notJudged.reason();
            reasons.merge(reason.length() > REASON_WIDTH ? reason.substring(0, REASON_WIDTH - 3) + "..." : reason, 1, Integer::sum);
          }
        }
        if (reasons.isEmpty() && result.notes().isEmpty()) {
          continue;
        }
        out.println("  " + result.spec());
        result.notes().forEach(note -> out.println("    note: " + note));
        reasons.forEach((reason, count) -> out.println("    " + count + " x " + reason));
      }
    }

    long passed = results.stream().filter(SpecVerdicts::passed).count();
    out.println();
    out.printf("%d operations in %.0f s%n",
        results.stream().mapToInt(result -> result.verdicts().size()).sum(), totalMillis / 1000.0);
    out.println(passed + " passed, " + (results.size() - passed) + " failed");
  }
}
