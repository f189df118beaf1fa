package dev.clientele.core.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The mapper the generated models promise to work with: plain Jackson plus java.time, nothing generated. */
public final class PlainJson {

  public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

  private PlainJson() {}
}
