package dev.clientele.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.core.model.ApiModel;
import io.swagger.parser.SwaggerResolver;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.reference.DereferencerContext;
import io.swagger.v3.parser.reference.DereferencersFactory;
import io.swagger.v3.parser.reference.OpenAPIDereferencer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads an OpenAPI 3.0 or 3.1 (or Swagger 2.0) file into the model. Every problem is collected and
 * reported at once; remote references, and references to files outside the spec's folder, are
 * refused unless the caller allows them.
 */
public final class SpecReader {

  /**
   * How to read a spec.
   *
   * @param allowRemoteRefs whether {@code $ref}s to http(s) URLs may be fetched
   * @param allowExternalRefs whether {@code $ref}s may read files outside the spec's folder tree
   * @param pagination whether to find pagination in the spec, and operations configured one by one
   */
  public record Options(boolean allowRemoteRefs, boolean allowExternalRefs, PaginationOptions pagination) {

    /** Pagination found in the spec. */
    public Options(boolean allowRemoteRefs, boolean allowExternalRefs) {
      this(allowRemoteRefs, allowExternalRefs, PaginationOptions.defaults());
    }

    /** Remote references as given; files outside the spec's folder refused. */
    public Options(boolean allowRemoteRefs) {
      this(allowRemoteRefs, false);
    }

    public static Options defaults() {
      return new Options(false, false);
    }
  }

  private SpecReader() {}

