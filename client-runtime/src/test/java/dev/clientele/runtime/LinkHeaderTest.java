package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

  @Test
  @DisplayName("a comma inside a quoted parameter does not split the link, and NEXT matches without regard to case")
  void quotedCommas() {
    String header = "<https://a.example/1>; title=\"one, two; rel=next\"; rel=\"prev\", <https://a.example/2>; REL=NEXT";

    assertEquals(Optional.of("https://a.example/2"), LinkHeader.next(List.of(header)));
  }

  @Test
  @DisplayName("the next link may be in a second Link header; without one there is none")
  void severalHeaders() {
    assertEquals(Optional.of("/p?page=3"), LinkHeader.next(List.of("</p?page=1>; rel=\"first\"", "</p?page=3>; rel=\"next\"")));
    assertEquals(Optional.empty(), LinkHeader.next(List.of("</p?page=1>; rel=\"first\"", "</p?page=9>; rel=\"nextish\"")));
  }
}
