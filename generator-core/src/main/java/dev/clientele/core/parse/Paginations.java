package dev.clientele.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Pagination;
import dev.clientele.core.model.SchemaDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides each operation's pagination, first rule that speaks wins: the generation options, then
 * the operation's {@code x-speakeasy-pagination} or {@code x-fern-pagination}, then detection from
 * its shape; with the options' {@code off}, only the operations they configure page. An option that does not fit the spec is an error; an
 * extension that does not, a warning (the operation keeps its plain method).
 */
final class Paginations {

  /**
   * What the spec says about an operation beyond the model.
   *
   * @param speakeasy its {@code x-speakeasy-pagination}, if any
   * @param fern its {@code x-fern-pagination}, if any
   * @param linkHeader whether a success response declares a {@code Link} header
   */
  record Hints(Optional<JsonNode> speakeasy, Optional<JsonNode> fern, boolean linkHeader) {}

  private final PaginationDetector detector;
  private final PaginationOptions options;
  private final JsonNode fernDocument;
  private final Problems problems;
  private final List<UnpagedList> unpaged = new ArrayList<>();

  private Paginations(List<SchemaDefinition> schemas, PaginationOptions options, JsonNode fernDocument, Problems problems) {
    this.detector = new PaginationDetector(schemas);
    this.options = options;
    this.fernDocument = fernDocument;
    this.problems = problems;
  }

  /** The operations, with their pagination; {@code unpaged} receives list-like operations left without one. */
  static List<Operation> attach(List<Operation> operations, List<SchemaDefinition> schemas, Map<String, Hints> hints,
      JsonNode fernDocument, PaginationOptions options, Problems problems, List<UnpagedList> unpaged) {
    Paginations paginations = new Paginations(schemas, options, fernDocument, problems);
    List<Operation> result = new ArrayList<>();
    Set<PaginationOptions.Configured> used = new HashSet<>();
    for (Operation operation : operations) {
      Optional<PaginationOptions.Configured> configured = options.operations().stream()
          .filter(entry -> names(entry, operation)).reduce((first, second) -> second);
      configured.ifPresent(used::add);
      Hints hint = hints.getOrDefault(operation.pointer(), new Hints(Optional.empty(), Optional.empty(), false));
      result.add(operation.withPagination(configured.isPresent()
          ? paginations.configured(operation, configured.get())
          : paginations.declaredOrDetected(operation, hint)));
    }
    for (PaginationOptions.Configured entry : options.operations()) {
      if (!used.contains(entry)) {
        problems.error("invalid-pagination-option", "", "the pagination option '" + entry.text() + "' names the operation '"
            + entry.operation() + "', which the spec does not have",
            "name an operation by its operationId or as METHOD /path, e.g. 'GET /lead/'");
      }
    }
    unpaged.addAll(paginations.unpaged);
    return result;
  }

  private static boolean names(PaginationOptions.Configured entry, Operation operation) {
    String name = entry.operation();
    int space = name.indexOf(' ');
    if (space > 0) {
      return name.substring(0, space).toUpperCase(Locale.ROOT).equals(operation.method())
          && name.substring(space + 1).strip().equals(operation.path());
    }
    return operation.operationId().map(name::equals).orElse(false);
  }

  private Optional<Pagination> configured(Operation operation, PaginationOptions.Configured entry) {
    if (entry.style().isEmpty()) {
      return Optional.empty();
    }
    Pagination.Style style = entry.style().get();
    List<String> items;
    if (entry.items().isPresent()) {
      items = entry.items().get();
    } else {
      List<String> why = new ArrayList<>();
      Optional<List<String>> found = PaginationDetector.successBody(operation).flatMap(body -> detector.items(body, why));
      if (found.isEmpty()) {
        optionError(operation, entry, (why.isEmpty() ? "the operation has no single JSON success body" : why.get(0))
            + "; name the items with items=PATH");
        return Optional.empty();
      }
      items = found.get();
    }
    Pagination pagination = new Pagination(style, entry.parameter(), entry.sizeParameter(), items,
        entry.hasMore().orElse(List.of()), entry.nextCursor().orElse(List.of()),
        style == Pagination.Style.CURSOR_FROM_LAST_ITEM ? entry.itemId().orElse("id") : "",
        style == Pagination.Style.PAGE_NUMBER ? entry.firstPage().orElse(1) : 0, Pagination.Source.CONFIGURED);
    Optional<String> misfit = detector.check(operation, pagination);
    if (misfit.isPresent()) {
      optionError(operation, entry, misfit.get());
      return Optional.empty();
    }
    return Optional.of(pagination);
  }

  private void optionError(Operation operation, PaginationOptions.Configured entry, String problem) {
    problems.error("invalid-pagination-option", operation.pointer(), "the pagination option '" + entry.text()
        + "' does not fit " + operation.method() + " " + operation.path() + ": " + problem,
        "correct the option; it is written " + PaginationOptions.SYNTAX);
  }

  private Optional<Pagination> declaredOrDetected(Operation operation, Hints hints) {
    if (!options.detect()) {
      return Optional.empty();
    }
    Optional<JsonNode> extension = hints.speakeasy().isPresent() ? hints.speakeasy() : hints.fern();
    if (extension.isPresent()) {
      String name = hints.speakeasy().isPresent() ? PaginationExtensions.SPEAKEASY : PaginationExtensions.FERN;
      List<String> items = PaginationDetector.successBody(operation)
          .flatMap(body -> detector.items(body, new ArrayList<>())).orElse(List.of());
      PaginationExtensions.Declared declared = hints.speakeasy().isPresent()
          ? PaginationExtensions.speakeasy(extension.get(), items)
          : PaginationExtensions.fern(extension.get(), fernDocument, items);
      Optional<String> problem = declared.pagination().isEmpty() ? Optional.of(declared.problem())
          : detector.check(operation, declared.pagination().get());
      if (problem.isPresent()) {
        problems.warning("unfollowed-pagination", operation.pointer() + "/" + name,
            name + " of " + operation.method() + " " + operation.path() + " cannot be followed: " + problem.get()
                + "; the operation returns its response without a pager",
            "correct the extension, or configure the operation with the pagination option");
        unpaged.add(new UnpagedList(operation.method(), operation.path(), name + ": " + problem.get()));
        return Optional.empty();
      }
      return declared.pagination();
    }
    PaginationDetector.Outcome outcome = detector.detect(operation, hints.linkHeader());
    if (outcome.pagination().isEmpty() && outcome.listLike()) {
      unpaged.add(new UnpagedList(operation.method(), operation.path(), outcome.reason()));
    }
    return outcome.pagination();
  }
}
