package com.example.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Close settings in {@code application.properties}: {@code close.base-url} and {@code
 * close.api-key}.
 *
 * @param baseUrl where the Close API is served
 * @param apiKey the API key; Close takes it as the user name of HTTP basic authentication
 */
@ConfigurationProperties("close")
public record CloseProperties(String baseUrl, String apiKey) {}
