package dev.clientele.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.core.model.Pagination;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the vendor extensions that declare an operation's pagination: Speakeasy's {@code
 * x-speakeasy-pagination} ({@code type: offsetLimit | cursor} with {@code inputs} and JSONPath
 * {@code outputs}) and Fern's {@code x-fern-pagination} ({@code offset}/{@code cursor} as {@code
 * $request.<name>}, {@code results}, {@code next_cursor}, {@code step}, {@code has-next-page} as
 * {@code $response.<path>}; {@code true} for the document's own). What the runtime cannot follow
 * (a next-page URL in the body, a cursor in the request body) is refused with the reason.
 */
final class PaginationExtensions {

  static final String SPEAKEASY = "x-speakeasy-pagination";
  static final String FERN = "x-fern-pagination";

  /** {@code $.data.items[-1].id}: the property of the last item, Speakeasy's item cursor. */
  private static final Pattern LAST_ITEM = Pattern.compile("\\$((?:\\.[^.\\[\\]]+)*)\\[(?:-1|\\(@\\.length-1\\))]\\.([^.\\[\\]]+)");

  /**
   * What an extension says.
   *
   * @param pagination the pagination it declares, when the runtime can follow it
   * @param problem otherwise, why not
   * @param itemsGiven whether it names the items' path (else detection finds them)
   */
  record Declared(Optional<Pagination> pagination, String problem, boolean itemsGiven) {
    static Declared refused(String problem) {
      return new Declared(Optional.empty(), problem, false);
    }
  }

  private PaginationExtensions() {}

  /** Speakeasy's extension; {@code items} is what detection found, used when {@code outputs.results} is absent. */
  static Declared speakeasy(JsonNode extension, List<String> items) {
    if (!extension.isObject()) {
      return Declared.refused("it is not an object");
    }
    String type = extension.path("type").asText("");
    String offset = null;
    String page = null;
    String limit = null;
    String cursor = null;
    for (JsonNode input : extension.path("inputs")) {
      String name = input.path("name").asText("");
      String in = input.path("in").asText("parameters");
      String role = input.path("type").asText("");
      if (name.isEmpty()) {
        return Declared.refused("an input has no name");
      }
      if (!in.equals("parameters") && !in.equals("query")) {
        return Declared.refused("the input " + name + " is in the " + in + ", and only query parameters can be moved");
      }
      switch (role) {
        case "offset" -> offset = name;
        case "page" -> page = name;
        case "limit" -> limit = name;
        case "cursor" -> cursor = name;
        default -> {
          return Declared.refused("the input " + name + " has the type '" + role + "'; known: offset, page, limit, cursor");
        }
      }
    }
    JsonNode outputs = extension.path("outputs");
    Optional<List<String>> results = outputs.has("results") ? jsonPath(outputs.path("results").asText()) : Optional.empty();
    if (outputs.has("results") && results.isEmpty()) {
      return Declared.refused("outputs.results '" + outputs.path("results").asText() + "' is not a simple JSONPath ($.a.b)");
    }
    List<String> itemsPath = results.orElse(items);
    switch (type) {
      case "offsetLimit" -> {
        if (offset == null && page == null) {
          return Declared.refused("offsetLimit needs an input of type offset or page");
        }
        Pagination pagination = offset != null
            ? new Pagination(Pagination.Style.OFFSET, offset, Optional.ofNullable(limit), itemsPath, List.of(), List.of(),
                "", 0, Pagination.Source.SPEAKEASY)
            : new Pagination(Pagination.Style.PAGE_NUMBER, page, Optional.ofNullable(limit), itemsPath, List.of(),
                List.of(), "", 1, Pagination.Source.SPEAKEASY);
        return new Declared(Optional.of(pagination), "", results.isPresent());
      }
      case "cursor" -> {
        if (cursor == null) {
          return Declared.refused("cursor needs an input of type cursor");
        }
        String next = outputs.path("nextCursor").asText("");
        Matcher last = LAST_ITEM.matcher(next);
        if (last.matches()) {
          List<String> lastItems = jsonPath("$" + last.group(1)).orElse(List.of());
          return new Declared(Optional.of(new Pagination(Pagination.Style.CURSOR_FROM_LAST_ITEM, cursor, Optional.empty(),
              lastItems, List.of(), List.of(), last.group(2), 0, Pagination.Source.SPEAKEASY)), "", true);
        }
        Optional<List<String>> nextPath = jsonPath(next);
        if (nextPath.isEmpty() || nextPath.get().isEmpty()) {
          return Declared.refused("outputs.nextCursor '" + next + "' is not a simple JSONPath ($.a.b or $.items[-1].id)");
        }
        return new Declared(Optional.of(new Pagination(Pagination.Style.CURSOR_FROM_RESPONSE, cursor, Optional.empty(),
            itemsPath, List.of(), nextPath.get(), "", 0, Pagination.Source.SPEAKEASY)), "", results.isPresent());
      }
      case "url" -> {
        return Declared.refused("type url (a next-page URL in the body) is not followed");
      }
      default -> {
        return Declared.refused("the type '" + type + "' is not offsetLimit, cursor or url");
      }
    }
  }

