package dev.clientele.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Pagination;
import dev.clientele.core.model.Property;
import dev.clientele.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The shape of an operation whose pages can be followed: its methods return the runtime's {@code
 * Page<Item, Response>} (and a future of one), built by {@code client.page(call, PAGING)} where
 * {@code PAGING} is a constant of the implementation naming the paging style, its parameters and
 * the record accessors that read items, the has-more flag and the cursor. The operation emitters
 * ask here whether a method is paged and take its types and statements from here.
 */
final class PagedMethods {

  static final ClassName PAGE = ClassName.get("dev.clientele.runtime", "Page");
  static final ClassName PAGING = ClassName.get("dev.clientele.runtime", "Paging");
  private static final ClassName OPTIONAL = ClassName.get(Optional.class);

  /**
   * A paged method.
   *
   * @param item the item type
   * @param response the decoded response type
   * @param paging the expression that makes the {@code Paging}
   * @param usesDeprecated whether that expression reads a deprecated property
   */
  record Paged(TypeName item, TypeName response, CodeBlock paging, boolean usesDeprecated) {

    /** {@code Page<Item, Response>}. */
    TypeName pageType() {
      return ParameterizedTypeName.get(PAGE, item, response);
    }

    /** {@code CompletableFuture<Page<Item, Response>>}. */
    TypeName asyncType() {
      return ParameterizedTypeName.get(ApiInterfaceEmitter.COMPLETABLE_FUTURE, pageType());
    }
  }

  private PagedMethods() {}

  /**
   * The paged shape of {@code method}, if its operation has a pagination this emitter can express
   * (a single response type that is an array or a record; the parse stage has checked the paths).
   */
  static Optional<Paged> of(OperationMethod method, JavaTypes types) {
    Optional<Pagination> declared = method.operation().pagination();
    if (declared.isEmpty() || method.returnType().isEmpty() || method.responseUnion().isPresent()) {
      return Optional.empty();
    }
    Pagination pagination = declared.get();
    Optional<TypeRef> body = method.operation().successResponses().stream()
        .flatMap(response -> response.type().stream()).findFirst();
    if (body.isEmpty()) {
      return Optional.empty();
    }
    Reader reader = new Reader(types);
    Optional<TypeRef> itemsType = reader.typeAt(body.get(), pagination.items());
    if (itemsType.isEmpty() || !(itemsType.get() instanceof TypeRef.ArrayOf array)) {
      return Optional.empty();
    }
    TypeName response = types.of(body.get());
    TypeName item = types.of(array.items());
    CodeBlock items = pagination.items().isEmpty()
        ? CodeBlock.of("body -> body")
        : reader.accessor(body.get(), pagination.items(), false);
    CodeBlock hasMore = pagination.hasMore().isEmpty()
        ? CodeBlock.of("null")
        : reader.accessor(body.get(), pagination.hasMore(), false);
    CodeBlock start = CodeBlock.of("$T.<$T, $T>", PAGING, item, response);
    CodeBlock paging = switch (pagination.style()) {
      case OFFSET -> CodeBlock.of("$L$L($W$S,$W$L,$W$L,$W$L)", start, "offset", pagination.parameter(),
          size(pagination), items, hasMore);
      case PAGE_NUMBER -> CodeBlock.of("$L$L($W$S,$W$L,$W$L,$W$L,$W$L)", start, "pageNumber", pagination.parameter(),
          size(pagination), pagination.firstPage(), items, hasMore);
      case CURSOR_FROM_LAST_ITEM -> CodeBlock.of("$L$L($W$S,$W$L,$W$L,$W$L)", start, "cursorFromLastItem",
          pagination.parameter(), items, reader.accessor(array.items(), List.of(pagination.itemId()), true), hasMore);
      case CURSOR_FROM_RESPONSE -> CodeBlock.of("$L$L($W$S,$W$L,$W$L,$W$L)", start, "cursorFromResponse",
          pagination.parameter(), items, reader.accessor(body.get(), pagination.nextCursor(), true), hasMore);
      case LINK_HEADER -> CodeBlock.of("$L$L($L)", start, "linkHeader", items);
    };
    return reader.failed ? Optional.empty() : Optional.of(new Paged(item, response, paging, reader.deprecated));
  }

  /**
   * Whether a paged method's {@code Page} names a deprecated item type, which the response type does
   * not show: the types that declare it must say they use it knowingly.
   */
  static boolean mentionsDeprecated(OperationMethod method, JavaTypes types) {
    Optional<Pagination> pagination = method.operation().pagination();
    Optional<TypeRef> body = method.operation().successResponses().stream()
        .flatMap(response -> response.type().stream()).findFirst();
    if (pagination.isEmpty() || body.isEmpty() || of(method, types).isEmpty()) {
      return false;
    }
    return new Reader(types).typeAt(body.get(), pagination.get().items())
        .map(items -> types.mentionsDeprecated(items))
        .orElse(false);
  }

