package dev.clientele.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientele.core.emit.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link OutputWriter}: writes what changed, deletes what it generated before and no longer does, nothing else. */
class OutputWriterTest {

  private static final SourceFile A = new SourceFile("com/example/model/A.java", "class A {}\n");
  private static final SourceFile B = new SourceFile("com/example/model/B.java", "class B {}\n");
  private static final SourceFile X = new SourceFile("com/example/extra/X.java", "class X {}\n");

  @TempDir Path dir;

  @Test
  @DisplayName("a second identical run writes nothing, deletes nothing and keeps timestamps")
  void unchangedRun() throws IOException {
    Path out = dir.resolve("out");
    OutputWriter.write(out, "default", List.of(A, B));
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(out.resolve(A.relativePath()), old);
    Files.setLastModifiedTime(out.resolve(".clientele-default.manifest"), old);

    OutputWriter.Outcome second = OutputWriter.write(out, "default", List.of(A, B));

    assertEquals(new OutputWriter.Outcome(second.files(), 0, 2, 0), second);
    assertEquals(old, Files.getLastModifiedTime(out.resolve(A.relativePath())));
    assertEquals(old, Files.getLastModifiedTime(out.resolve(".clientele-default.manifest")));
  }

  @Test
  @DisplayName("a file the last run generated and this one does not is deleted, with the folder it leaves empty")
  void deletesStaleFile() throws IOException {
    // Given a run that generated A, B and X
    Path out = dir.resolve("out");
    OutputWriter.write(out, "default", List.of(A, B, X));

    // When the next run generates A and B only
    OutputWriter.Outcome outcome = OutputWriter.write(out, "default", List.of(A, B));

    // Then X and its now empty package folder are gone, A and B stay
    assertEquals(1, outcome.deleted());
    assertFalse(Files.exists(out.resolve(X.relativePath())));
    assertFalse(Files.exists(out.resolve("com/example/extra")));
    assertTrue(Files.isRegularFile(out.resolve(A.relativePath())));
    assertTrue(Files.isRegularFile(out.resolve(B.relativePath())));
    assertEquals(Optional.of(List.of(out.resolve(A.relativePath()), out.resolve(B.relativePath()))),
        OutputWriter.filesOfLastRun(out, "default"));
  }

  @Test
  @DisplayName("files Clientele did not write are never touched, even next to stale ones")
  void leavesOtherFilesAlone() throws IOException {
    Path out = dir.resolve("out");
    OutputWriter.write(out, "default", List.of(A, X));
    Path handWritten = Files.writeString(out.resolve("com/example/extra/HandWritten.java"), "class H {}\n");
    Path notes = Files.writeString(out.resolve("NOTES.txt"), "mine\n");

    OutputWriter.Outcome outcome = OutputWriter.write(out, "default", List.of(A));

    assertEquals(1, outcome.deleted());
    assertFalse(Files.exists(out.resolve(X.relativePath())));
    assertEquals("class H {}\n", Files.readString(handWritten));
    assertEquals("mine\n", Files.readString(notes));
  }

  @Test
  @DisplayName("a stale file edited since it was generated is someone's work now and is kept")
  void keepsEditedStaleFile() throws IOException {
    Path out = dir.resolve("out");
    OutputWriter.write(out, "default", List.of(A, X));
    Files.writeString(out.resolve(X.relativePath()), "class X { /* edited */ }\n");

    OutputWriter.Outcome outcome = OutputWriter.write(out, "default", List.of(A));

    assertEquals(0, outcome.deleted());
    assertTrue(Files.exists(out.resolve(X.relativePath())));
  }

