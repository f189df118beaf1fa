package dev.clientele.runtime.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.clientele.runtime.JsonCodec;
import dev.clientele.runtime.JsonReadException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JSON with Jackson 2 ({@code com.fasterxml.jackson.databind}), for models generated with {@code
 * jackson = 2}. The default is a plain {@link ObjectMapper} with {@link JavaTimeModule}, nothing
 * more: the models carry everything else in their annotations, so an application's own plain
 * mapper reads and writes them exactly as the client does.
 */
public final class Jackson2Codec implements JsonCodec {

  private static final Jackson2Codec DEFAULTS = new Jackson2Codec(new ObjectMapper().registerModule(new JavaTimeModule()));

  private final ObjectMapper mapper;

  private Jackson2Codec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The shared codec over the default mapper. */
  public static Jackson2Codec defaults() {
    return DEFAULTS;
  }

  /**
   * A codec over the application's mapper, e.g. one its framework configured. It needs {@link
   * JavaTimeModule} (or another java.time module) for date properties; the mapper is not changed.
   */
  public static Jackson2Codec of(ObjectMapper mapper) {
    return new Jackson2Codec(Objects.requireNonNull(mapper, "the ObjectMapper is null"));
  }

  /** The mapper; thread-safe, do not reconfigure it. */
  public ObjectMapper mapper() {
    return mapper;
  }

  @Override
  public byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  @Override
  public @Nullable Object read(byte[] json, Type type) throws JsonReadException {
    try {
      return mapper.readValue(json, mapper.constructType(type));
    } catch (JsonMappingException e) {
      throw new JsonReadException(path(e.getPath()), Objects.toString(e.getOriginalMessage(), ""), e);
    } catch (JsonProcessingException e) {
      String path = "$";
      if (e.getProcessor() instanceof JsonParser parser) {
        path = "$" + parser.getParsingContext().pathAsPointer().toString().replace('/', '.');
      }
      throw new JsonReadException(path, Objects.toString(e.getOriginalMessage(), ""), e);
    } catch (IOException e) {
      throw new JsonReadException("$", Objects.toString(e.getMessage(), ""), e);
    }
  }

  @Override
  public @Nullable String scalarText(Object value) {
    JsonNode tree = mapper.valueToTree(value);
    return tree.isValueNode() ? tree.asText() : null;
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
