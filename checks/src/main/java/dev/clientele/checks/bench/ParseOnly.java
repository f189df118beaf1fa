package dev.clientele.checks.bench;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The floor any Java generator on swagger-parser pays: read and resolve the spec, nothing else.
 * Run as its own process by {@link GenerationBenchmark}.
 */
public final class ParseOnly {

  private ParseOnly() {}

  public static void main(String[] args) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readLocation(args[0], null, options);
    int schemas = result.getOpenAPI() == null || result.getOpenAPI().getComponents() == null
        || result.getOpenAPI().getComponents().getSchemas() == null
        ? 0 : result.getOpenAPI().getComponents().getSchemas().size();
    System.out.println("parsed " + args[0] + ": " + schemas + " schemas");
  }
}
