package dev.clientele.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a client needs to talk to a server. Build one with {@link #builder(String)}; generated
 * entry points do so with the spec's first server as the default base URL. Every setting is checked
 * when it is built, so that a bad one fails there rather than at the first call.
 *
 * @param baseUri where paths are resolved, e.g. {@code https://api.close.com/api/v1}
 * @param authentication the credentials
 * @param requestTimeout how long one attempt may take, from sending to the body's last byte
 * @param retryPolicy when to try again
 * @param transport how requests are sent
 * @param defaultHeaders headers every request carries
 * @param userAgent the {@code User-Agent} header
 * @param maxResponseBytes the largest response body read, binary downloads included; a larger one
 *     fails with {@link ResponseTooLargeException}
 * @param followCrossOriginRedirects whether redirects to another scheme, host or port are followed
 *     (without credentials, cookies or default headers) instead of failing with {@link RedirectException}
 * @param streamIdleTimeout how long an event stream may stay silent (no event, no keep-alive comment)
 *     before reading it fails with {@link ApiTimeoutException}; the request timeout bounds only the
 *     wait for a stream's headers
 * @param json how JSON bodies are read and written: the codec of the Jackson the client was generated
 *     for, over the application's mapper or a default one
 */
public record ClientConfig(
    URI baseUri,
    Authentication authentication,
    Duration requestTimeout,
    RetryPolicy retryPolicy,
    Transport transport,
    Map<String, String> defaultHeaders,
    String userAgent,
    long maxResponseBytes,
    boolean followCrossOriginRedirects,
    Duration streamIdleTimeout,
    JsonCodec json) {

  /** {@code Clientele/<version> Java/<feature>}. */
  public static final String DEFAULT_USER_AGENT =
      "Clientele/" + Objects.requireNonNullElse(ClientConfig.class.getPackage().getImplementationVersion(), "0.1.0")
          + " Java/" + Runtime.version().feature();

  /** 100 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 100L * 1024 * 1024;

  /** The most a body read into one {@code byte[]} can hold. */
  public static final long MAX_RESPONSE_BYTES_LIMIT = Integer.MAX_VALUE - 8;

  public ClientConfig {
    Objects.requireNonNull(baseUri, "baseUri is null");
    Objects.requireNonNull(authentication, "authentication is null; use Authentication.none() for none");
    Settings.checkTimeout(requestTimeout, "requestTimeout");
    Settings.checkTimeout(streamIdleTimeout, "streamIdleTimeout");
    Objects.requireNonNull(retryPolicy, "retryPolicy is null; use RetryPolicy.none() to switch retries off");
    Objects.requireNonNull(transport, "transport is null");
    Objects.requireNonNull(userAgent, "userAgent is null");
    Objects.requireNonNull(json, "json is null");
    defaultHeaders = Map.copyOf(defaultHeaders);
    if (maxResponseBytes < 1 || maxResponseBytes > MAX_RESPONSE_BYTES_LIMIT) {
      throw new IllegalArgumentException("maxResponseBytes must be between 1 and " + MAX_RESPONSE_BYTES_LIMIT
          + " (2 GiB, what a byte[] holds), was " + maxResponseBytes);
    }
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
        userAgent,
        maxResponseBytes,
        followCrossOriginRedirects,
        streamIdleTimeout,
        json);
  }

  /** The settings, without credentials: user info, query values and secret-looking header values are hidden. */
  @Override
  public String toString() {
    return "ClientConfig[" + Redaction.uri(baseUri) + ", " + authentication + ", timeout " + requestTimeout + ", "
        + retryPolicy + ", headers " + Redaction.headers(defaultHeaders) + ", maxResponseBytes " + maxResponseBytes
        + (followCrossOriginRedirects ? ", follows cross-origin redirects" : "") + ", streamIdleTimeout "
        + streamIdleTimeout + "]";
  }

  /** Builds a {@link ClientConfig}; each setter checks its value at once. */
  public static final class Builder {
    private String baseUrl;
    private Authentication authentication = Authentication.none();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable Transport transport;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private String userAgent = DEFAULT_USER_AGENT;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private boolean followCrossOriginRedirects;
    private Duration streamIdleTimeout = Duration.ofSeconds(60);
    private @Nullable JsonCodec json;

    private Builder(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "the base URL is null");
    }

    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "the base URL is null");
      return this;
    }

    public Builder authentication(Authentication authentication) {
      this.authentication = Objects.requireNonNull(authentication, "authentication is null; use Authentication.none()");
      return this;
    }

    /** How long connecting may take (positive); used by the default transport only. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Settings.checkTimeout(connectTimeout, "connectTimeout");
      return this;
    }

    /** How long one attempt may take (positive), from sending to the body's last byte. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Settings.checkTimeout(requestTimeout, "requestTimeout");
      return this;
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy is null; use RetryPolicy.none()");
      return this;
    }

    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport is null");
      return this;
    }

    /** A header every request carries; its value may not hold line breaks or other control characters. */
    public Builder defaultHeader(String name, String value) {
      Credentials.checkHeaderName(name, "the default header name");
      Objects.requireNonNull(value, () -> "the value of default header " + name + " is null");
      Settings.checkHeaderValue(value, "the value of default header " + name);
      defaultHeaders.put(name, value);
      return this;
    }

    public Builder userAgent(String userAgent) {
      Objects.requireNonNull(userAgent, "userAgent is null");
      this.userAgent = Settings.checkHeaderValue(userAgent, "userAgent");
      return this;
    }

    /**
     * The largest response body to read, in bytes (default 100 MiB). It bounds every body, binary
     * downloads ({@code byte[]}) included; a larger one fails with {@link ResponseTooLargeException}.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1 || maxResponseBytes > MAX_RESPONSE_BYTES_LIMIT) {
        throw new IllegalArgumentException("maxResponseBytes must be between 1 and " + MAX_RESPONSE_BYTES_LIMIT
            + ", was " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Whether to follow redirects to another origin (scheme, host or port); off by default, when
     * they fail with {@link RedirectException}. When on, they are followed without {@code
     * Authorization}, cookies, API keys or default headers, never from https to http, and never
     * when the request body would be re-sent.
     */
    public Builder followCrossOriginRedirects(boolean follow) {
      this.followCrossOriginRedirects = follow;
      return this;
    }

    /**
     * How long an event stream may stay silent — no event and no keep-alive comment — before
     * reading it fails with {@link ApiTimeoutException} (positive; default 60 s). The request
     * timeout bounds only the wait for a stream's headers, so that a long, healthy stream lives on.
     */
    public Builder streamIdleTimeout(Duration streamIdleTimeout) {
      this.streamIdleTimeout = Settings.checkTimeout(streamIdleTimeout, "streamIdleTimeout");
      return this;
    }

    /**
     * How JSON is read and written. Generated clients set the codec of the Jackson major they were
     * generated for; without one, {@link JsonCodec#detected()} chooses from the class path.
     */
    public Builder json(JsonCodec json) {
      this.json = Objects.requireNonNull(json, "json is null");
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException if the base URL is not an absolute http(s) URL, or has a query
     */
    public ClientConfig build() {
      String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
      URI uri;
      try {
        uri = URI.create(trimmed);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the base URL is not a valid URL: " + Redaction.HIDDEN
            + " (" + e.getMessage().replace(trimmed, "…") + ")");
      }
      if (!uri.isAbsolute() || uri.getHost() == null
          || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
        throw new IllegalArgumentException("the base URL must be an absolute http(s) URL (https://…), was: "
            + Redaction.uri(uri));
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException("the base URL must not have a query or fragment (paths are appended to it),"
            + " was: " + Redaction.uri(uri) + "; pass API keys with the client builder's credential methods");
      }
      Transport chosen = transport != null ? transport : JdkHttpTransport.create(connectTimeout);
      return new ClientConfig(uri, authentication, requestTimeout, retryPolicy, chosen, defaultHeaders, userAgent,
          maxResponseBytes, followCrossOriginRedirects, streamIdleTimeout, json != null ? json : JsonCodec.detected());
    }
  }
}
