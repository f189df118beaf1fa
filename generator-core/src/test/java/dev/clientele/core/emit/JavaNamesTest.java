package dev.clientele.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
