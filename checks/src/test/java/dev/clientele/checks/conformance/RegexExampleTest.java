package dev.clientele.checks.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexExampleTest {

  @ParameterizedTest(name = "a string generated for {0} matches it")
  @ValueSource(strings = {
      "^[a-z]{3}-[0-9]{2}$",
      "^\\d{4}-\\d{2}-\\d{2}$",
      "^[A-Z][a-zA-Z0-9_]*$",
      "^(cus|acct)_[a-zA-Z0-9]+$",
      "^[^/]+$",
      "^\\+?[1-9]\\d{1,14}$",
      "^(?:[a-z0-9]+(?:-[a-z0-9]+)*\\.)+[a-z]{2,}$",
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
      "[a-z]+",
      "^\\S+@\\S+\\.\\S+$",
      "^v\\d+(\\.\\d+){2}$"})
  void matches(String pattern) {
    // Given a pattern of the common subset
    // When a string is generated for it
    Optional<String> generated = RegexExample.generate(pattern, 0, -1);

    // Then there is one, and the pattern finds it
    assertTrue(generated.isPresent(), pattern);
    assertTrue(Pattern.compile(pattern).matcher(generated.get()).find(), pattern + " vs " + generated.get());
  }

  @ParameterizedTest(name = "a string generated for {0} with minLength 12 is at least that long and matches")
  @ValueSource(strings = {"^[a-z0-9]+$", "^[A-Z]{2}\\d*$", "^(ab)+$"})
  void honoursMinLength(String pattern) {
    String generated = RegexExample.generate(pattern, 12, 40).orElseThrow();

    assertTrue(generated.length() >= 12 && generated.length() <= 40, generated);
    assertTrue(Pattern.compile(pattern).matcher(generated).find(), generated);
  }

  @ParameterizedTest(name = "{0} is outside the subset: nothing, so that the spec's example is used")
  @ValueSource(strings = {"^(?=.*[A-Z]).{8,}$", "^(a)\\1$", "^\\p{L}+$", "^[a-z]{3}$ {"})
  void unsupported(String pattern) {
    assertEquals(Optional.empty(), RegexExample.generate(pattern, 0, -1));
  }

  @ParameterizedTest(name = "no string of {0} fits maxLength 3: nothing")
  @ValueSource(strings = {"^[a-z]{5}$"})
  void impossibleLength(String pattern) {
    assertEquals(Optional.empty(), RegexExample.generate(pattern, 0, 3));
  }
}
