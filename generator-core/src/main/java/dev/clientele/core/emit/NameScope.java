package dev.clientele.core.emit;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names already taken in one Java scope (a package, a type's members, a method's parameters).
 * A name that is taken gets a numeric suffix, so two wire names that sanitize alike
 * ({@code in-progress}, {@code in_progress}) stay two names.
 */
final class NameScope {

  private final Set<String> taken = new HashSet<>();
  private final boolean ignoreCase;

  private NameScope(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /** Type names: case-insensitive, because {@code Lead.java} and {@code lead.java} share a file on some disks. */
  static NameScope forTypes() {
    return new NameScope(true);
  }

  /** Member names: case-sensitive, as Java is. */
  static NameScope forMembers() {
    return new NameScope(false);
  }

  /** Marks a name as taken without allocating it (a name the generator itself uses). */
  NameScope reserve(String... names) {
    for (String name : names) {
      taken.add(key(name));
    }
    return this;
  }

  boolean isTaken(String name) {
    return taken.contains(key(name));
  }

  /** Takes {@code candidate}, or the first free {@code candidate2}, {@code candidate3}, … */
  String allocate(String candidate) {
    String name = candidate;
    for (int suffix = 2; !taken.add(key(name)); suffix++) {
      name = candidate.endsWith("_") || Character.isDigit(candidate.charAt(candidate.length() - 1))
          ? candidate + "_" + suffix
          : candidate + suffix;
    }
    return name;
  }

  private String key(String name) {
    return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
  }
}
