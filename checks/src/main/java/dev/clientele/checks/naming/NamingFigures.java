package dev.clientele.checks.naming;

import dev.clientele.core.emit.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naming figures issue 15 sets targets for, measured on a generated client's {@code model}
 * package: how many top-level model files, the median and longest top-level type name, and the
 * longest simple name of a type nested in a model type.
 *
 * @param files top-level model files ({@code package-info.java} not counted)
 * @param medianName the median length of their type names
 * @param longestName the longest of them
 * @param longestNested the longest simple name of a nested type; "" when there is none
 */
public record NamingFigures(int files, double medianName, String longestName, String longestNested) {

  /** A nested type declaration: indented, so inside a top-level type. */
  private static final Pattern NESTED = Pattern.compile(
      "^\\s+(?:public |private |protected )?(?:static )?(?:final |sealed |non-sealed |abstract )*"
          + "(?:record|class|interface|enum) ([A-Za-z_$][A-Za-z0-9_$]*)");

  /** The figures of the files below {@code modelFolder} ({@code com/example/model/}). */
  public static NamingFigures of(List<SourceFile> sources, String modelFolder) {
    List<String> names = new ArrayList<>();
    String longestNested = "";
    for (SourceFile source : sources) {
      String path = source.relativePath();
      if (!path.startsWith(modelFolder) || path.indexOf('/', modelFolder.length()) >= 0
          || !path.endsWith(".java") || path.endsWith("package-info.java")) {
        continue;
      }
      names.add(path.substring(modelFolder.length(), path.length() - ".java".length()));
      for (String line : source.content().split("\n")) {
        Matcher nested = NESTED.matcher(line);
        if (nested.find() && nested.group(1).length() > longestNested.length()) {
          longestNested = nested.group(1);
        }
      }
    }
    names.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    int count = names.size();
    double median = count == 0 ? 0
        : count % 2 == 1 ? names.get(count / 2).length()
        : (names.get(count / 2 - 1).length() + names.get(count / 2).length()) / 2.0;
    return new NamingFigures(count, median, count == 0 ? "" : names.get(count - 1), longestNested);
  }
}
