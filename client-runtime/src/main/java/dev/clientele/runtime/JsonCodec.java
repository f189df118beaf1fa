package dev.clientele.runtime;

import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * How a client reads and writes JSON: the one seam between the runtime and a JSON library, so that
 * the runtime depends on no Jackson major. {@link dev.clientele.runtime.jackson2.Jackson2Codec} and
 * {@link dev.clientele.runtime.jackson3.Jackson3Codec} implement it over an application's mapper;
 * generated clients pick the one their models were generated for.
 */
public interface JsonCodec {

  /**
   * The value as JSON bytes.
   *
   * @throws IllegalArgumentException if the value cannot be written, with the library's reason
   */
  byte[] write(Object value);

  /**
   * The JSON read as a {@code type} (a {@link Class} or a generic type from a {@link TypeToken}).
   *
   * @throws JsonReadException if the text is not JSON or does not fit the type
   */
  @Nullable Object read(byte[] json, Type type) throws JsonReadException;

  /**
   * The text of the value when JSON writes it as a scalar (a string, number or boolean; a generated
   * enum), as a form field carries it; null when it is an object or an array.
   */
  @Nullable String scalarText(Object value);

  /**
   * The default codec of whichever Jackson the application has: Jackson 2 when its databind is on
   * the class path (the runtime's choice before it supported both), otherwise Jackson 3.
   *
   * @throws IllegalStateException if neither is there, naming the dependency to add
   */
  static JsonCodec detected() {
    return JsonCodecs.detected();
  }
}
