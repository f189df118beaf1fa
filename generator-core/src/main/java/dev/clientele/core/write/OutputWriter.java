package dev.clientele.core.write;

import dev.clientele.core.emit.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes sources below one folder, leaving files whose content is already right untouched, and
 * deletes the files an earlier run wrote there and this one no longer generates. What a run wrote
 * is kept in its {@linkplain Manifest manifest}, named after the run, so that several runs sharing
 * a folder (two Maven executions, two CLI calls for different packages) leave each other alone.
 */
public final class OutputWriter {

  /**
   * What a write did.
   *
   * @param files every file that now holds generated content, in the order given
   * @param written how many were created or changed
   * @param unchanged how many already had the right content
   * @param deleted how many files an earlier run generated were deleted because this one did not
   */
  public record Outcome(List<Path> files, int written, int unchanged, int deleted) {
    public Outcome {
      files = List.copyOf(files);
    }
  }

  private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9._$-]+");

  /** Names Windows reserves for devices, whatever the extension or case ({@code CON.java}, {@code com1.txt}). */
  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

  private OutputWriter() {}

  /** A run's name as it appears in file names: letters, digits, '.', '_' and '-' only. */
  public static String fileNameOf(String runName) {
    return runName.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /**
   * Writes {@code sources} below {@code folder}, deletes what the last run named {@code runName}
   * generated there and this one does not, and records what this one generated.
   *
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if a source's path would leave the folder
   */
  public static Outcome write(Path folder, String runName, List<SourceFile> sources) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    Path manifestFile = root.resolve(Manifest.fileName(runName));
    Map<String, String> previous = Manifest.read(manifestFile);
    Map<String, String> current = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    int written = 0;
    int unchanged = 0;
    checkPaths(root, manifestFile, sources);
    // Each file is independent (encoding, comparing, writing, hashing): on every core, the results
    // taken in the sources' order.
    List<Written> results;
    try {
      results = sources.parallelStream().map(source -> writeOne(root, source)).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Written result : results) {
      if (result.changed()) {
        written++;
      } else {
        unchanged++;
      }
      files.add(result.target());
      current.put(Manifest.key(root, result.target()), result.checksum());
    }
    int deleted = deleteStale(root, previous, current);
    Files.createDirectories(root);
    Manifest.write(manifestFile, runName, current);
    return new Outcome(files, written, unchanged, deleted);
  }

  /** What writing one source did: where it went, whether it had to be written, and its checksum. */
  private record Written(Path target, boolean changed, String checksum) {}

  /** Writes one source unless its file already holds exactly that; safe to run for several at once. */
  private static Written writeOne(Path root, SourceFile source) {
    Path target = root.resolve(source.relativePath()).normalize();
    byte[] content = source.content().getBytes(StandardCharsets.UTF_8);
    try {
      boolean changed = !(Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content));
      if (changed) {
        Files.createDirectories(target.getParent());
        Files.write(target, content);
      }
      return new Written(target, changed, Manifest.checksum(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses, before anything is written, a set of paths that is not safe on every file system: a
   * path that leaves the folder or names the manifest, a segment that is empty, {@code .},
   * {@code ..}, longer than 255 bytes, not made of letters, digits, {@code .}, {@code _}, {@code -}
   * and {@code $}, or a Windows device name ({@code con.java}); and two paths that differ only in
   * case, which are one file on macOS and Windows.
   */
  private static void checkPaths(Path root, Path manifestFile, List<SourceFile> sources) {
    Set<String> seen = new HashSet<>();
    for (SourceFile source : sources) {
      String relative = source.relativePath();
      Path target = root.resolve(relative).normalize();
      if (!target.startsWith(root) || target.equals(root) || target.equals(manifestFile)) {
        throw new IllegalArgumentException("refusing to write outside " + root + ": " + relative);
      }
      for (String segment : relative.split("/", -1)) {
        if (!SAFE_SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")
            || segment.getBytes(StandardCharsets.UTF_8).length > 255
            || WINDOWS_DEVICE.matcher(segment).matches()) {
          throw new IllegalArgumentException("refusing to write a file named '" + relative + "' below " + root
              + ": not a portable file name");
        }
      }
      if (!seen.add(relative.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("refusing to write '" + relative + "' below " + root
            + ": another generated file differs from it only in case");
      }
    }
  }

  /**
   * The files the last run named {@code runName} generated below {@code folder}; empty when no run
   * of that name wrote there.
   */
  public static Optional<List<Path>> filesOfLastRun(Path folder, String runName) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    Path manifestFile = root.resolve(Manifest.fileName(runName));
    if (!Files.isRegularFile(manifestFile)) {
      return Optional.empty();
    }
    List<Path> files = new ArrayList<>();
    for (String key : Manifest.read(manifestFile).keySet()) {
      Manifest.resolve(root, key).ifPresent(files::add);
    }
    return Optional.of(files);
  }

  /**
   * Deletes each file the last run generated and this one did not, provided it still holds what
   * that run wrote: a file someone has since edited or replaced is theirs now and stays.
   */
  private static int deleteStale(Path root, Map<String, String> previous, Map<String, String> current)
      throws IOException {
    int deleted = 0;
    for (Map.Entry<String, String> entry : previous.entrySet()) {
      if (current.containsKey(entry.getKey())) {
        continue;
      }
      Optional<Path> stale = Manifest.resolve(root, entry.getKey());
      if (stale.isPresent() && isUntouchedRegularFile(root, stale.get(), entry.getValue())) {
        Files.delete(stale.get());
        deleted++;
        deleteEmptyFolders(root, stale.get().getParent());
      }
    }
    return deleted;
  }

  private static boolean isUntouchedRegularFile(Path root, Path file, String checksum) throws IOException {
    // Not through a symbolic link: a manifest names files below the folder, not wherever a link goes.
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        && file.toRealPath().startsWith(root.toRealPath())
        && Manifest.matches(Files.readAllBytes(file), checksum);
  }

  /** Deletes the package folders that deleting a stale file left empty, up to (not including) root. */
  private static void deleteEmptyFolders(Path root, Path folder) throws IOException {
    for (Path dir = folder; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
      try {
        Files.delete(dir);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }
}
