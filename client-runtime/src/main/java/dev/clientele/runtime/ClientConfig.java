package dev.clientele.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a client needs to talk to a server. Build one with {@link #builder(String)}; generated
 * entry points do so with the spec's first server as the default base URL.
 *
 * @param baseUri where paths are resolved, e.g. {@code https://api.close.com/api/v1}
 * @param authentication the credentials
 * @param requestTimeout how long one attempt may take, from sending to the last byte
 * @param retryPolicy when to try again
 * @param transport how requests are sent
 * @param defaultHeaders headers every request carries
 * @param userAgent the {@code User-Agent} header
 */
public record ClientConfig(
    URI baseUri,
    Authentication authentication,
    Duration requestTimeout,
    RetryPolicy retryPolicy,
    Transport transport,
    Map<String, String> defaultHeaders,
    String userAgent) {

  /** {@code Clientele/<version> Java/<feature>}. */
  public static final String DEFAULT_USER_AGENT =
      "Clientele/" + Objects.requireNonNullElse(ClientConfig.class.getPackage().getImplementationVersion(), "0.1.0")
          + " Java/" + Runtime.version().feature();

  public ClientConfig {
    defaultHeaders = Map.copyOf(defaultHeaders);
  }

  /** A builder with defaults: no authentication, 10 s to connect, 60 s per attempt, {@link RetryPolicy#defaults()}. */
  public static Builder builder(String defaultBaseUrl) {
    return new Builder(defaultBaseUrl);
  }

  /** This configuration with some settings changed for some calls. */
  public ClientConfig with(RequestOptions options) {
    Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
    headers.putAll(options.headers());
    return new ClientConfig(
        baseUri,
        authentication,
        options.timeout() != null ? options.timeout() : requestTimeout,
        options.retryPolicy() != null ? options.retryPolicy() : retryPolicy,
        transport,
        headers,
        userAgent);
  }

  @Override
  public String toString() {
    return "ClientConfig[" + baseUri + ", " + authentication + ", timeout " + requestTimeout + ", " + retryPolicy + "]";
  }

  /** Builds a {@link ClientConfig}. */
  public static final class Builder {
    private String baseUrl;
    private Authentication authentication = Authentication.none();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable Transport transport;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private String userAgent = DEFAULT_USER_AGENT;

    private Builder(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder authentication(Authentication authentication) {
      this.authentication = authentication;
      return this;
    }

    /** How long connecting may take; used by the default transport only. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    public Builder transport(Transport transport) {
      this.transport = transport;
      return this;
    }

    public Builder defaultHeader(String name, String value) {
      defaultHeaders.put(name, value);
      return this;
    }

    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    public ClientConfig build() {
      String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
      URI uri = URI.create(trimmed);
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("the base URL must be absolute (https://…), was: " + baseUrl);
      }
      Transport chosen = transport != null ? transport : JdkHttpTransport.create(connectTimeout);
      return new ClientConfig(uri, authentication, requestTimeout, retryPolicy, chosen, defaultHeaders, userAgent);
    }
  }
}