  @Test
  @DisplayName("two runs sharing a folder keep separate manifests and never delete each other's files")
  void runsSharingAFolder() throws IOException {
    Path out = dir.resolve("out");
    OutputWriter.write(out, "first", List.of(A));
    OutputWriter.write(out, "second", List.of(X));

    OutputWriter.Outcome again = OutputWriter.write(out, "first", List.of(A, B));

    assertEquals(0, again.deleted());
    assertTrue(Files.isRegularFile(out.resolve(X.relativePath())));
    assertTrue(Files.isRegularFile(out.resolve(".clientele-first.manifest")));
    assertTrue(Files.isRegularFile(out.resolve(".clientele-second.manifest")));
  }

  @Test
  @DisplayName("a manifest entry that leads out of the folder is ignored, not deleted")
  void neverDeletesOutsideTheFolder() throws IOException {
    // Given a file next to the output folder, and a manifest edited to list it with its exact hash
    Path out = dir.resolve("out");
    OutputWriter.write(out, "default", List.of(A));
    Path outside = Files.writeString(dir.resolve("Outside.java"), "class Outside {}\n");
    Path manifest = out.resolve(".clientele-default.manifest");
    String hash = Manifest.sha256(Files.readAllBytes(outside));
    Files.writeString(manifest, Files.readString(manifest)
        + hash + "  ../Outside.java\n" + hash + "  " + outside.toAbsolutePath() + "\n");

    // When a run follows
    OutputWriter.Outcome outcome = OutputWriter.write(out, "default", List.of(A));

    // Then the file outside is still there
    assertEquals(0, outcome.deleted());
    assertTrue(Files.isRegularFile(outside));
  }

  @Test
  @DisplayName("a source whose path leaves the folder is refused")
  void refusesToWriteOutside() {
    Path out = dir.resolve("out");
    SourceFile escaping = new SourceFile("../Escaped.java", "class E {}\n");

    assertThrows(IllegalArgumentException.class, () -> OutputWriter.write(out, "default", List.of(escaping)));
    assertFalse(Files.exists(dir.resolve("Escaped.java")));
  }

  @Test
  @DisplayName("a run name is reduced to characters that are safe in a file name")
  void runNameInFileName() throws IOException {
    Path out = dir.resolve("out");

    OutputWriter.write(out, "my exec/../id", List.of(A));

    assertTrue(Files.isRegularFile(out.resolve(".clientele-my_exec_.._id.manifest")));
  }

  @DisplayName("paths that are not portable file names are refused before anything is written")
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "com/example/model/../../../Evil.java",
      "com/example/model/con.java",
      "com/example/model/Aux.java",
      "com/example/model/COM1.java",
      "com/example/model/nul",
      "com/example/model/a b.java",
      "com/example/model/日本.java",
      "com/example/model/.java/../x.java",
      "com//A.java",
      "/etc/Evil.java",
      "com\\example\\Evil.java",
  })
  void refusesUnportablePaths(String path) {
    // Given a harmless file and, after it, one with a hostile path
    Path out = dir.resolve("out");
    List<SourceFile> sources = List.of(A, new SourceFile(path, "class E {}\n"));

    // When they are written, Then the writer refuses and nothing at all is written
    assertThrows(IllegalArgumentException.class, () -> OutputWriter.write(out, "default", sources));
    assertFalse(Files.exists(out));
  }

  @Test
  @DisplayName("a file name over 255 bytes is refused")
  void refusesOverlongNames() {
    Path out = dir.resolve("out");
    SourceFile overlong = new SourceFile("com/example/" + "A".repeat(251) + ".java", "class A {}\n");

    assertThrows(IllegalArgumentException.class, () -> OutputWriter.write(out, "default", List.of(overlong)));
    assertFalse(Files.exists(out));
  }

  @Test
  @DisplayName("two files that differ only in case are refused: on macOS and Windows they are one file")
  void refusesCaseCollisions() {
    Path out = dir.resolve("out");
    SourceFile lower = new SourceFile("com/example/model/a.java", "class a {}\n");

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> OutputWriter.write(out, "default", List.of(A, lower)));
    assertTrue(refused.getMessage().contains("only in case"), refused.getMessage());
    assertFalse(Files.exists(out));
  }
}