  /** Reads {@code spec}; throws with every problem when it cannot be turned into a model. */
  public static ParsedSpec read(Path spec, Options options) throws SpecProblemsException {
    Problems problems = new Problems(spec.toString());
    JsonNode tree = SpecFile.read(spec, problems);
    problems.throwIfErrors();

    String version = version(tree, problems);
    DeclaredTypes.normalize(tree, version, problems);
    checkReferences(spec, tree, options, problems);
    problems.throwIfErrors();

    String location = spec.toAbsolutePath().normalize().toString();
    SwaggerParseResult result =
        version.equals("2.0") ? convertSwagger2(tree, location) : parseOpenApi3(tree, location);
    if (result.getOpenAPI() == null) {
      List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
      problems.error(
          "unparseable",
          "",
          "swagger-parser could not read the document" + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)),
          "check that the document is a valid OpenAPI " + version + " document");
      problems.throwIfErrors();
    }
    if (result.getMessages() != null) {
      for (String message : result.getMessages()) {
        problems.warning("spec", "", message, "");
      }
    }
    List<UnpagedList> unpaged = new ArrayList<>();
    ApiModel model = ModelBuilder.build(result.getOpenAPI(), tree, problems, options.pagination(), unpaged);
    problems.throwIfErrors();
    return new ParsedSpec(model, problems.all(), unpaged);
  }

  /**
   * The spec and every local file it {@code $ref}s, transitively, each absolute: the files what is
   * generated from {@code spec} depends on. Reads them as YAML or JSON trees only; nothing is fetched,
   * and files outside the spec's folder are neither read nor listed unless {@code allowExternalRefs}.
   */
  public static List<Path> inputFiles(Path spec, boolean allowExternalRefs) {
    return SpecFile.withReferencedFiles(spec, allowExternalRefs);
  }

  private static String version(JsonNode tree, Problems problems) {
    String openapi = tree.path("openapi").asText("");
    if (openapi.startsWith("3.0") || openapi.startsWith("3.1")) {
      return openapi.substring(0, 3);
    }
    if (tree.path("swagger").asText("").equals("2.0")) {
      return "2.0";
    }
    String found = !openapi.isEmpty() ? "openapi: " + openapi : tree.has("swagger") ? "swagger: " + tree.get("swagger").asText() : "";
    problems.error(
        "unsupported-version",
        found.isEmpty() ? "#" : tree.has("openapi") ? "#/openapi" : "#/swagger",
        found.isEmpty() ? "the document has no 'openapi' or 'swagger' field" : "unsupported version (" + found + ")",
        "Clientele reads OpenAPI 3.0 and 3.1, and Swagger 2.0");
    return "";
  }

  /**
   * Every local reference must point somewhere; remote ones are refused unless allowed, and so are
   * files outside the spec's folder. Files referred to are read here first, with the same limits as
   * the spec, and their references checked in turn: swagger-parser reads them again only once they
   * all passed.
   */
  private static void checkReferences(Path spec, JsonNode tree, Options options, Problems problems) {
    FileReferences files = FileReferences.of(spec, options.allowExternalRefs());
    List<String> danglingSchemas = new ArrayList<>();
    Path start = spec.toAbsolutePath().normalize();
    files.follow(
        spec,
        tree,
        file -> SpecFile.readAny(file, problems.in(file.toString())),
        (file, pointer, ref, target, mayRead, viaId) -> {
          Problems in = file.equals(start) ? problems : problems.in(file.toString());
          String lower = ref.toLowerCase(Locale.ROOT);
          String viaScheme = viaId == null || viaId.getScheme() == null ? "" : viaId.getScheme().toLowerCase(Locale.ROOT);
          if ((viaScheme.equals("http") || viaScheme.equals("https")) && !options.allowRemoteRefs()) {
            in.error(
                "remote-ref", pointer, "$ref '" + ref + "' would be fetched from the network: resolved against the"
                    + " enclosing $id it is " + viaId,
                "save that document next to the spec and refer to it by relative path, or allow remote references");
          } else if (viaId != null && !files.mayRead(viaId)) {
            in.error(
                "external-ref", pointer,
                "$ref '" + ref + "' reads " + viaId + " (resolved against the enclosing $id), outside the spec's folder "
                    + files.folder(),
                "remove the $id or refer to a file inside the spec's folder, or allow references outside it"
                    + " (allowExternalRefs in the Maven plugin, --allow-external-refs on the command line)");
          } else if (ref.startsWith("#")) {
            // Pointers into a file referred to are swagger-parser's to check, relative to that file.
            if (file.equals(start) && tree.at(JsonPointers.decodeFragment(ref.substring(1))).isMissingNode()) {
              if (DanglingRefs.isSchemaRef(ref)) {
                danglingSchemas.add(pointer);
              } else {
                in.error(
                    "unresolved-ref", pointer, "$ref '" + ref + "' points to nothing in this document",
                    "define it or correct the reference");
              }
            }
          } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
            if (!options.allowRemoteRefs()) {
              in.error(
                  "remote-ref", pointer, "$ref '" + ref + "' would be fetched from the network",
                  "save that document next to the spec and refer to it by relative path, or allow remote references");
            }
          } else if (!mayRead) {
            in.error(
                "external-ref", pointer,
                "$ref '" + ref + "' reads " + (target == null ? "a file" : target) + ", outside the spec's folder "
                    + files.folder(),
                "copy that file into the spec's folder, or allow references outside it"
                    + " (allowExternalRefs in the Maven plugin, --allow-external-refs on the command line)");
          } else if (FileReferences.isFileUrl(ref)) {
            in.error(
                "unresolved-ref", pointer, "$ref '" + ref + "' is a file: URL, which Clientele does not follow",
                "refer to the file by a path relative to the spec");
          } else if (target == null || !Files.isRegularFile(target)) {
            in.error(
                "unresolved-ref", pointer,
                "$ref '" + ref + "' names a file that does not exist: " + (target == null ? ref : target),
                "check the relative path");
          }
        });
    DanglingRefs.replace(tree, danglingSchemas, problems);
  }

  private static SwaggerParseResult parseOpenApi3(JsonNode tree, String location) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(false);
    options.setFlatten(false);
    SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(location, tree, options);
    if (result.getOpenAPI() == null) {
      return result;
    }
    try {
      // parseJsonNode builds the model but does not resolve external references; this is what
      // OpenAPIV3Parser.readContents does after parsing.
      if (result.isOpenapi31()) {
        DereferencerContext context =
            new DereferencerContext(result, new ArrayList<>(), location, options, null, null, true);
        List<OpenAPIDereferencer> dereferencers = DereferencersFactory.getInstance().getDereferencers();
        Iterator<OpenAPIDereferencer> chain = dereferencers.iterator();
        if (chain.hasNext()) {
          chain.next().dereference(context, dereferencers.iterator());
        }
      } else {
        new OpenAPIResolver(result.getOpenAPI(), new ArrayList<>(), location, null, options).resolve(result);
      }
    } catch (RuntimeException e) {
      List<String> messages = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
      messages.add("could not resolve references: " + e.getMessage());
      result.setMessages(messages);
    }
    return result;
  }

  private static SwaggerParseResult convertSwagger2(JsonNode tree, String location) {
    SwaggerDeserializationResult swagger = new SwaggerDeserializer().deserialize(tree);
    if (swagger.getSwagger() != null) {
      swagger.setSwagger(new SwaggerResolver(swagger.getSwagger(), new ArrayList<>(), location).resolve());
    }
    SwaggerParseResult converted = new SwaggerConverter().convert(swagger);
    if (converted.getOpenAPI() != null) {
      Swagger2ObjectMaps.restore(tree, converted.getOpenAPI());
    }
    return converted;
  }
}
