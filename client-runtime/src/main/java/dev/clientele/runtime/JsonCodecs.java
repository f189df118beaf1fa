package dev.clientele.runtime;

/**
 * Finds the Jackson the application has, once. Each codec class is loaded only after its library
 * has been found, so that a class path with one Jackson never touches the other.
 */
final class JsonCodecs {

  private static final String JACKSON_2 = "com.fasterxml.jackson.databind.ObjectMapper";
  private static final String JACKSON_3 = "tools.jackson.databind.json.JsonMapper";

  private JsonCodecs() {}

  /** Holds the detected codec: detection runs on first use, not when the runtime loads. */
  private static final class Detected {
    static final JsonCodec CODEC = detect();
  }

  static JsonCodec detected() {
    return Detected.CODEC;
  }

  private static JsonCodec detect() {
    if (present(JACKSON_2)) {
      return dev.clientele.runtime.jackson2.Jackson2Codec.defaults();
    }
    if (present(JACKSON_3)) {
      return dev.clientele.runtime.jackson3.Jackson3Codec.defaults();
    }
    throw new IllegalStateException("clientele-runtime needs Jackson to read and write JSON, and found none: add "
        + "tools.jackson.core:jackson-databind (Jackson 3) or com.fasterxml.jackson.core:jackson-databind with "
        + "com.fasterxml.jackson.datatype:jackson-datatype-jsr310 (Jackson 2) to the application's dependencies");
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, JsonCodecs.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
