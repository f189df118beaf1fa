package com.example.boot;

import com.close.client.CloseClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The generated Close client as a bean, configured from {@link CloseProperties}. */
@Configuration
@EnableConfigurationProperties(CloseProperties.class)
public class CloseConfiguration {

  /**
   * The client reads and writes JSON with the application's {@link JsonMapper}, the one Boot
   * configured (and {@code spring.jackson.*} settings change), instead of a plain one of its own.
   */
  @Bean
  CloseClient closeClient(CloseProperties close, JsonMapper jsonMapper) {
    return CloseClient.builder()
        .baseUrl(close.baseUrl())
        .basicAuth(close.apiKey(), "")
        .jsonMapper(jsonMapper)
        .build();
  }
}
