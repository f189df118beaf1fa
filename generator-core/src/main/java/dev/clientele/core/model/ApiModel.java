package dev.clientele.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API as the generator sees it: its named schemas (components and named inline schemas), its
 * operations and how it authenticates.
 *
 * @param title the document's {@code info.title}
 * @param description the document's {@code info.description}, empty when absent
 * @param servers the base URLs from {@code servers}, in document order
 * @param schemas every schema that becomes a Java type, in document order; names are unique
 * @param operations every operation, in document order (paths, then methods)
 * @param securitySchemes the declared security schemes
 * @param nesting for inline schemas declared inside another schema: schema name → where it sits;
 *     schemas not listed are top-level
 * @param sharedPointers where an inline schema sits that is word for word one of {@link #schemas}
 *     declared elsewhere, and so has no definition of its own → the name of that definition
 */
public record ApiModel(
    String title,
    String description,
    List<String> servers,
    List<SchemaDefinition> schemas,
    List<Operation> operations,
    List<SecurityScheme> securitySchemes,
    Map<String, Nesting> nesting,
    Map<String, String> sharedPointers) {

  public ApiModel {
    servers = List.copyOf(servers);
    schemas = List.copyOf(schemas);
    operations = List.copyOf(operations);
    securitySchemes = List.copyOf(securitySchemes);
    nesting = Collections.unmodifiableMap(new LinkedHashMap<>(nesting));
    sharedPointers = Collections.unmodifiableMap(new LinkedHashMap<>(sharedPointers));
  }

  /** A model in which every schema has a definition of its own. */
  public ApiModel(
      String title,
      String description,
      List<String> servers,
      List<SchemaDefinition> schemas,
      List<Operation> operations,
      List<SecurityScheme> securitySchemes,
      Map<String, Nesting> nesting) {
    this(title, description, servers, schemas, operations, securitySchemes, nesting, Map.of());
  }

  /** A model whose schemas are all top-level. */
  public ApiModel(
      String title,
      String description,
      List<String> servers,
      List<SchemaDefinition> schemas,
      List<Operation> operations,
      List<SecurityScheme> securitySchemes) {
    this(title, description, servers, schemas, operations, securitySchemes, Map.of());
  }

  /** The schema with this name, if the model has one. */
  public Optional<SchemaDefinition> schema(String name) {
    return schemas.stream().filter(schema -> schema.name().equals(name)).findFirst();
  }
}
