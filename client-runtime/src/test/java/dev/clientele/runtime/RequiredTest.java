package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The checks behind every accessor of a required property and every builder of a generated record. */
class RequiredTest {

  @Test
  @DisplayName("a required property the server sent is returned as it is")
  void aPresentValueIsReturnedAsItIs() {
    // Given a value the server sent
    List<String> tags = List.of("a", "b");

    // When it is read through the check
    List<String> read = Required.present(tags, "Coupon", "tags");

    // Then it is the same object
    assertSame(tags, read);
  }

  @Test
  @DisplayName("a required property the server left out throws an IllegalStateException naming the record and the wire name")
  void aMissingValueThrowsNamingRecordAndWireName() {
    // Given a required property the server did not send
    Long created = null;

    // When it is read through the check
    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> Required.present(created, "Coupon.AppliesTo", "created_at"));

    // Then the message names the nested record and the property as the JSON spells it
    assertEquals(
        "Coupon.AppliesTo.created_at is missing: the server did not send it, though the spec requires it",
        thrown.getMessage());
  }

  @Test
  @DisplayName("a false or empty value counts as sent: only null is missing")
  void onlyNullIsMissing() {
    // Given values that are sent but falsy
    // When they are read through the check
    // Then each comes back unchanged
    assertEquals(false, Required.present(false, "Flags", "enabled"));
    assertEquals("", Required.present("", "Note", "text"));
    assertEquals(0L, Required.present(0L, "Counter", "count"));
  }

  @Test
  @DisplayName("a builder's exception names every required value not set, in order, and none that is set, even if false or empty")
  void notSetNamesEveryNullValueInOrder() {
    // Given a builder's required values, two of them not set
    Object email = null;
    Boolean unsubscribed = false;
    String name = "";
    Long created = null;

    // When the builder asks for its exception
    IllegalStateException thrown =
        Required.notSet("ContactEmail", "email", email, "isUnsubscribed", unsubscribed, "name", name, "created", created);

    // Then it names the type and the two that are null
    assertEquals("Cannot build ContactEmail: missing required email, created", thrown.getMessage());
  }
}
