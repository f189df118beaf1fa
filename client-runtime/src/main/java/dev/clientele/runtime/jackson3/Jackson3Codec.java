package dev.clientele.runtime.jackson3;

import dev.clientele.runtime.JsonCodec;
import dev.clientele.runtime.JsonReadException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON with Jackson 3 ({@code tools.jackson.databind}), for models generated with {@code jackson =
 * 3}. The default is a plain {@link JsonMapper}, nothing more (Jackson 3 reads and writes java.time
 * by itself): the models carry everything else in their annotations, so an application's own
 * mapper — a Spring Boot 4 application's configured one — reads and writes them as the client does.
 */
public final class Jackson3Codec implements JsonCodec {

  private static final Jackson3Codec DEFAULTS = new Jackson3Codec(JsonMapper.builder().build());

  private final ObjectMapper mapper;

  private Jackson3Codec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The shared codec over the default mapper. */
  public static Jackson3Codec defaults() {
    return DEFAULTS;
  }

  /** A codec over the application's mapper, e.g. the {@code JsonMapper} bean of a Spring Boot 4 application. */
  public static Jackson3Codec of(ObjectMapper mapper) {
    return new Jackson3Codec(Objects.requireNonNull(mapper, "the JsonMapper is null"));
  }

  /** The mapper; immutable and thread-safe. */
  public ObjectMapper mapper() {
    return mapper;
  }

  @Override
  public byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  @Override
  public @Nullable Object read(byte[] json, Type type) throws JsonReadException {
    try {
      return mapper.readValue(json, mapper.constructType(type));
    } catch (DatabindException e) {
      throw new JsonReadException(path(e.getPath()), Objects.toString(e.getOriginalMessage(), ""), e);
    } catch (StreamReadException e) {
      String path = "$";
      if (e.processor() != null) {
        path = "$" + e.processor().streamReadContext().pathAsPointer().toString().replace('/', '.');
      }
      throw new JsonReadException(path, Objects.toString(e.getOriginalMessage(), ""), e);
    } catch (JacksonException e) {
      throw new JsonReadException(path(e.getPath()), Objects.toString(e.getOriginalMessage(), ""), e);
    }
  }

  @Override
  public @Nullable String scalarText(Object value) {
    JsonNode tree = mapper.valueToTree(value);
    return tree.isValueNode() ? tree.asString() : null;
  }

  private static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JacksonException.Reference reference : references) {
      if (reference.getPropertyName() != null) {
        path.append('.').append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
