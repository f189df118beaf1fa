package dev.clientele.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientele.core.model.Diagnostic;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.Pagination;
import dev.clientele.core.model.Pagination.Source;
import dev.clientele.core.model.Pagination.Style;
import dev.clientele.core.support.Specs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which operations get a pager, from the test specs' shapes and extensions and from the options:
 * asserted on the model's {@link Pagination} records, and on the reasons list-like operations got
 * none.
 */
class PaginationDetectionTest {

  @TempDir Path dir;

  private static Pagination pagination(Style style, String parameter, String size, List<String> items,
      List<String> hasMore, List<String> cursor, String itemId, int firstPage, Source source) {
    return new Pagination(style, parameter, Optional.ofNullable(size), items, hasMore, cursor, itemId, firstPage, source);
  }

  private static Map<String, Optional<Pagination>> byOperationId(ParsedSpec parsed) {
    return parsed.model().operations().stream()
        .collect(Collectors.toMap(o -> o.operationId().orElseThrow(), Operation::pagination));
  }

  private static ParsedSpec read(Path spec, PaginationOptions options) throws SpecProblemsException {
    return SpecReader.read(spec, new SpecReader.Options(false, false, options));
  }

  @Test
  @DisplayName("each style is found from parameter names and types and from the response's shape")
  void stylesAreDetected() throws Exception {
    // Given the styles spec, When it is read with detection on
    Map<String, Optional<Pagination>> found = byOperationId(read(Specs.named("paging-styles-3.1.yaml"), PaginationOptions.defaults()));

    // Then each list operation has the pagination its names leave no doubt about
    Source d = Source.DETECTED;
    assertEquals(Optional.of(pagination(Style.OFFSET, "offset", "limit", List.of("data"), List.of("has_more"), List.of(), "", 0, d)),
        found.get("listByOffset"));
    assertEquals(Optional.of(pagination(Style.OFFSET, "skip", "limit", List.of(), List.of(), List.of(), "", 0, d)),
        found.get("listBySkip"));
    assertEquals(Optional.of(pagination(Style.PAGE_NUMBER, "page", "per_page", List.of("results"), List.of(), List.of(), "", 1, d)),
        found.get("listByPage"));
    assertEquals(Optional.of(pagination(Style.CURSOR_FROM_LAST_ITEM, "starting_after", null, List.of("data"),
        List.of("has_more"), List.of(), "id", 0, d)), found.get("listAfter"));
    assertEquals(Optional.of(pagination(Style.CURSOR_FROM_RESPONSE, "cursor", null, List.of("items"), List.of(),
        List.of("next_cursor"), "", 0, d)), found.get("listByCursor"));
    assertEquals(Optional.of(pagination(Style.CURSOR_FROM_RESPONSE, "offset", null, List.of("data"), List.of(),
        List.of("next_page", "offset"), "", 0, d)), found.get("listTasks"));
    assertEquals(Optional.of(pagination(Style.LINK_HEADER, "", null, List.of(), List.of(), List.of(), "", 0, d)),
        found.get("listLinked"));
    assertEquals(Optional.of(pagination(Style.CURSOR_FROM_RESPONSE, "page", null, List.of("data"), List.of("has_more"),
        List.of("next_page"), "", 0, d)), found.get("searchItems"));
    assertEquals(Optional.of(pagination(Style.CURSOR_FROM_RESPONSE, "after", null, List.of("data"), List.of("has_more"),
        List.of("last_id"), "", 0, d)), found.get("listNotes"));
    assertEquals(Optional.of(pagination(Style.CURSOR_FROM_RESPONSE, "continue", null, List.of("items"), List.of(),
        List.of("metadata", "continue"), "", 0, d)), found.get("listPods"));
    assertEquals(Optional.of(pagination(Style.CURSOR_FROM_RESPONSE, "cursor", null, List.of("channels"), List.of(),
        List.of("response_metadata", "next_cursor"), "", 0, d)), found.get("listConversations"));
    assertEquals(Optional.of(pagination(Style.PAGE_NUMBER, "page", "per_page", List.of("result"), List.of(), List.of(), "", 1, d)),
        found.get("listZones"));
    assertEquals(Optional.of(pagination(Style.PAGE_NUMBER, "page", "pagesize", List.of("items"), List.of("has_more"),
        List.of(), "", 1, d)), found.get("listQuestions"));
  }

