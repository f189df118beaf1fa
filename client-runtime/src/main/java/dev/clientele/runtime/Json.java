package dev.clientele.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON configuration generated models need: a plain {@link ObjectMapper} with {@link
 * JavaTimeModule}, nothing more. The models carry everything else in their annotations, so a
 * caller's own plain mapper reads and writes them exactly as the client does.
 */
public final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

  private Json() {}

  /** The shared mapper; thread-safe, do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
