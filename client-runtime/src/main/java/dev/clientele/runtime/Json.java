package dev.clientele.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.clientele.runtime.jackson2.Jackson2Codec;

/**
 * The Jackson 2 mapper clients generated with {@code jackson = 2} use by default: a plain {@link
 * ObjectMapper} with {@link JavaTimeModule}, nothing more. Kept for Jackson 2 applications; it needs
 * Jackson 2 on the class path. Clients read and write JSON through {@link JsonCodec}.
 */
public final class Json {

  private Json() {}

  /** The shared mapper; thread-safe, do not reconfigure it. */
  public static ObjectMapper mapper() {
    return Jackson2Codec.defaults().mapper();
  }
}