  @Test
  @DisplayName("list-looking operations whose pages cannot be followed with certainty get no pager, and the reason is kept")
  void doubtfulListsGetNoPager() throws Exception {
    // Given the styles spec, When it is read
    ParsedSpec parsed = read(Specs.named("paging-styles-3.1.yaml"), PaginationOptions.defaults());
    Map<String, Optional<Pagination>> found = byOperationId(parsed);

    // Then Twilio's label-only Page, two anonymous arrays and a start without a page size have no pager
    assertEquals(Optional.empty(), found.get("listCalls"));
    assertEquals(Optional.empty(), found.get("listDirectory"));
    assertEquals(Optional.empty(), found.get("listEvents"));
    // And each says why
    Map<String, String> reasons = parsed.unpagedLists().stream()
        .collect(Collectors.toMap(UnpagedList::path, UnpagedList::reason));
    assertEquals(Map.of(
        "/calls", "the next page is a URL in the body (next_page_uri), which is not followed",
        "/directory", "more than one array in the response, none of them clearly the items: people, teams",
        "/events", "an offset or page parameter without a limit or page-size parameter"), reasons);
    assertEquals(List.of(), parsed.warnings());
  }

  @Test
  @DisplayName("x-speakeasy-pagination and x-fern-pagination decide over detection, with names detection does not know")
  void extensionsDecide() throws Exception {
    // Given the extensions spec, When it is read
    ParsedSpec parsed = read(Specs.named("paging-extensions-3.1.yaml"), PaginationOptions.defaults());
    Map<String, Optional<Pagination>> found = byOperationId(parsed);

    // Then each operation pages as its extension says
    Source s = Source.SPEAKEASY;
    Source f = Source.FERN;
    assertEquals(Optional.of(pagination(Style.PAGE_NUMBER, "pg", "count", List.of("resultArray"), List.of(), List.of(), "", 1, s)),
        found.get("speakeasyPages"));
    assertEquals(Optional.of(pagination(Style.CURSOR_FROM_RESPONSE, "from", null, List.of("records"), List.of(),
        List.of("meta", "next"), "", 0, s)), found.get("speakeasyCursor"));
    assertEquals(Optional.of(pagination(Style.CURSOR_FROM_LAST_ITEM, "since", null, List.of("records"), List.of(),
        List.of(), "seq", 0, s)), found.get("speakeasyLastItem"));
    assertEquals(Optional.of(pagination(Style.PAGE_NUMBER, "offset", "limit", List.of(), List.of(), List.of(), "", 1, s)),
        found.get("speakeasyOverrulesDetection"));
    assertEquals(Optional.of(pagination(Style.CURSOR_FROM_RESPONSE, "token", null, List.of("entries"),
        List.of("pagination", "more"), List.of("pagination", "next"), "", 0, f)), found.get("fernCursor"));
    assertEquals(Optional.of(pagination(Style.OFFSET, "from", "size", List.of("data"), List.of(), List.of(), "", 0, f)),
        found.get("fernOffset"));
    assertEquals(Optional.of(pagination(Style.CURSOR_FROM_RESPONSE, "continuation", null, List.of("hits"), List.of(),
        List.of("continuation"), "", 0, f)), found.get("fernDocumentWide"));
    // And a next-page URL in the body is refused with a warning that says so, the operation left plain
    assertEquals(Optional.empty(), found.get("speakeasyUrl"));
    assertEquals(List.of("x-speakeasy-pagination of GET /next-url cannot be followed: type url (a next-page URL in the body)"
        + " is not followed; the operation returns its response without a pager"),
        parsed.warnings().stream().map(Diagnostic::message).toList());
  }

  @Test
  @DisplayName("the option configures an operation the spec does not describe, and 'off' switches detection off")
  void optionsConfigureAndSwitchOff() throws Exception {
    // Given the styles spec and options that switch detection off and configure two operations
    PaginationOptions options = PaginationOptions.parse(
        "off; listDirectory=offset:offset,limit,items=people\nGET /calls=page:Page,PageSize,firstPage=0");

    // When it is read
    Map<String, Optional<Pagination>> found = byOperationId(read(Specs.named("paging-styles-3.1.yaml"), options));

    // Then only the configured operations page, as configured
    Source c = Source.CONFIGURED;
    assertEquals(Optional.of(pagination(Style.OFFSET, "offset", "limit", List.of("people"), List.of(), List.of(), "", 0, c)),
        found.get("listDirectory"));
    assertEquals(Optional.of(pagination(Style.PAGE_NUMBER, "Page", "PageSize", List.of("calls"), List.of(), List.of(), "", 0, c)),
        found.get("listCalls"));
    assertEquals(Optional.empty(), found.get("listByOffset"));
    assertEquals(Optional.empty(), found.get("listLinked"));
  }

