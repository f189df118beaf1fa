package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-enum superclasses, through subclasses written as Clientele generates them: the superclass
 * holds the value and the known constant, writes the value as JSON under either Jackson major, and
 * compares by value.
 */
class OpenEnumTest {

  /** As generated for a string enum. */
  static final class Status extends OpenEnum<Status.Known> {
    public static final Status OPEN = new Status("open", Known.OPEN);
    public static final Status CLOSED = new Status("closed", Known.CLOSED);

    private Status(String value, @Nullable Known known) {
      super(value, known);
    }

    @JsonCreator
    public static Status of(String value) {
      return switch (value) {
        case "open" -> OPEN;
        case "closed" -> CLOSED;
        default -> new Status(value, null);
      };
    }

    public enum Known {
      OPEN,
      CLOSED
    }
  }

  /** Another string enum with the same wire value, which must not equal Status's. */
  static final class Phase extends OpenEnum<Phase.Known> {
    private Phase(String value, @Nullable Known known) {
      super(value, known);
    }

    @JsonCreator
    public static Phase of(String value) {
      return new Phase(value, null);
    }

    public enum Known {}
  }

  /** As generated for an int32 enum. */
  static final class Priority extends OpenIntEnum<Priority.Known> {
    public static final Priority LOW = new Priority(1, Known.LOW);

    private Priority(int value, @Nullable Known known) {
      super(value, known);
    }

    @JsonCreator
    public static Priority of(int value) {
      return switch (value) {
        case 1 -> LOW;
        default -> new Priority(value, null);
      };
    }

    public enum Known {
      LOW
    }
  }

  /** As generated for an int64 enum. */
  static final class LargeId extends OpenLongEnum<LargeId.Known> {
    public static final LargeId BIG = new LargeId(9007199254740993L, Known.BIG);

    private LargeId(long value, @Nullable Known known) {
      super(value, known);
    }

    @JsonCreator
    public static LargeId of(long value) {
      if (value == 9007199254740993L) {
        return BIG;
      }
      return new LargeId(value, null);
    }

    public enum Known {
      BIG
    }
  }

  record Holder(Status status, Priority priority, LargeId id) {}

  private static final String JSON = "[{\"status\":\"open\",\"priority\":1,\"id\":9007199254740993},"
      + "{\"status\":\"merged\",\"priority\":7,\"id\":-9007199254740993}]";

  @Test
  @DisplayName("a Jackson 2 mapper reads listed values to their constants and unlisted ones as sent, and writes both back")
  void jackson2RoundTrip() throws Exception {
    ObjectMapper mapper = new ObjectMapper();

    List<Holder> read = mapper.readValue(JSON, new com.fasterxml.jackson.core.type.TypeReference<List<Holder>>() {});

    assertSame(Status.OPEN, read.get(0).status());
    assertSame(Priority.LOW, read.get(0).priority());
    assertSame(LargeId.BIG, read.get(0).id());
    assertEquals("merged", read.get(1).status().value());
    assertEquals(7, read.get(1).priority().value());
    assertEquals(mapper.readTree(JSON), mapper.readTree(mapper.writeValueAsString(read)));
  }

  @Test
  @DisplayName("a plain Jackson 3 mapper reads listed values to their constants and unlisted ones as sent, and writes both back")
  void jackson3RoundTrip() {
    JsonMapper mapper = JsonMapper.builder().build();

    List<Holder> read = mapper.readValue(JSON, new TypeReference<List<Holder>>() {});

    assertSame(Status.OPEN, read.get(0).status());
    assertSame(Priority.LOW, read.get(0).priority());
    assertSame(LargeId.BIG, read.get(0).id());
    assertEquals(-9007199254740993L, read.get(1).id().value());
    assertEquals(mapper.readTree(JSON), mapper.readTree(mapper.writeValueAsString(read)));
  }

  @Test
  @DisplayName("a listed value knows its constant; an unlisted one is not known and keeps its text")
  void knownAndUnknown() {
    Status merged = Status.of("merged");

    assertEquals(Optional.of(Status.Known.CLOSED), Status.CLOSED.known());
    assertTrue(Status.CLOSED.isKnown());
    assertEquals(Optional.empty(), merged.known());
    assertFalse(merged.isKnown());
    assertEquals("merged", merged.toString());
    assertEquals("7", Priority.of(7).toString());
    assertEquals("-9007199254740993", LargeId.of(-9007199254740993L).toString());
  }

  @Test
  @DisplayName("instances are equal when they are of the same class and have the same value")
  void equality() {
    assertEquals(Status.of("merged"), Status.of("merged"));
    assertEquals(Status.of("merged").hashCode(), Status.of("merged").hashCode());
    assertNotEquals(Status.of("merged"), Status.of("draft"));
    assertNotEquals(Status.of("merged"), Phase.of("merged"));
    assertNotEquals(Status.of("merged"), "merged");
    assertEquals(Priority.of(7), Priority.of(7));
    assertNotEquals(Priority.of(7), Priority.of(8));
    assertEquals(LargeId.of(5L).hashCode(), Long.hashCode(5L));
    assertNotEquals(LargeId.of(5L), null);
  }

  @Test
  @DisplayName("a string open enum refuses null as its value")
  void nullValue() {
    NullPointerException thrown = assertThrows(NullPointerException.class, () -> new Status(null, null));

    assertEquals("value", thrown.getMessage());
  }
}
