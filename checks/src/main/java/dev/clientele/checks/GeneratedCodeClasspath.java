package dev.clientele.checks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The jars generated code compiles against: Jackson (2 with jsr310, or 3), JSpecify and Clientele's
 * runtime.
 */
public final class GeneratedCodeClasspath {

  private GeneratedCodeClasspath() {}

  /**
   * The jars, found from the classes this JVM loaded them from (a test runner's classpath may be a
   * single manifest jar).
   *
   * @throws IllegalStateException when one is not on this JVM's classpath
   */
  public static List<File> find() {
    return find(2);
  }

  /**
   * The jars for code generated for a Jackson major: for 3, Jackson 3's databind and core and the
   * annotations both majors share, and no Jackson 2 databind, so that a Jackson 2 type in Jackson 3
   * code fails to compile.
   *
   * @throws IllegalStateException when one is not on this JVM's classpath
   */
  public static List<File> find(int jackson) {
    Set<File> jars = new LinkedHashSet<>();
    List<String> needed = jackson == 3
        ? List.of(JsonProperty.class.getName(), "tools.jackson.core.JsonParser", "tools.jackson.databind.ObjectMapper",
            "org.jspecify.annotations.NullMarked", "dev.clientele.runtime.ApiClient")
        : List.of(JsonProperty.class.getName(), JsonParser.class.getName(), ObjectMapper.class.getName(),
            JavaTimeModule.class.getName(), "org.jspecify.annotations.NullMarked", "dev.clientele.runtime.ApiClient");
    for (String className : needed) {
      try {
        CodeSource source = Class.forName(className, false, GeneratedCodeClasspath.class.getClassLoader())
            .getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
          throw new IllegalStateException("cannot tell which jar holds " + className);
        }
        jars.add(new File(source.getLocation().toURI()));
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("generated code needs " + className + ", which is not on this classpath"
            + " (run with the checks module's classpath, as mvn verify -Pcorpus does)", e);
      }
    }
    return List.copyOf(jars);
  }
}