  @Test
  @DisplayName("'off' leaves the vendor extensions unread too: nothing the spec says pages")
  void offIgnoresExtensions() throws Exception {
    ParsedSpec parsed = read(Specs.named("paging-extensions-3.1.yaml"), PaginationOptions.parse("off"));

    assertTrue(parsed.model().operations().stream().allMatch(o -> o.pagination().isEmpty()));
    assertEquals(List.of(), parsed.warnings());
  }

  @Test
  @DisplayName("'none' leaves one operation plain while detection goes on for the others")
  void noneLeavesAnOperationPlain() throws Exception {
    Map<String, Optional<Pagination>> found = byOperationId(
        read(Specs.named("paging-styles-3.1.yaml"), PaginationOptions.parse("listByOffset=none")));

    assertEquals(Optional.empty(), found.get("listByOffset"));
    assertTrue(found.get("listBySkip").isPresent());
  }

  @Test
  @DisplayName("an option that does not fit the spec fails with the option, the operation and what it has")
  void optionThatDoesNotFitIsAnError() {
    // Given options naming a parameter the operation lacks, a missing operation, and a path that is no array
    PaginationOptions options = PaginationOptions.parse(
        "listByOffset=offset:skip,limit; listNothing=link; listByCursor=cursor:cursor,cursor=next_cursor,items=next_cursor");

    // When the spec is read, Then every misfit is reported, and nothing is generated
    SpecProblemsException thrown = assertThrows(SpecProblemsException.class,
        () -> read(Specs.named("paging-styles-3.1.yaml"), options));
    List<String> messages = thrown.problems().stream().map(Diagnostic::message).toList();
    assertEquals(List.of(
        "the pagination option 'listByOffset=offset:skip,limit' does not fit GET /offset-items: 'skip' is not a query "
            + "parameter of the operation; its query parameters: offset, limit, status",
        "the pagination option 'listByCursor=cursor:cursor,cursor=next_cursor,items=next_cursor' does not fit "
            + "GET /cursor-items: 'next_cursor' is not an array in the response",
        "the pagination option 'listNothing=link' names the operation 'listNothing', which the spec does not have"),
        messages);
  }

  @Test
  @DisplayName("a badly written option says what is wrong and how to write it")
  void badOptionSyntax() {
    IllegalArgumentException unknownStyle = assertThrows(IllegalArgumentException.class,
        () -> PaginationOptions.parse("listLeads=skip:_skip"));
    assertTrue(unknownStyle.getMessage().startsWith("the pagination option 'listLeads=skip:_skip' is not valid: 'skip' is not "
        + "a style; the styles are offset, page, cursor, link and none. Write off, or OPERATION=STYLE"), unknownStyle.getMessage());

    IllegalArgumentException noStyle = assertThrows(IllegalArgumentException.class, () -> PaginationOptions.parse("listLeads"));
    assertTrue(noStyle.getMessage().contains("it names no operation and style"), noStyle.getMessage());

    IllegalArgumentException badKey = assertThrows(IllegalArgumentException.class,
        () -> PaginationOptions.parse("listLeads=offset:_skip,_limit,more=has_more"));
    assertTrue(badKey.getMessage().contains("'more' is not a setting; the settings are items, hasMore, cursor, id and firstPage"),
        badKey.getMessage());

    IllegalArgumentException badPath = assertThrows(IllegalArgumentException.class,
        () -> PaginationOptions.parse("listLeads=offset:_skip,items=data..x"));
    assertTrue(badPath.getMessage().contains("items=data..x is not a path"), badPath.getMessage());
  }

  @Test
  @DisplayName("a GET that is not a list (not even with a list inside it), and a POST search, get no pager and are not counted as lists")
  void notLists() throws Exception {
    // Given a retrieve operation with an array inside its object, and a POST with paging names
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /leads/{id}:
            get:
              operationId: getLead
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses:
                '200':
                  description: A lead
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id: {type: string}
                          contacts: {type: array, items: {type: string}}
          /account:
            get:
              operationId: getAccount
              responses:
                '200':
                  description: An account, with a list of its bank accounts inside
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id: {type: string}
                          external_accounts:
                            type: object
                            properties:
                              has_more: {type: boolean}
                              data: {type: array, items: {type: string}}
          /search:
            post:
              operationId: search
              parameters: [{name: limit, in: query, schema: {type: integer}}, {name: offset, in: query, schema: {type: integer}}]
              responses:
                '200':
                  description: Hits
                  content:
                    application/json:
                      schema: {type: array, items: {type: string}}
        """);

    // When it is read
    ParsedSpec parsed = read(spec, PaginationOptions.defaults());

    // Then neither has a pager, and neither is reported as a list left without one
    assertTrue(parsed.model().operations().stream().allMatch(o -> o.pagination().isEmpty()));
    assertEquals(List.of(), parsed.unpagedLists());
  }
}
