package dev.clientele.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/** The prefix of fromEnv()'s variables, from the titles of the corpus's specs. */
class FromEnvTest {

  @ParameterizedTest(name = "\"{0}\" → {1}_API_KEY")
  @CsvSource(delimiter = '|', value = {
      "Close API | CLOSE",
      "OpenAI API | OPENAI",
      "Stripe API | STRIPE",
      "Twilio - Api | TWILIO",
      "Twilio SendGrid Mail API | TWILIO_SENDGRID_MAIL",
      "GitHub v3 REST API | GITHUB_V3_REST",
      "Kubernetes | KUBERNETES",
      "Acme Client | ACME",
      "Café API | CAFE",
      "1Password Connect | API_1PASSWORD_CONNECT",
      "API | API",
      "'' | API",
  })
  @DisplayName("the variables are named after the title's words in upper case, without a trailing API or client")
  void prefixFromTitle(String title, String prefix) {
    assertEquals(prefix, FromEnv.prefix(title));
  }
}
