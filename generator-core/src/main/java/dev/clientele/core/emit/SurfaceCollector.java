package dev.clientele.core.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.clientele.core.changes.ApiSurface;
import dev.clientele.core.changes.ApiSurface.Element;
import dev.clientele.core.changes.ApiSurface.Kind;
import dev.clientele.core.model.EnumSchema;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.UnionSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects the {@link ApiSurface} of what the emitters generate, with the names and types they
 * give it: what callers compile against, in the words of Java rather than of the spec.
 */
final class SurfaceCollector {

  private final List<Element> elements = new ArrayList<>();
  private final JavaTypes types;

  SurfaceCollector(JavaTypes types) {
    this.types = types;
  }

  void type(ClassName type, String kind) {
    elements.add(new Element(Kind.TYPE, name(type), kind));
  }

  /** A record component; {@code required} when {@code build()} refuses an object without it. */
  void property(ClassName owner, String name, TypeName type, boolean nullable, boolean required) {
    elements.add(new Element(Kind.PROPERTY, name(owner) + "#" + name,
        (nullable ? "@Nullable " : "") + readable(type) + (required ? ", required" : "")));
  }

  void enumeration(EnumSchema schema) {
    ClassName type = types.className(schema);
    type(type, "enum");
    for (EnumEmitter.Constant constant : EnumEmitter.constants(schema)) {
      elements.add(new Element(Kind.CONSTANT, name(type) + "#" + constant.name(), printable(constant.wireValue())));
    }
  }

  void union(UnionSchema schema) {
    ClassName type = types.className(schema);
    type(type, "sealed interface");
    for (String variant : schema.variants()) {
      // As the union's emitter: a variant is a record or a nested union; a name that is neither is none.
      SchemaDefinition definition = types.definition(variant);
      if (definition instanceof ObjectSchema || definition instanceof UnionSchema) {
        elements.add(new Element(Kind.VARIANT, name(type) + "#" + name(types.className(definition)), ""));
      }
    }
    for (UnionSchema.ValueVariant value : schema.valueVariants()) {
      elements.add(new Element(Kind.VARIANT, name(type) + "#" + readable(types.of(value.type())), ""));
    }
  }

  void operations(ClassName api, List<OperationMethod> methods) {
    type(api, "interface");
    for (OperationMethod method : methods) {
      String operation = name(api) + "#" + method.name();
      elements.add(new Element(Kind.OPERATION, operation, readable(
          PagedMethods.of(method, types).map(PagedMethods.Paged::pageType).orElse(method.declaredReturnType()))));
      for (OperationMethod.MethodParameter parameter : method.parameters()) {
        if (parameter.kind() == OperationMethod.Kind.PARAMS) {
          // The params record's components are the parameters a caller sets, by name.
          for (OperationMethod.Component component : method.params().orElseThrow().components()) {
            elements.add(new Element(Kind.PARAMS_COMPONENT, operation + "(" + component.name() + ")",
                (component.source().required() ? "" : "@Nullable ") + readable(component.type())));
          }
          continue;
        }
        elements.add(new Element(Kind.PARAMETER, operation + "(" + parameter.name() + ")",
            (parameter.required() ? "" : "@Nullable ") + readable(parameter.type())));
      }
    }
  }

  void client(ClassName client, List<ClientEmitter.Group> groups) {
    type(client, "client");
    for (ClientEmitter.Group group : groups) {
      elements.add(new Element(Kind.ACCESSOR, name(client) + "#" + group.accessor(), name(group.api())));
    }
  }

  ApiSurface surface() {
    return new ApiSurface(elements);
  }

  /** A type's name without its package: {@code Lead}, {@code FilesApi.UploadFileResponse}. */
  private static String name(ClassName type) {
    return String.join(".", type.simpleNames());
  }

  /** A type as a caller reads it: simple names, {@code @Nullable} where it is. */
  static String readable(TypeName type) {
    String nullable = type.annotations().stream().anyMatch(a -> a.type().equals(JavaTypes.NULLABLE)) ? "@Nullable " : "";
    TypeName plain = type.withoutAnnotations();
    String text;
    if (plain instanceof ClassName className) {
      text = name(className);
    } else if (plain instanceof ParameterizedTypeName parameterized) {
      text = name(parameterized.rawType()) + parameterized.typeArguments().stream()
          .map(SurfaceCollector::readable).collect(Collectors.joining(", ", "<", ">"));
    } else if (plain instanceof ArrayTypeName array) {
      text = readable(array.componentType()) + "[]";
    } else if (plain instanceof WildcardTypeName wildcard) {
      text = wildcard.lowerBounds().isEmpty()
          ? (wildcard.upperBounds().get(0).equals(ClassName.OBJECT) ? "?" : "? extends " + readable(wildcard.upperBounds().get(0)))
          : "? super " + readable(wildcard.lowerBounds().get(0));
    } else {
      text = plain.toString();
    }
    return nullable + text;
  }

  /**
   * A wire value on one line of a UTF-8 file: backslashes, control characters and halves of
   * surrogate pairs (a hostile spec's) as escapes.
   */
  private static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
      if (pair) {
        out.append(c).append(value.charAt(++i));
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