  /** The constant that holds a paged method's {@code Paging}: {@code LIST_PAGING}. */
  static FieldSpec pagingField(OperationMethod method, Paged paged) {
    FieldSpec.Builder field = FieldSpec.builder(
            ParameterizedTypeName.get(PAGING, paged.item(), paged.response()), fieldName(method),
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(paged.paging());
    if (paged.usesDeprecated()) {
      field.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    }
    return field.build();
  }

  /** {@code return client.page(listCall(a, b), LIST_PAGING)}, or {@code pageAsync}. */
  static CodeBlock pageStatement(OperationMethod method, CodeBlock arguments, boolean async) {
    return CodeBlock.of("return client.$L($N($L), $N)", async ? "pageAsync" : "page", method.callName(), arguments,
        fieldName(method));
  }

  /** The Javadoc paragraph that says how to go through the pages. */
  static String javadoc(Pagination pagination) {
    String how = switch (pagination.style()) {
      case OFFSET -> "the {@code " + pagination.parameter() + "} offset";
      case PAGE_NUMBER -> "the {@code " + pagination.parameter() + "} page number";
      case CURSOR_FROM_LAST_ITEM -> "the {@code " + pagination.parameter() + "} cursor, the last item's {@code "
          + pagination.itemId() + "}";
      case CURSOR_FROM_RESPONSE -> "the {@code " + pagination.parameter() + "} cursor the response names in {@code "
          + String.join(".", pagination.nextCursor()) + "}";
      case LINK_HEADER -> "the {@code Link} header's {@code rel=\"next\"} URL";
    };
    return "Returns the first page. Its {@code autoPager()} iterates over the items of every page (also\n"
        + "as a {@code stream()}), fetching the next page only when iteration reaches it, by\n"
        + how + ". {@code hasNextPage()} and {@code nextPage()} go page by page;\n"
        + "{@code response()} is the whole response.";
  }

  private static String fieldName(OperationMethod method) {
    return JavaNames.constantName(method.name()) + "_PAGING";
  }

  private static CodeBlock size(Pagination pagination) {
    return pagination.sizeParameter().map(name -> CodeBlock.of("$S", name)).orElse(CodeBlock.of("null"));
  }

  /** Reads record properties by wire-name paths, with the names the records give their accessors. */
  private static final class Reader {
    private final JavaTypes types;
    private boolean failed;
    private boolean deprecated;

    Reader(JavaTypes types) {
      this.types = types;
    }

    Optional<TypeRef> typeAt(TypeRef root, List<String> path) {
      TypeRef type = root;
      for (String name : path) {
        Optional<Property> property = property(type, name);
        if (property.isEmpty()) {
          return Optional.empty();
        }
        type = property.get().type();
      }
      return Optional.of(type);
    }

    /**
     * A function from {@code root} to the value at {@code path}: {@code Lead::id} for one step, else
     * a null-safe chain through {@code Optional}; {@code asText} turns an integer into its text.
     */
    CodeBlock accessor(TypeRef root, List<String> path, boolean asText) {
      List<CodeBlock> steps = new ArrayList<>();
      TypeRef type = root;
      for (String name : path) {
        Optional<Property> property = property(type, name);
        if (property.isEmpty() || !(types.definition(((TypeRef.Named) type).name()) instanceof ObjectSchema object)) {
          failed = true;
          return CodeBlock.of("null");
        }
        deprecated |= property.get().deprecated();
        Map<String, String> accessors = RecordEmitter.accessorNames(object, types);
        steps.add(CodeBlock.of("$T::$N", types.of(type), accessors.get(name)));
        type = property.get().type();
      }
      boolean text = asText && !type.equals(TypeRef.scalar(TypeRef.ScalarKind.STRING));
      if (steps.size() == 1 && !text) {
        return steps.get(0);
      }
      CodeBlock.Builder chain = CodeBlock.builder().add("value -> $T.ofNullable(value)", OPTIONAL);
      steps.forEach(step -> chain.add(".map($L)", step));
      if (text) {
        chain.add(".map($T::toString)", Object.class);
      }
      return chain.add(".orElse(null)").build();
    }

    private Optional<Property> property(TypeRef type, String name) {
      if (!(type instanceof TypeRef.Named named) || !(types.definition(named.name()) instanceof ObjectSchema object)) {
        return Optional.empty();
      }
      return object.properties().stream().filter(p -> p.wireName().equals(name)).findFirst();
    }
  }
}
