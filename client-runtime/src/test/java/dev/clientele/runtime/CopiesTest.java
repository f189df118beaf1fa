package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The copies behind every list and map component of a generated record. */
class CopiesTest {

  @Test
  @DisplayName("a list is copied in order with its nulls, cannot be changed, and does not follow its source")
  void listCopy() {
    // Given a list with a null, as a JSON array may hold
    List<String> source = new ArrayList<>(Arrays.asList("b", null, "a"));

    // When it is copied, and the source changes afterwards
    List<String> copy = Copies.list(source);
    source.add("c");

    // Then the copy is as it was, and refuses changes
    assertEquals(Arrays.asList("b", null, "a"), copy);
    assertThrows(UnsupportedOperationException.class, () -> copy.add("d"));
  }

  @Test
  @DisplayName("a map is copied with its keys in the order given and cannot be changed; a missing list or map stays null")
  void mapCopyAndNulls() {
    // Given keys in an order no sorted or hashed map would keep
    Map<String, Integer> source = new LinkedHashMap<>();
    source.put("zeta", 1);
    source.put("alpha", 2);
    source.put("mu", null);

    // When it is copied
    Map<String, Integer> copy = Copies.map(source);

    // Then the order and the null value are kept, and the copy refuses changes
    assertEquals(List.of("zeta", "alpha", "mu"), List.copyOf(copy.keySet()));
    assertNull(copy.get("mu"));
    assertThrows(UnsupportedOperationException.class, () -> copy.put("beta", 3));
    assertNull(Copies.list(null));
    assertNull(Copies.map(null));
  }

  @Test
  @DisplayName("undeclared properties are never null: none given is an empty map")
  void additionalPropertiesAreNeverNull() {
    // Given no properties, then some
    Map<String, Object> some = new LinkedHashMap<>();
    some.put("custom.cf_2", "b");
    some.put("custom.cf_1", "a");

    // When they are copied
    // Then none is an empty map, and some keep their order
    assertEquals(Map.of(), Copies.additionalProperties(null));
    assertEquals(List.of("custom.cf_2", "custom.cf_1"), List.copyOf(Copies.additionalProperties(some).keySet()));
  }
}
