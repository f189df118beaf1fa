package dev.clientele.core.properties;

import dev.clientele.core.properties.Shapes.ArrayOf;
import dev.clientele.core.properties.Shapes.Component;
import dev.clientele.core.properties.Shapes.Enum;
import dev.clientele.core.properties.Shapes.MapOf;
import dev.clientele.core.properties.Shapes.ObjectComponent;
import dev.clientele.core.properties.Shapes.ObjectOf;
import dev.clientele.core.properties.Shapes.Prop;
import dev.clientele.core.properties.Shapes.Ref;
import dev.clientele.core.properties.Shapes.Scalar;
import dev.clientele.core.properties.Shapes.Shape;
import dev.clientele.core.properties.Shapes.Spec;
import dev.clientele.core.properties.Shapes.UnionComponent;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for random specs: names from all over Unicode, and nested schemas. */
final class SpecArbitraries {

  private SpecArbitraries() {}

  /** Names that have broken generators: keywords, java.lang and Object members, case twins, symbols. */
  private static final List<String> NASTY_NAMES = List.of(
      "class", "default", "public", "int", "record", "var", "_", "__", "$", "String", "Object", "Override",
      "Record", "List", "Map", "Optional", "hashCode", "toString", "getClass", "equals", "builder", "toBuilder",
      "build", "additionalProperties", "value", "Builder", "Known", "Unknown", "name", "Name", "NAME", "nAmE",
      "a-b", "a_b", "aB", "AB", "a.b", "a b", "$ref", "@type", "1st", "2xx", "+", "-", ">=", "*/", "/*",
      "\\u002a/", "日本語", "Ωμέγα", "émoji😀", "con", "aux", "id", "ID", "Id", "x".repeat(300));

  static Arbitrary<String> names() {
    Arbitrary<String> wide = Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('\u00a0', '\u024f')
        .withCharRange('\u0370', '\u03ff')
        .withCharRange('\u3040', '\u30ff')
        .withCharRange('\u4e00', '\u4e2f')
        .withChars('\u2028', '\u2029', '\u202e', '\u200b', '\u0000', '\t', '\n')
        .ofMinLength(0)
        .ofMaxLength(12);
    Arbitrary<String> identifiers = Arbitraries.strings().alpha().numeric().withChars('_', '-').ofMinLength(1).ofMaxLength(10);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(NASTY_NAMES)),
        net.jqwik.api.Tuple.of(4, identifiers),
        net.jqwik.api.Tuple.of(3, wide));
  }

  static Arbitrary<Shape> shapes(int depth) {
    Arbitrary<Shape> scalar = Arbitraries.of(
            new Scalar("string", "", false), new Scalar("string", "date-time", false), new Scalar("string", "date", false),
            new Scalar("string", "uuid", false), new Scalar("string", "uri", false), new Scalar("string", "byte", false),
            new Scalar("integer", "", false), new Scalar("integer", "int64", false), new Scalar("number", "", false),
            new Scalar("number", "double", false), new Scalar("boolean", "", false), new Scalar("string", "", true),
            new Scalar("integer", "int32", true))
        .map(Shape.class::cast);
    Arbitrary<Shape> enums = names().list().ofMinSize(1).ofMaxSize(6).uniqueElements().map(Enum::new);
    Arbitrary<Shape> refs = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(false, false, true))
        .as(Ref::new);
    if (depth == 0) {
      return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, scalar), net.jqwik.api.Tuple.of(2, enums),
          net.jqwik.api.Tuple.of(2, refs));
    }
    Arbitrary<Shape> inner = Arbitraries.lazy(() -> shapes(depth - 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, scalar),
        net.jqwik.api.Tuple.of(2, enums),
        net.jqwik.api.Tuple.of(2, refs),
        net.jqwik.api.Tuple.of(2, inner.map(ArrayOf::new)),
        net.jqwik.api.Tuple.of(1, inner.map(MapOf::new)),
        net.jqwik.api.Tuple.of(2, properties(depth - 1).map(ObjectOf::new)));
  }

  static Arbitrary<List<Prop>> properties(int depth) {
    Arbitrary<Prop> prop = Combinators.combine(names(), shapes(depth), Arbitraries.of(true, false)).as(Prop::new);
    return prop.list().ofMinSize(1).ofMaxSize(6).uniqueElements(Prop::name);
  }

  static Arbitrary<Spec> specs() {
    Arbitrary<Component> object = Combinators.combine(names(), properties(2)).as(ObjectComponent::new);
    Arbitrary<Component> union = Combinators.combine(names(), Arbitraries.integers().between(2, 3), Arbitraries.of(true, false))
        .as(UnionComponent::new);
    Arbitrary<Component> component = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, object), net.jqwik.api.Tuple.of(1, union));
    return component.list().ofMinSize(2).ofMaxSize(6).uniqueElements(Component::name).map(Spec::new);
  }
}