  /** Fern's extension; {@code document} is the document's own {@code x-fern-pagination}, for {@code true}. */
  static Declared fern(JsonNode extension, JsonNode document, List<String> items) {
    JsonNode config = extension.isBoolean() && extension.asBoolean() ? document : extension;
    if (!config.isObject()) {
      return Declared.refused(extension.isBoolean() ? "it is true, but the document declares no x-fern-pagination object"
          : "it is not an object");
    }
    if (config.has("next_uri") || config.has("next_path")) {
      return Declared.refused("a next-page URL or path in the body is not followed");
    }
    Optional<List<String>> results = config.has("results") ? reference(config.path("results").asText(), "$response") : Optional.empty();
    if (config.has("results") && results.isEmpty()) {
      return Declared.refused("results '" + config.path("results").asText() + "' is not $response.<path>");
    }
    List<String> itemsPath = results.orElse(items);
    Optional<List<String>> hasMore = config.has("has-next-page")
        ? reference(config.path("has-next-page").asText(), "$response") : Optional.of(List.of());
    if (hasMore.isEmpty()) {
      return Declared.refused("has-next-page '" + config.path("has-next-page").asText() + "' is not $response.<path>");
    }
    if (config.has("cursor")) {
      Optional<String> cursor = parameter(config.path("cursor").asText());
      Optional<List<String>> next = reference(config.path("next_cursor").asText(""), "$response");
      if (cursor.isEmpty()) {
        return Declared.refused("cursor '" + config.path("cursor").asText() + "' is not $request.<query parameter>");
      }
      if (next.isEmpty() || next.get().isEmpty()) {
        return Declared.refused("next_cursor is missing or not $response.<path>");
      }
      return new Declared(Optional.of(new Pagination(Pagination.Style.CURSOR_FROM_RESPONSE, cursor.get(), Optional.empty(),
          itemsPath, hasMore.get(), next.get(), "", 0, Pagination.Source.FERN)), "", results.isPresent());
    }
    if (config.has("offset")) {
      Optional<String> offset = parameter(config.path("offset").asText());
      Optional<String> step = config.has("step") ? parameter(config.path("step").asText()) : Optional.empty();
      if (offset.isEmpty() || (config.has("step") && step.isEmpty())) {
        return Declared.refused("offset and step must be $request.<query parameter>");
      }
      // Without a step, Fern's offset counts pages, not items.
      Pagination pagination = step.isPresent()
          ? new Pagination(Pagination.Style.OFFSET, offset.get(), step, itemsPath, hasMore.get(), List.of(), "", 0,
              Pagination.Source.FERN)
          : new Pagination(Pagination.Style.PAGE_NUMBER, offset.get(), Optional.empty(), itemsPath, hasMore.get(),
              List.of(), "", 1, Pagination.Source.FERN);
      return new Declared(Optional.of(pagination), "", results.isPresent());
    }
    return Declared.refused("it names neither a cursor nor an offset");
  }

  /** {@code $request.name} → {@code name}; nested request paths (a body's field) are refused. */
  private static Optional<String> parameter(String reference) {
    return reference(reference, "$request").filter(path -> path.size() == 1).map(path -> path.get(0));
  }

  /** {@code $response.a.b} → {@code [a, b]}. */
  private static Optional<List<String>> reference(String reference, String root) {
    if (reference.equals(root)) {
      return Optional.of(List.of());
    }
    if (!reference.startsWith(root + ".")) {
      return Optional.empty();
    }
    return names(reference.substring(root.length() + 1));
  }

  /** {@code $.a.b} → {@code [a, b]}; {@code $} → {@code []}. */
  private static Optional<List<String>> jsonPath(String path) {
    if (path.equals("$")) {
      return Optional.of(List.of());
    }
    if (!path.startsWith("$.")) {
      return Optional.empty();
    }
    return names(path.substring(2));
  }

  private static Optional<List<String>> names(String dotted) {
    List<String> names = List.of(dotted.split("\\.", -1));
    boolean plain = names.stream().allMatch(name -> !name.isEmpty() && name.chars().noneMatch(c -> "[]()*@?$".indexOf(c) >= 0));
    return plain ? Optional.of(names) : Optional.empty();
  }
}
