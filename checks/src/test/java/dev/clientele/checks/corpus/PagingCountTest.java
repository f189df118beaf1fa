package dev.clientele.checks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientele.core.model.Pagination.Source;
import dev.clientele.core.model.Pagination.Style;
import dev.clientele.core.parse.SpecReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PagingCountTest {

  @Test
  @DisplayName("the report counts pagers by style and list-like operations without one by kind of reason")
  void countsTheStylesSpec() throws Exception {
    // Given the paging styles test spec, read as the corpus runner reads it
    PagingCount count = PagingCount.of(SpecReader.read(Path.of("../test-specs/paging-styles-3.1.yaml"),
        SpecReader.Options.defaults()));

    // Then every style is counted, and each doubtful list under its kind of reason
    assertEquals(Map.of(Style.OFFSET, 3, Style.PAGE_NUMBER, 3, Style.CURSOR_FROM_LAST_ITEM, 1,
        Style.CURSOR_FROM_RESPONSE, 6, Style.LINK_HEADER, 1), count.byStyle());
    assertEquals(Map.of(Source.DETECTED, 14), count.bySource());
    assertEquals(Map.of(
        "the next page is a URL in the body (…), which is not followed", 1,
        "more than one array in the response, none of them clearly the items", 1,
        "an offset or page parameter without a limit or page-size parameter", 1), count.unpaged());
    assertEquals("GET /calls: the next page is a URL in the body (next_page_uri), which is not followed",
        count.examples().get("the next page is a URL in the body (…), which is not followed"));
  }

  @Test
  @DisplayName("totals add up the specs' counts")
  void sums() {
    PagingCount one = new PagingCount(Map.of(Style.OFFSET, 2), Map.of(Source.DETECTED, 2), Map.of("x", 1), Map.of("x", "GET /a: x"));
    PagingCount two = new PagingCount(Map.of(Style.OFFSET, 1, Style.LINK_HEADER, 4), Map.of(Source.FERN, 5), Map.of("x", 2),
        Map.of("x", "GET /b: x"));

    PagingCount total = PagingCount.sum(List.of(one, two));

    assertEquals(7, total.pagers());
    assertEquals("4 link header, 3 offset", total.styles());
    assertEquals("5 fern", total.sources());
    assertEquals(3, total.unpagedLists());
    assertEquals("GET /a: x", total.examples().get("x"));
  }
}
