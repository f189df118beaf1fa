package dev.clientele.core.support;

import static com.google.testing.compile.Compiler.javac;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.clientele.core.Clientele;
import dev.clientele.core.GenerationException;
import dev.clientele.core.GeneratorConfig;
import dev.clientele.core.emit.SourceFile;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.jspecify.annotations.Nullable;

/** Generates sources in memory and compiles them as a user's build would: {@code -Xlint:all -Werror}. */
public final class Generated {

  /** The compiler options every generated file set must pass. */
  public static final List<String> JAVAC_OPTIONS = List.of("--release", "17", "-Xlint:all", "-Werror");

  private Generated() {}

  /** The sources Clientele generates for a spec file. */
  public static List<SourceFile> sources(Path spec, String basePackage) {
    return sources(spec, basePackage, GeneratorConfig.DEFAULT_JACKSON);
  }

  /** The sources Clientele generates for a spec file, for Jackson 2 or 3. */
  public static List<SourceFile> sources(Path spec, String basePackage, int jackson) {
    List<SourceFile> sources = new ArrayList<>();
    try {
      Clientele.render(GeneratorConfig.of(spec, Path.of("unused"), basePackage).withJackson(jackson), sources);
    } catch (GenerationException e) {
      throw new AssertionError("generation failed:\n" + e.getMessage(), e);
    }
    return sources;
  }

  /** The sources Clientele generates for a spec given as text. */
  public static List<SourceFile> sources(String specText, String basePackage) {
    try {
      Path spec = Files.createTempFile("clientele-spec", ".yaml");
      Files.writeString(spec, specText);
      try {
        return sources(spec, basePackage);
      } finally {
        Files.delete(spec);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Compiles sources against what generated code needs at compile time: Jackson and JSpecify. */
  public static Compilation compile(List<SourceFile> sources) {
    return compile(sources, GeneratorConfig.DEFAULT_JACKSON);
  }

  /**
   * Compiles sources generated for a Jackson major against that major alone: for 3, no Jackson 2
   * databind or core is on the class path, only the annotations both share.
   */
  public static Compilation compile(List<SourceFile> sources, int jackson) {
    List<JavaFileObject> files = new ArrayList<>();
    for (SourceFile source : sources) {
      String name = source.relativePath().replace(".java", "").replace('/', '.');
      files.add(JavaFileObjects.forSourceString(name, source.content()));
    }
    return javac().withOptions(JAVAC_OPTIONS).withClasspath(jackson == 3 ? jackson3Classpath() : classpath()).compile(files);
  }

  /** The jars code generated for Jackson 3 compiles against. */
  public static List<File> jackson3Classpath() {
    return List.of(
        jarOf(JsonProperty.class),
        jarOf(tools.jackson.databind.JsonNode.class),
        jarOf(tools.jackson.core.JsonParser.class),
        jarOf(Nullable.class),
        jarOf(dev.clientele.runtime.ApiClient.class));
  }

  /** The jars generated code compiles against, found from classes they hold. */
  public static List<File> classpath() {
    return List.of(
        jarOf(JsonProperty.class),
        jarOf(ObjectMapper.class),
        jarOf(com.fasterxml.jackson.core.JsonParser.class),
        jarOf(JavaTimeModule.class),
        jarOf(Nullable.class),
        jarOf(dev.clientele.runtime.ApiClient.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
