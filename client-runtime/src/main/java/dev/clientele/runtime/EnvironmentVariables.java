package dev.clientele.runtime;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a client's settings from environment variables, for generated {@code fromEnv()} methods:
 * a missing, empty or malformed variable fails at once with an {@link IllegalStateException} that
 * names the variable and what it is for, never its value.
 *
 * <pre>{@code
 * EnvironmentVariables env = EnvironmentVariables.system();
 * ClientConfig.Builder builder = ClientConfig.builder("https://api.openai.com/v1")
 *     .authentication(Authentication.bearer(env.require("OPENAI_API_KEY", "the OpenAI API key")));
 * env.url("OPENAI_BASE_URL").ifPresent(builder::baseUrl);
 * }</pre>
 *
 * <p>Tests pass their own lookup ({@code EnvironmentVariables.from(Map.of(…)::get)}) instead of
 * touching the process environment.
 */
public final class EnvironmentVariables {

  private final Function<String, @Nullable String> lookup;

  private EnvironmentVariables(Function<String, @Nullable String> lookup) {
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  /** The process environment ({@link System#getenv(String)}). */
  public static EnvironmentVariables system() {
    return new EnvironmentVariables(System::getenv);
  }

  /** Variables looked up with {@code lookup}, which returns null for a variable that is not set. */
  public static EnvironmentVariables from(Function<String, @Nullable String> lookup) {
    return new EnvironmentVariables(lookup);
  }

  /**
   * The value of a variable that must be set, e.g. an API key.
   *
   * @param purpose what the value is, for the message: {@code "the Close API key"}
   * @throws IllegalStateException if it is not set, is blank, or has a control character (the
   *     final line break of a value read from a file): the message names the variable and the purpose
   */
  public String require(String name, String purpose) {
    String value = lookup.apply(name);
    if (value == null) {
      throw new IllegalStateException("the environment variable " + name + " is not set; set it to " + purpose
          + ", or configure the client with its builder instead of fromEnv()");
    }
    return checked(name, value, purpose);
  }

  /**
   * The value of a variable that may be unset; empty when it is not set or is empty.
   *
   * @throws IllegalStateException if it is blank but not empty, or has a control character
   */
  public Optional<String> optional(String name) {
    String value = lookup.apply(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(checked(name, value, "a value"));
  }

  /**
   * A base URL from a variable that may be unset: an absolute http(s) URL without query.
   *
   * @throws IllegalStateException if it is set but is no such URL (the URL is not shown: it may hold a key)
   */
  public Optional<String> url(String name) {
    Optional<String> value = optional(name);
    value.ifPresent(text -> {
      URI uri;
      try {
        uri = URI.create(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("the environment variable " + name + " is not a valid URL; set it to the"
            + " API's base URL (https://…) or unset it for the default", e);
      }
      boolean http = uri.getScheme() != null
          && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
      if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalStateException("the environment variable " + name + " must be an absolute http(s) URL"
            + " without query (https://…), was " + Redaction.uri(uri) + "; set it to the API's base URL or unset it"
            + " for the default");
      }
    });
    return value;
  }

  private static String checked(String name, String value, String purpose) {
    try {
      return Credentials.checkBasicPart(value, "the environment variable " + name, false);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage().replace("; pass the credential", "; set it to " + purpose), e);
    }
  }
}
