package dev.clientele.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.SecurityScheme;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The entry point's {@code fromEnv()}: credentials and base URL from environment variables named
 * after the API's {@code info.title} ({@code Close API} → {@code CLOSE_API_KEY}, {@code
 * CLOSE_BASE_URL}; {@code OpenAI API} → {@code OPENAI_API_KEY}).
 *
 * <p>Which scheme the key feeds: the first security scheme the spec declares that takes a
 * credential (HTTP basic or bearer, OAuth2 or OpenID Connect as a bearer token, an API key). Specs
 * list their main scheme first — Close's and Stripe's basic scheme before their bearer one, OpenAI's
 * API key before its admin key. A bearer or API-key scheme takes {@code <P>_API_KEY}. A basic
 * scheme takes {@code <P>_USERNAME} and {@code <P>_PASSWORD} (Twilio's account SID and auth token),
 * or, when {@code <P>_USERNAME} is not set, {@code <P>_API_KEY} as the user name with an empty
 * password, as Close and Stripe take their API keys. {@code <P>_BASE_URL} is optional when the spec
 * names a server.
 */
final class FromEnv {

  private FromEnv() {}

  /** The variables' prefix: the title's words in upper case, without a trailing "API" or "client". */
  static String prefix(String title) {
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "");
    String words = ascii.strip().replaceAll("(?i)[\\s_-]*\\b(api|client)$", "");
    String prefix = words.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (prefix.isEmpty()) {
      return "API";
    }
    return Character.isDigit(prefix.charAt(0)) ? "API_" + prefix : prefix;
  }

  /** The scheme the variables configure, as the class comment says. */
  static Optional<SecurityScheme> scheme(ApiModel model) {
    return model.securitySchemes().stream().filter(scheme -> scheme.kind() != SecurityScheme.Kind.OTHER).findFirst();
  }

  /** The variables, for the Javadoc of both methods. */
  static String javadoc(ApiModel model, boolean noServer) {
    String p = prefix(model.title());
    List<String> items = new ArrayList<>();
    Optional<SecurityScheme> scheme = scheme(model);
    if (scheme.isPresent()) {
      String name = Javadocs.code(scheme.get().name());
      if (scheme.get().kind() == SecurityScheme.Kind.HTTP_BASIC) {
        items.add("{@code " + p + "_API_KEY}: an API key, sent as the user name of the " + name + " scheme\n"
            + "      (HTTP basic) with an empty password; or, instead, {@code " + p + "_USERNAME} and\n"
            + "      {@code " + p + "_PASSWORD}. One of the two is required.");
      } else {
        items.add("{@code " + p + "_API_KEY} (required): the credential of the " + name + " scheme\n"
            + "      (" + describe(scheme.get()) + ").");
      }
    }
    items.add("{@code " + p + "_BASE_URL} (" + (noServer ? "required: the spec names no server" : "optional") + "): the"
        + " base URL" + (noServer ? "." : ", instead of {@link #DEFAULT_BASE_URL}."));
    return "A client configured from environment variables:\n\n<ul>\n  <li>" + String.join("\n  <li>", items)
        + "\n</ul>\n\n<p>Everything else is as {@link #builder()} sets it.\n\n"
        + "@return the client\n"
        + "@throws IllegalStateException if a required variable is not set, or one is malformed; the message\n"
        + "    names the variable, never its value\n";
  }

  private static String describe(SecurityScheme scheme) {
    return switch (scheme.kind()) {
      case HTTP_BEARER, OAUTH2, OPEN_ID_CONNECT -> "an {@code Authorization: Bearer} token";
      case API_KEY_HEADER -> "an API key in the " + Javadocs.code(scheme.parameterName()) + " header";
      case API_KEY_QUERY -> "an API key in the " + Javadocs.code(scheme.parameterName()) + " query parameter";
      case API_KEY_COOKIE -> "an API key in the " + Javadocs.code(scheme.parameterName()) + " cookie";
      default -> "HTTP basic";
    };
  }

  /** The builder's {@code fromEnv(EnvironmentVariables)}, which the static {@code fromEnv()} calls. */
  static MethodSpec builderMethod(ClassName builder, ApiModel model, boolean noServer) {
    String p = prefix(model.title());
    String api = model.title().isBlank() ? "the API" : model.title().strip();
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromEnv")
        .addJavadoc("Sets credentials and base URL from {@code env}, as the client's {@code fromEnv()} says; tests\n"
            + "pass {@code EnvironmentVariables.from(Map.of(...)::get)} instead of the process environment.\n\n"
            + "@param env where to read the variables\n@return this builder\n"
            + "@throws IllegalStateException if a required variable is not set, or one is malformed\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(RuntimeTypes.ENVIRONMENT_VARIABLES, "env");
    Optional<SecurityScheme> scheme = scheme(model);
    if (scheme.isPresent()) {
      String key = p + "_API_KEY";
      String purpose = "your " + api + " key";
      CodeBlock credentials = switch (scheme.get().kind()) {
        case HTTP_BASIC -> CodeBlock.builder()
            .beginControlFlow("if (env.optional($S).isPresent())", p + "_USERNAME")
            .addStatement("String username = env.require($S, $S)", p + "_USERNAME", "the user name")
            .addStatement("String password = env.require($S, $S)", p + "_PASSWORD",
                "the password that goes with " + p + "_USERNAME")
            .addStatement("config.authentication($T.basic(username, password))", RuntimeTypes.AUTHENTICATION)
            .nextControlFlow("else")
            .addStatement("String key = env.require($S, $L)", key,
                Literals.string(purpose + " (or set " + p + "_USERNAME and " + p + "_PASSWORD)"))
            .addStatement("config.authentication($T.basic(key, $S))", RuntimeTypes.AUTHENTICATION, "")
            .endControlFlow()
            .build();
        case HTTP_BEARER, OAUTH2, OPEN_ID_CONNECT -> CodeBlock.builder()
            .addStatement("String key = env.require($S, $L)", key, Literals.string(purpose))
            .addStatement("config.authentication($T.bearer(key))", RuntimeTypes.AUTHENTICATION)
            .build();
        case API_KEY_HEADER, API_KEY_QUERY, API_KEY_COOKIE -> CodeBlock.builder()
            .addStatement("String key = env.require($S, $L)", key, Literals.string(purpose))
            .addStatement("config.authentication($T.$L($L, key))", RuntimeTypes.AUTHENTICATION,
                switch (scheme.get().kind()) {
                  case API_KEY_QUERY -> "apiKeyQuery";
                  case API_KEY_COOKIE -> "apiKeyCookie";
                  default -> "apiKeyHeader";
                },
                Literals.string(scheme.get().parameterName()))
            .build();
        default -> CodeBlock.of("");
      };
      method.addCode(credentials);
    }
    String baseUrl = p + "_BASE_URL";
    if (noServer) {
      method.addStatement("config.baseUrl(env.url($S).orElseThrow(() -> new $T($S)))", baseUrl, IllegalStateException.class,
          "the environment variable " + baseUrl + " is not set; set it to the API's base URL (https://...): the spec names"
              + " no server");
    } else {
      method.addStatement("env.url($S).ifPresent(config::baseUrl)", baseUrl);
    }
    return method.addStatement("return this").build();
  }
}
