package dev.clientele.core.hostile;

import dev.clientele.core.Clientele;
import dev.clientele.core.GenerationException;
import dev.clientele.core.GeneratorConfig;
import dev.clientele.core.emit.SourceFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a large but ordinary spec — many schemas of many documented properties, one operation
 * each — and, as a program, generates it and prints what it took. The test runs the program in a
 * JVM of its own, so that the heap bound is the one it states and the peak is this run's alone.
 */
final class LargeSpecs {

  private LargeSpecs() {}

  /** Writes a spec of at least {@code bytes} bytes to {@code file}; returns how many schemas it has. */
  static int write(Path file, long bytes) throws IOException {
    String description = "A property documented at length, as real specs do: what it means, when it is set, "
        + "which values it takes and how it relates to the others around it. ";
    int schemas = 0;
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder paths = new StringBuilder();
      StringBuilder components = new StringBuilder();
      while (written < bytes) {
        StringBuilder schema = new StringBuilder();
        schema.append(schemas == 0 ? "" : ",").append("\n\"Thing").append(schemas).append("\":{\"type\":\"object\",")
            .append("\"description\":\"").append(description).append("\",\"required\":[\"id\"],\"properties\":{");
        for (int p = 0; p < 20; p++) {
          schema.append(p == 0 ? "" : ",").append("\"field_").append(p).append("\":");
          switch (p % 5) {
            case 0 -> schema.append("{\"type\":\"string\",\"description\":\"").append(description).append("\"}");
            case 1 -> schema.append("{\"type\":\"integer\",\"format\":\"int64\",\"description\":\"").append(description).append("\"}");
            case 2 -> schema.append("{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"date-time\"},\"description\":\"")
                .append(description).append("\"}");
            case 3 -> schema.append("{\"type\":\"string\",\"enum\":[\"open\",\"closed\",\"pending-review\"],\"description\":\"")
                .append(description).append("\"}");
            default -> schema.append(schemas == 0 ? "{\"type\":\"boolean\"}" : "{\"$ref\":\"#/components/schemas/Thing" + (schemas - 1) + "\"}");
          }
        }
        schema.append(",\"id\":{\"type\":\"string\"}}}");
        String path = (schemas == 0 ? "" : ",") + "\n\"/things" + schemas + "/{id}\":{\"get\":{\"operationId\":\"getThing"
            + schemas + "\",\"tags\":[\"things" + (schemas / 100) + "\"],\"description\":\"" + description + "\","
            + "\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}],"
            + "\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":"
            + "{\"$ref\":\"#/components/schemas/Thing" + schemas + "\"}}}}}}}";
        components.append(schema);
        paths.append(path);
        written += schema.length() + path.length();
        schemas++;
      }
      out.write("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Large\",\"version\":\"1\"},\"paths\":{");
      out.write(paths.toString());
      out.write("},\"components\":{\"schemas\":{");
      out.write(components.toString());
      out.write("}}}\n");
    }
    return schemas;
  }

  /**
   * Generates the spec named by the first argument in memory and prints one line:
   * {@code files=N millis=N peakHeapMiB=N} or {@code problems=…}.
   */
  public static void main(String[] args) throws Exception {
    Path spec = Path.of(args[0]);
    long start = System.nanoTime();
    List<SourceFile> sources = new ArrayList<>();
    try {
      Clientele.render(GeneratorConfig.of(spec, spec.resolveSibling("out"), "com.example.large"), sources);
    } catch (GenerationException e) {
      System.out.println("problems=" + e.problems().size() + " " + e.getMessage().lines().findFirst().orElse(""));
      return;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("files=" + sources.size() + " millis=" + millis + " peakHeapMiB=" + (peak >> 20));
  }
}
