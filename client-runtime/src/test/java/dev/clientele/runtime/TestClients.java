package dev.clientele.runtime;

import java.time.Duration;

/** Clients for tests against a {@link LocalServer}: short backoff, a safety timeout. */
final class TestClients {

  private TestClients() {}

  static ClientConfig.Builder builder(String baseUrl) {
    return ClientConfig.builder(baseUrl)
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
        .requestTimeout(Duration.ofSeconds(10));
  }

  static ApiClient client(String baseUrl, Authentication authentication) {
    return new ApiClient(builder(baseUrl).authentication(authentication).build());
  }
}
