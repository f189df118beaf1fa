package dev.clientele.core.parse;

import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Pagination;
import dev.clientele.core.model.Parameter;
import dev.clientele.core.model.Property;
import dev.clientele.core.model.Response;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.TypeRef;
import dev.clientele.core.model.TypeRef.ScalarKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds how a list operation's pages follow one another from the names and types of its query
 * parameters and response, and checks a pagination someone declared (an extension, an option)
 * against them. It guesses only where the names leave no doubt: an operation it is unsure of gets
 * no pager, and {@link Outcome#reason()} says why.
 */
final class PaginationDetector {

  /** Offset parameters; they must be integers (Asana's string {@code offset} is a cursor). */
  static final List<String> OFFSETS = List.of("offset", "skip", "_skip", "start", "_start");
  /** Page-size parameters, which tell a short (last) page. */
  static final List<String> SIZES =
      List.of("limit", "_limit", "per_page", "perPage", "page_size", "pageSize", "pagesize", "PageSize");
  /** Page-number parameters. */
  static final List<String> PAGES = List.of("page", "_page", "page_number", "pageNumber");
  /** Cursor parameters. */
  static final List<String> CURSORS = List.of(
      "starting_after", "after", "cursor", "page_token", "pageToken", "next_token", "nextToken", "pagination_token",
      "continue");
  /** Cursor parameters whose value may be the last item's id (Stripe, OpenAI). */
  static final List<String> ITEM_CURSORS = List.of("starting_after", "after");
  /** Response properties that hold the next page's cursor. */
  static final List<String> NEXT_CURSORS = List.of(
      "next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken");
  /** Response properties that hold the last item's id, the next cursor of an {@link #ITEM_CURSORS} parameter. */
  static final List<String> LAST_IDS = List.of("last_id", "lastId");
  /** Objects in a response that describe the next page (Asana's {@code next_page.offset}). */
  static final List<String> NEXT_PAGE_OBJECTS = List.of("next_page", "nextPage", "next");
  /**
   * Objects in a response that describe the listing, where the next cursor may be, under a next
   * cursor's name or the parameter's own (Kubernetes' {@code metadata.continue}, Slack's {@code
   * response_metadata.next_cursor}).
   */
  static final List<String> LISTING_OBJECTS =
      List.of("metadata", "meta", "response_metadata", "pagination", "page_info", "pageInfo", "paging");
  /** Response flags that say whether there are more pages. */
  static final List<String> HAS_MORE = List.of("has_more", "hasMore", "has_next_page", "hasNextPage", "has_next", "hasNext");
  /** Names of the items' array where a response has more than one array. */
  static final List<String> ITEM_ARRAYS = List.of(
      "data", "items", "results", "result", "records", "entries", "elements", "values", "objects", "resources", "rows",
      "list");
  /** Response properties whose next page is a URL in the body, which the runtime does not follow. */
  static final List<String> NEXT_URLS = List.of(
      "next_page_uri", "next_page_url", "nextPageUrl", "next_url", "nextUrl", "nextLink", "@odata.nextLink", "next");

  /**
   * What detection found.
   *
   * @param pagination the pagination, if the operation's pages can be followed
   * @param listLike whether the operation looks like a list (a GET answering an array, or taking a
   *     paging-like parameter, or answering a has-more flag)
   * @param reason for a list-like operation without pagination, why; else empty
   */
  record Outcome(Optional<Pagination> pagination, boolean listLike, String reason) {
    static Outcome paged(Pagination pagination) {
      return new Outcome(Optional.of(pagination), true, "");
    }

    static Outcome none(boolean listLike, String reason) {
      return new Outcome(Optional.empty(), listLike, listLike ? reason : "");
    }
  }

  private final Map<String, SchemaDefinition> schemas = new LinkedHashMap<>();

  PaginationDetector(List<SchemaDefinition> definitions) {
    definitions.forEach(definition -> schemas.put(definition.name(), definition));
  }

  /** Finds the operation's pagination from its shape; {@code linkHeader}: its success response declares {@code Link}. */
  Outcome detect(Operation operation, boolean linkHeader) {
    Optional<TypeRef> body = successBody(operation);
    boolean pagingParameter = operation.parameters().stream()
        .anyMatch(p -> p.location() == Parameter.Location.QUERY && looksLikePaging(p.name()));
    boolean get = operation.method().equals("GET");
    boolean arrayBody = body.map(PaginationDetector::isArray).orElse(false);
    List<List<String>> hasMore = body.map(type -> find(type, HAS_MORE, PaginationDetector::isBoolean)).orElse(List.of());
    boolean listLike = get && (arrayBody || pagingParameter || !hasMore.isEmpty() || linkHeader);
    if (!get) {
      return Outcome.none(false, "");
    }
    if (body.isEmpty()) {
      return Outcome.none(listLike, "no single JSON success body");
    }
    List<String> problems = new ArrayList<>();
    Optional<List<String>> items = items(body.get(), problems);
    if (items.isEmpty()) {
      return Outcome.none(listLike, problems.isEmpty() ? "no items array in the response" : problems.get(0));
    }
    List<String> more = hasMore.size() == 1 ? hasMore.get(0) : List.of();
    if (linkHeader) {
      return Outcome.paged(new Pagination(Pagination.Style.LINK_HEADER, "", Optional.empty(), items.get(), List.of(),
          List.of(), "", 0, Pagination.Source.DETECTED));
    }
    List<Parameter> query = operation.parameters().stream().filter(p -> p.location() == Parameter.Location.QUERY).toList();
    // A string page is a token the server hands out (Stripe's and OpenAI's search and cost lists), not a number.
    List<Parameter> cursors = new ArrayList<>(named(query, CURSORS));
    named(query, PAGES).stream().filter(p -> !isInteger(p.type())).forEach(cursors::add);
    List<Parameter> offsets = named(query, OFFSETS);
    List<Parameter> pages = named(query, PAGES);
    Optional<Parameter> size = named(query, SIZES).stream().filter(p -> isInteger(p.type())).findFirst();
    if (cursors.size() > 1) {
      return Outcome.none(listLike, "more than one cursor parameter: " + names(cursors));
    }
    // A string offset is a cursor the server hands out (Asana), never a count to add to.
    List<Parameter> tokenOffsets = offsets.stream().filter(p -> !isInteger(p.type())).toList();
    if (cursors.size() == 1 || (!tokenOffsets.isEmpty() && offsets.size() == 1)) {
      Parameter cursor = cursors.size() == 1 ? cursors.get(0) : tokenOffsets.get(0);
      List<List<String>> next = nextCursors(body.get(), cursor.name());
      if (next.size() == 1) {
        return Outcome.paged(new Pagination(Pagination.Style.CURSOR_FROM_RESPONSE, cursor.name(), Optional.empty(),
            items.get(), more, next.get(0), "", 0, Pagination.Source.DETECTED));
      }
      if (next.size() > 1) {
        return Outcome.none(listLike, "more than one next cursor in the response: " + paths(next));
      }
      if (ITEM_CURSORS.contains(cursor.name()) && itemIdType(body.get(), items.get(), "id").isPresent()) {
        return Outcome.paged(new Pagination(Pagination.Style.CURSOR_FROM_LAST_ITEM, cursor.name(), Optional.empty(),
            items.get(), more, List.of(), "id", 0, Pagination.Source.DETECTED));
      }
      // Items without an id of their own (OpenAI's conversation items, a union): the response's last_id is the same cursor.
      List<List<String>> lastIds = ITEM_CURSORS.contains(cursor.name())
          ? find(body.get(), LAST_IDS, PaginationDetector::isCursor) : List.of();
      if (lastIds.size() == 1) {
        return Outcome.paged(new Pagination(Pagination.Style.CURSOR_FROM_RESPONSE, cursor.name(), Optional.empty(),
            items.get(), more, lastIds.get(0), "", 0, Pagination.Source.DETECTED));
      }
      return Outcome.none(listLike, "cursor parameter " + cursor.name() + " but no next cursor in the response"
          + (ITEM_CURSORS.contains(cursor.name()) ? " and no string or integer id on the items" : ""));
    }
    if (offsets.size() == 1 && size.isPresent()) {
      return Outcome.paged(new Pagination(Pagination.Style.OFFSET, offsets.get(0).name(), size.map(Parameter::name),
          items.get(), more, List.of(), "", 0, Pagination.Source.DETECTED));
    }
    List<Parameter> integerPages = pages.stream().filter(p -> isInteger(p.type())).toList();
    if (integerPages.size() == 1 && size.isPresent()) {
      return Outcome.paged(new Pagination(Pagination.Style.PAGE_NUMBER, integerPages.get(0).name(),
          size.map(Parameter::name), items.get(), more, List.of(), "", 1, Pagination.Source.DETECTED));
    }
    if (offsets.size() > 1) {
      return Outcome.none(listLike, "more than one offset parameter: " + names(offsets));
    }
    if ((offsets.size() == 1 || !integerPages.isEmpty()) && size.isEmpty()) {
      return Outcome.none(listLike, "an offset or page parameter without a limit or page-size parameter");
    }
    List<List<String>> nextUrls = find(body.get(), NEXT_URLS, type -> type.equals(TypeRef.scalar(ScalarKind.STRING))
        || type.equals(TypeRef.scalar(ScalarKind.URI)));
    if (!nextUrls.isEmpty()) {
      return Outcome.none(listLike, "the next page is a URL in the body (" + paths(nextUrls) + "), which is not followed");
    }
    return Outcome.none(listLike, pagingParameter ? "paging parameters it does not recognize: " + names(query.stream()
        .filter(p -> looksLikePaging(p.name())).toList()) : "no paging parameter and no Link header");
  }

  /**
   * Checks that {@code pagination} fits the operation; returns what does not fit, or empty. The
   * paths and parameters must exist with the types the runtime needs.
   */
  Optional<String> check(Operation operation, Pagination pagination) {
    Optional<TypeRef> body = successBody(operation);
    if (body.isEmpty()) {
      return Optional.of("the operation has no single JSON success body to take items from");
    }
    List<String> queryNames = operation.parameters().stream()
        .filter(p -> p.location() == Parameter.Location.QUERY).map(Parameter::name).toList();
    if (pagination.style() != Pagination.Style.LINK_HEADER && !queryNames.contains(pagination.parameter())) {
      return Optional.of("'" + pagination.parameter() + "' is not a query parameter of the operation; its query parameters: "
          + (queryNames.isEmpty() ? "none" : String.join(", ", queryNames)));
    }
    if (pagination.sizeParameter().isPresent() && !queryNames.contains(pagination.sizeParameter().get())) {
      return Optional.of("'" + pagination.sizeParameter().get() + "' is not a query parameter of the operation; its query "
          + "parameters: " + String.join(", ", queryNames));
    }
    if (pagination.style() == Pagination.Style.OFFSET || pagination.style() == Pagination.Style.PAGE_NUMBER) {
      Parameter counter = operation.parameters().stream()
          .filter(p -> p.location() == Parameter.Location.QUERY && p.name().equals(pagination.parameter())).findFirst().orElseThrow();
      if (!isInteger(counter.type())) {
        return Optional.of("'" + pagination.parameter() + "' is not an integer parameter, so it cannot be counted on");
      }
    }
    Optional<TypeRef> items = typeAt(body.get(), pagination.items());
    if (items.isEmpty() || !isArray(items.get())) {
      return Optional.of(pagination.items().isEmpty() ? "the response is not an array; name its items' property"
          : "'" + String.join(".", pagination.items()) + "' is not an array in the response");
    }
    if (!pagination.hasMore().isEmpty() && !typeAt(body.get(), pagination.hasMore()).map(PaginationDetector::isBoolean).orElse(false)) {
      return Optional.of("'" + String.join(".", pagination.hasMore()) + "' is not a boolean in the response");
    }
    if (pagination.style() == Pagination.Style.CURSOR_FROM_RESPONSE
        && !typeAt(body.get(), pagination.nextCursor()).map(PaginationDetector::isCursor).orElse(false)) {
      return Optional.of("'" + String.join(".", pagination.nextCursor()) + "' is not a string or integer in the response");
    }
    if (pagination.style() == Pagination.Style.CURSOR_FROM_LAST_ITEM
        && itemIdType(body.get(), pagination.items(), pagination.itemId()).isEmpty()) {
      return Optional.of("the items have no string or integer property '" + pagination.itemId() + "'");
    }
    return Optional.empty();
  }

  /** The items' array path when detection is to find it, or empty with the reason in {@code problems}. */
  Optional<List<String>> items(TypeRef body, List<String> problems) {
    if (isArray(body)) {
      return Optional.of(List.of());
    }
    Optional<ObjectSchema> object = object(body);
    if (object.isEmpty()) {
      problems.add("the response is neither an array nor an object");
      return Optional.empty();
    }
    List<Property> arrays = object.get().properties().stream().filter(p -> isArray(p.type())).toList();
    if (arrays.size() == 1) {
      return Optional.of(List.of(arrays.get(0).wireName()));
    }
    if (arrays.isEmpty()) {
      problems.add("no array in the response");
      return Optional.empty();
    }
    List<Property> known = arrays.stream().filter(p -> ITEM_ARRAYS.contains(p.wireName())).toList();
    if (known.size() == 1) {
      return Optional.of(List.of(known.get(0).wireName()));
    }
    problems.add("more than one array in the response, none of them clearly the items: "
        + String.join(", ", arrays.stream().map(Property::wireName).toList()));
    return Optional.empty();
  }

  /** The type of the only JSON body among the success responses, if there is exactly one. */
  static Optional<TypeRef> successBody(Operation operation) {
    List<Response> withBody = operation.successResponses().stream().filter(r -> r.type().isPresent()).toList();
    List<TypeRef> types = withBody.stream().map(r -> r.type().get()).distinct().toList();
    if (types.size() != 1 || !withBody.stream().allMatch(r -> isJson(r.mediaType().orElse("")))) {
      return Optional.empty();
    }
    return Optional.of(types.get(0));
  }

  /** The type at {@code path} below {@code root}, following object properties. */
  Optional<TypeRef> typeAt(TypeRef root, List<String> path) {
    TypeRef type = root;
    for (String name : path) {
      Optional<TypeRef> next = object(type).flatMap(object -> object.properties().stream()
          .filter(p -> p.wireName().equals(name)).findFirst()).map(Property::type);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      type = next.get();
    }
    return Optional.of(type);
  }

  /** The type of the items' {@code id} property, when the items are objects that have one of a cursor's type. */
  Optional<TypeRef> itemIdType(TypeRef body, List<String> itemsPath, String id) {
    return typeAt(body, itemsPath)
        .filter(PaginationDetector::isArray)
        .map(type -> ((TypeRef.ArrayOf) type).items())
        .flatMap(item -> typeAt(item, List.of(id)))
        .filter(PaginationDetector::isCursor);
  }

  private Optional<ObjectSchema> object(TypeRef type) {
    return type instanceof TypeRef.Named named && schemas.get(named.name()) instanceof ObjectSchema object
        ? Optional.of(object) : Optional.empty();
  }

  /**
   * Paths of the properties named in {@code names}, at the top of the response or one object down
   * (a {@code meta} or {@code page_info}); not inside an object that holds an array, which is a list
   * of its own (Stripe's {@code external_accounts} in an account), whose {@code has_more} says
   * nothing of the response's pages.
   */
  private List<List<String>> find(TypeRef body, List<String> names, java.util.function.Predicate<TypeRef> fits) {
    List<List<String>> found = new ArrayList<>();
    Optional<ObjectSchema> object = object(body);
    if (object.isEmpty()) {
      return found;
    }
    for (Property property : object.get().properties()) {
      if (names.contains(property.wireName()) && fits.test(property.type())) {
        found.add(List.of(property.wireName()));
      }
      object(property.type()).filter(inner -> inner.properties().stream().noneMatch(p -> isArray(p.type())))
          .ifPresent(inner -> inner.properties().stream()
          .filter(p -> names.contains(p.wireName()) && fits.test(p.type()))
          .forEach(p -> found.add(List.of(property.wireName(), p.wireName()))));
    }
    return found;
  }

  /**
   * Where the response names the next cursor: a {@code next_cursor}-like property, {@code
   * next_<parameter>} (Stripe search's {@code next_page} for {@code page}), or {@code
   * next_page.<parameter>} (Asana).
   */
  private List<List<String>> nextCursors(TypeRef body, String parameter) {
    List<String> names = new ArrayList<>(NEXT_CURSORS);
    String capitalized = parameter.isEmpty() ? "" : Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
    for (String name : List.of("next_" + parameter, "next" + capitalized)) {
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    List<List<String>> found = new ArrayList<>(find(body, names, PaginationDetector::isCursor));
    object(body).ifPresent(object -> object.properties().stream()
        .filter(p -> NEXT_PAGE_OBJECTS.contains(p.wireName()))
        .forEach(p -> typeAt(p.type(), List.of(parameter)).filter(PaginationDetector::isCursor)
            .ifPresent(type -> found.add(List.of(p.wireName(), parameter)))));
    if (found.isEmpty()) {
      object(body).ifPresent(object -> object.properties().stream()
          .filter(p -> LISTING_OBJECTS.contains(p.wireName()))
          .forEach(p -> {
            List<String> inside = new ArrayList<>(names);
            inside.add(parameter);
            for (String name : inside) {
              typeAt(p.type(), List.of(name)).filter(PaginationDetector::isCursor)
                  .ifPresent(type -> found.add(List.of(p.wireName(), name)));
            }
          }));
    }
    return found;
  }

  private static List<Parameter> named(List<Parameter> parameters, List<String> names) {
    return parameters.stream().filter(p -> names.contains(p.name())).toList();
  }

  /** Whether a parameter's name suggests paging, in any spelling: the report's notion of a list. */
  static boolean looksLikePaging(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    return lower.contains("page") || lower.contains("cursor") || lower.equals("offset") || lower.equals("skip")
        || lower.equals("limit") || lower.equals("after") || lower.equals("startingafter") || lower.endsWith("token");
  }

  static boolean isArray(TypeRef type) {
    return type instanceof TypeRef.ArrayOf;
  }

  static boolean isBoolean(TypeRef type) {
    return type.equals(TypeRef.scalar(ScalarKind.BOOLEAN));
  }

  static boolean isInteger(TypeRef type) {
    return type.equals(TypeRef.scalar(ScalarKind.INT32)) || type.equals(TypeRef.scalar(ScalarKind.INT64));
  }

  /** A cursor the runtime can send as text and compare: a string or an integer (not a date, whose text Java may respell). */
  static boolean isCursor(TypeRef type) {
    return type.equals(TypeRef.scalar(ScalarKind.STRING)) || isInteger(type);
  }

  private static boolean isJson(String mediaType) {
    String lower = mediaType.toLowerCase(Locale.ROOT);
    return lower.startsWith("application/json") || lower.contains("+json") || lower.equals("*/*");
  }

  private static String names(List<Parameter> parameters) {
    return String.join(", ", parameters.stream().map(Parameter::name).toList());
  }

  private static String paths(List<List<String>> paths) {
    return String.join(", ", paths.stream().map(path -> String.join(".", path)).toList());
  }
}
