package dev.clientele.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.SecurityScheme;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The entry point of a generated client, one per spec: a builder for the base URL, credentials
 * (one method per declared security scheme), timeouts, retries and transport, and one accessor per
 * operation interface.
 */
final class ClientEmitter {

  /** An operation interface and the class that implements it. */
  record Group(String accessor, ClassName api, ClassName implementation) {}

  private ClientEmitter() {}

  static JavaFile emit(ClassName className, ApiModel model, List<Group> groups, Jackson jackson) {
    ClassName builder = className.nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The client of $L: build one, then call the operations through its accessors.\n\n"
                    + "<pre>{@code\n$T client = $T.builder()$L.build();\n}</pre>\n",
                model.title().isEmpty() ? "the API" : Javadocs.escape(model.title()),
                className, className, exampleCredentials(model));
    String defaultBaseUrl = model.servers().isEmpty() ? "" : model.servers().get(0);
    if (!defaultBaseUrl.isEmpty()) {
      type.addField(
          FieldSpec.builder(JavaTypes.STRING, "DEFAULT_BASE_URL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The first server the spec lists.")
              .initializer("$L", Literals.string(defaultBaseUrl))
              .build());
    }
    type.addField(RuntimeTypes.API_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RuntimeTypes.API_CLIENT, "client")
        .addStatement("this.client = client")
        .build());
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("A builder with the spec's first server as base URL, no credentials and default retries.")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build());
    type.addMethod(MethodSpec.methodBuilder("fromEnv")
        .addJavadoc("$L", FromEnv.javadoc(model, defaultBaseUrl.isEmpty()))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(className)
        .addStatement("return builder().fromEnv($T.system()).build()", RuntimeTypes.ENVIRONMENT_VARIABLES)
        .build());
    for (Group group : groups) {
      type.addMethod(MethodSpec.methodBuilder(group.accessor())
          .addJavadoc("The operations of {@link $T}.", group.api())
          .addModifiers(Modifier.PUBLIC)
          .returns(group.api())
          .addStatement("return new $T(client)", group.implementation())
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("with")
        .addJavadoc("A client that uses {@code options} (a timeout, retries, headers) for the calls made through it.")
        .addModifiers(Modifier.PUBLIC)
        .returns(className)
        .addParameter(RuntimeTypes.REQUEST_OPTIONS, "options")
        .addStatement("return new $T(client.with(options))", className)
        .build());
    type.addMethod(MethodSpec.methodBuilder("config")
        .addJavadoc("The configuration calls use.")
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.CLIENT_CONFIG)
        .addStatement("return client.config()")
        .build());
    type.addType(builder(className, builder, model, defaultBaseUrl.isEmpty(), jackson));
    return GeneratedFiles.file(className.packageName(), type);
  }

  private static String exampleCredentials(ApiModel model) {
    for (SecurityScheme scheme : model.securitySchemes()) {
      switch (scheme.kind()) {
        case HTTP_BASIC -> {
          return ".basicAuth(username, password)";
        }
        case HTTP_BEARER, OAUTH2, OPEN_ID_CONNECT -> {
          return ".bearerToken(token)";
        }
        case API_KEY_HEADER, API_KEY_QUERY, API_KEY_COOKIE -> {
          return "." + JavaNames.memberName(scheme.name()) + "(key)";
        }
        default -> { }
      }
    }
    return "";
  }

  private static TypeSpec builder(ClassName client, ClassName builder, ApiModel model, boolean noServer, Jackson jackson) {
    // The models' databind code is of one Jackson major: the client reads and writes with that one.
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addJavadoc("Builds a {@link $T}.", client)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(RuntimeTypes.CLIENT_CONFIG.nestedClass("Builder"), "config", Modifier.PRIVATE, Modifier.FINAL)
            .initializer(noServer
                ? CodeBlock.of("$T.builder($S).json($T.defaults())", RuntimeTypes.CLIENT_CONFIG, "", jackson.codec)
                : CodeBlock.of("$T.builder(DEFAULT_BASE_URL).json($T.defaults())", RuntimeTypes.CLIENT_CONFIG, jackson.codec))
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(setter(builder, "baseUrl", JavaTypes.STRING, "baseUrl",
        noServer ? "Where the API is served; the spec names no server, so this must be set." : "Where the API is served, instead of {@link #DEFAULT_BASE_URL}."));
    Set<String> methods = new LinkedHashSet<>(Set.of("baseUrl", "authentication", "connectTimeout", "requestTimeout",
        "retryPolicy", "transport", "defaultHeader", "userAgent", "maxResponseBytes", "followCrossOriginRedirects",
        jackson.mapperMethod, "build", "streamIdleTimeout", "fromEnv"));
    for (SecurityScheme scheme : model.securitySchemes()) {
      MethodSpec credentials = credentials(builder, scheme, methods);
      if (credentials != null) {
        type.addMethod(credentials);
      }
    }
    type.addMethod(setter(builder, "authentication", RuntimeTypes.AUTHENTICATION, "authentication",
        "Credentials of any kind, e.g. {@code Authentication.apiKeyHeader(\"X-Key\", key)}."));
    type.addMethod(setter(builder, "connectTimeout", ClassName.get(Duration.class), "timeout",
        "How long connecting may take (default 10 s)."));
    type.addMethod(setter(builder, "requestTimeout", ClassName.get(Duration.class), "timeout",
        "How long one attempt may take, from sending to the body's last byte (default 60 s)."));
    type.addMethod(setter(builder, "retryPolicy", RuntimeTypes.RETRY_POLICY, "retryPolicy",
        "When to retry; {@code RetryPolicy.none()} switches retries off."));
    type.addMethod(setter(builder, "transport", RuntimeTypes.TRANSPORT, "transport",
        "How requests are sent: another HTTP stack, or the default one wrapped for logging or metrics."));
    type.addMethod(MethodSpec.methodBuilder("defaultHeader")
        .addJavadoc("A header every request carries.")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(JavaTypes.STRING, "name")
        .addParameter(JavaTypes.STRING, "value")
        .addStatement("config.defaultHeader(name, value)")
        .addStatement("return this")
        .build());
    type.addMethod(setter(builder, "userAgent", JavaTypes.STRING, "userAgent", "The {@code User-Agent} header."));
    type.addMethod(setter(builder, "streamIdleTimeout", ClassName.get(Duration.class), "timeout",
        "How long an event stream may stay silent, no event and no keep-alive comment, before reading it\n"
            + "fails with {@code ApiTimeoutException} (default 60 s); the request timeout bounds only the wait for\n"
            + "a stream's headers."));
    type.addMethod(FromEnv.builderMethod(builder, model, noServer));
    type.addMethod(setter(builder, "maxResponseBytes", TypeName.LONG, "maxResponseBytes",
        "The largest response body to read, binary downloads included (default 100 MiB); a larger one fails\n"
            + "with {@code ResponseTooLargeException}."));
    type.addMethod(setter(builder, "followCrossOriginRedirects", TypeName.BOOLEAN, "follow",
        "Whether to follow redirects to another scheme, host or port (default: no, they fail with\n"
            + "{@code RedirectException}); they are then followed without credentials, cookies or default headers."));
    type.addMethod(MethodSpec.methodBuilder(jackson.mapperMethod)
        .addJavadoc("The application's own Jackson $L mapper (e.g. the one its framework configured) to read and write\n"
            + "JSON with, instead of a plain {@code $L}.", jackson.major, jackson.mapper.simpleName())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(jackson.mapper, "mapper")
        .addStatement("config.json($T.of(mapper))", jackson.codec)
        .addStatement("return this")
        .build());
    type.addMethod(MethodSpec.methodBuilder("build")
        .addJavadoc("The client.")
        .addModifiers(Modifier.PUBLIC)
        .returns(client)
        .addStatement("return new $T(new $T(config.build()))", client, RuntimeTypes.API_CLIENT)
        .build());
    return type.build();
  }

  private static MethodSpec setter(ClassName builder, String name, TypeName type, String parameter, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(type, parameter)
        .addStatement("config.$L($N)", name, parameter)
        .addStatement("return this")
        .build();
  }

  /** The builder method for a security scheme's credentials, or null when another method already takes them. */
  private static MethodSpec credentials(ClassName builder, SecurityScheme scheme, Set<String> taken) {
    String about = "Credentials for the " + Javadocs.code(scheme.name()) + " scheme"
        + (scheme.description().isEmpty() ? "" : ": " + Javadocs.inline(scheme.description()));
    MethodSpec.Builder method;
    switch (scheme.kind()) {
      case HTTP_BASIC -> {
        if (!taken.add("basicAuth")) {
          return null;
        }
        method = MethodSpec.methodBuilder("basicAuth")
            .addJavadoc("$L (HTTP basic).", about)
            .addParameter(JavaTypes.STRING, "username")
            .addParameter(JavaTypes.STRING, "password")
            .addStatement("config.authentication($T.basic(username, password))", RuntimeTypes.AUTHENTICATION);
      }
      case HTTP_BEARER, OAUTH2, OPEN_ID_CONNECT -> {
        if (!taken.add("bearerToken")) {
          return null;
        }
        method = MethodSpec.methodBuilder("bearerToken")
            .addJavadoc("$L (an {@code Authorization: Bearer} token).", about)
            .addParameter(JavaTypes.STRING, "token")
            .addStatement("config.authentication($T.bearer(token))", RuntimeTypes.AUTHENTICATION);
      }
      case API_KEY_HEADER, API_KEY_QUERY, API_KEY_COOKIE -> {
        String name = JavaNames.memberName(scheme.name());
        for (int suffix = 2; !taken.add(name); suffix++) {
          name = JavaNames.memberName(scheme.name()) + suffix;
        }
        String factory = switch (scheme.kind()) {
          case API_KEY_QUERY -> "apiKeyQuery";
          case API_KEY_COOKIE -> "apiKeyCookie";
          default -> "apiKeyHeader";
        };
        method = MethodSpec.methodBuilder(name)
            .addJavadoc("$L (an API key in $L).", about, Javadocs.code(scheme.parameterName()))
            .addParameter(JavaTypes.STRING, "key")
            .addStatement("config.authentication($T.$L($L, key))", RuntimeTypes.AUTHENTICATION, factory, Literals.string(scheme.parameterName()));
      }
      default -> {
        return null;
      }
    }
    return method.addModifiers(Modifier.PUBLIC).returns(builder).addStatement("return this").build();
  }
}
