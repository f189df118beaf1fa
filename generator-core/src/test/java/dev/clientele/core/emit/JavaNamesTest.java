package dev.clientele.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.lang.model.SourceVersion;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaNamesTest {

  @DisplayName("wire names become lowerCamelCase members")
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "is_stalled, isStalled",
      "address_1, address1",
      "URL, url",
      "HTMLUrl, htmlUrl",
      "custom.cf_abc, customCfAbc",
      "X-Request-Id, xRequestId",
      "page[size], pageSize",
      "class, class_",
      "1st-place, _1stPlace",
      "'', value",
      "日本語, value",
  })
  void memberNames(String wire, String expected) {
    assertEquals(expected, JavaNames.memberName(wire));
  }

  @DisplayName("record components avoid the names of Object's methods")
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"toString, toString_", "hashCode, hashCode_", "getClass, getClass_", "name, name"})
  void componentNames(String wire, String expected) {
    assertEquals(expected, JavaNames.componentName(wire));
  }

  @DisplayName("schema names and tags become UpperCamelCase types, keeping acronyms")
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "OpportunityFollowUpSMSActionDetails, OpportunityFollowUpSMSActionDetails",
      "subpackage_leads, SubpackageLeads",
      "Lead addresses item, LeadAddressesItem",
      "lead-address, LeadAddress",
      "200 response, _200Response",
  })
  void typeNames(String raw, String expected) {
    assertEquals(expected, JavaNames.typeName(raw));
  }

  @DisplayName("enum values become UPPER_SNAKE constants, whatever they are made of")
  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource({
      "in-progress, IN_PROGRESS",
      "no-answer, NO_ANSWER",
      "inProgress, IN_PROGRESS",
      "IN PROGRESS, IN_PROGRESS",
      "2xx, _2XX",
      "'', EMPTY",
      "+, PLUS",
      ">=, GT_EQ",
      "*/, STAR_SLASH",
      "class, CLASS",
  })
  void constantNames(String value, String expected) {
    assertEquals(expected, JavaNames.constantName(value));
  }

  @Test
  @DisplayName("a name of 1,000 characters becomes a type name short enough for a file name, distinct from its neighbours")
  void longNamesAreShortened() {
    // Given two long names that share their first 999 characters
    String a = "a".repeat(999) + "b";
    String b = "a".repeat(999) + "c";

    // When they become type and member names
    String typeA = JavaNames.typeName(a);
    String typeB = JavaNames.typeName(b);

    // Then the type names fit a file name with room for nested classes, and still differ
    assertEquals(JavaNames.MAX_TYPE_NAME, typeA.length());
    assertNotEquals(typeA, typeB);
    assertTrue(SourceVersion.isIdentifier(typeA));
    assertEquals(JavaNames.MAX_MEMBER_NAME, JavaNames.memberName(a).length());
    assertEquals(JavaNames.MAX_MEMBER_NAME, JavaNames.constantName(a).length());
    assertEquals(JavaNames.MAX_MEMBER_NAME, JavaNames.constantName("+".repeat(300)).length());
    assertEquals(typeA, JavaNames.typeName(a), "the same name shortens the same way every time");
  }

  @DisplayName("Windows device names are recognized whatever their case")
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"con", "Con", "AUX", "nul", "Prn", "com1", "LPT9"})
  void windowsDeviceNames(String name) {
    assertTrue(JavaNames.isWindowsDeviceName(JavaNames.typeName(name)));
  }

  @DisplayName("names that merely start like a device are ordinary")
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Console", "Auxiliary", "Null", "Com10", "Contact"})
  void ordinaryNames(String name) {
    assertFalse(JavaNames.isWindowsDeviceName(JavaNames.typeName(name)));
  }
}
