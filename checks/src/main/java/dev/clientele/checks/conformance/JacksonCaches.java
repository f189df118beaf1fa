package dev.clientele.checks.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.clientele.runtime.Json;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * Empties the caches of the runtime's shared mapper between specs: they hold the generated classes
 * of every spec run so far, which a run over the whole corpus cannot afford to keep.
 */
final class JacksonCaches {

  private JacksonCaches() {}

  static void flush() {
    ObjectMapper mapper = Json.mapper();
    TypeFactory.defaultInstance().clearCache();
    mapper.getTypeFactory().clearCache();
    if (mapper.getSerializerProvider() instanceof DefaultSerializerProvider provider) {
      provider.flushCachedSerializers();
    }
    try {
      // no public way to flush these: the root deserializers and the deserializer cache
      Field roots = ObjectMapper.class.getDeclaredField("_rootDeserializers");
      roots.setAccessible(true);
      ((Map<?, ?>) roots.get(mapper)).clear();
      Field context = ObjectMapper.class.getDeclaredField("_deserializationContext");
      context.setAccessible(true);
      Object deserializationContext = context.get(mapper);
      Field cache = com.fasterxml.jackson.databind.DeserializationContext.class.getDeclaredField("_cache");
      cache.setAccessible(true);
      ((com.fasterxml.jackson.databind.deser.DeserializerCache) cache.get(deserializationContext)).flushCachedDeserializers();
    } catch (ReflectiveOperationException | RuntimeException e) {
      // a Jackson without these fields keeps its caches: a long run needs more heap, nothing worse
    }
  }
}
