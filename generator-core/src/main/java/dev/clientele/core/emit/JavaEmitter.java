package dev.clientele.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.clientele.core.changes.ApiSurface;
import dev.clientele.core.model.ApiModel;
import dev.clientele.core.model.EnumSchema;
import dev.clientele.core.model.ObjectSchema;
import dev.clientele.core.model.Operation;
import dev.clientele.core.model.SchemaDefinition;
import dev.clientele.core.model.UnionSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Emits every Java file for a model: the {@code model} package (records, enums, sealed unions) and
 * the {@code api} package (one operation interface per group). Output is deterministic: the same
 * model and options give byte-identical files.
 */
public final class JavaEmitter {

  /**
   * What was generated.
   *
   * @param files the sources, in a stable order
   * @param warnings what could not be generated exactly as the spec says
   * @param classNames schema name (as in the model) → the qualified name of its generated type
   * @param classNamesByPointer where a schema sits in the document ({@code
   *     #/paths/~1pets/post/requestBody/content/application~1json/schema}) → the same, for tools
   *     that start from the document, such as the corpus runner's example check
   * @param surface the public API the files offer callers
   */
  public record Result(
      List<SourceFile> files,
      List<String> warnings,
      Map<String, String> classNames,
      Map<String, String> classNamesByPointer,
      ApiSurface surface) {
    public Result {
      files = List.copyOf(files);
      warnings = List.copyOf(warnings);
      classNames = Collections.unmodifiableMap(new LinkedHashMap<>(classNames));
      classNamesByPointer = Collections.unmodifiableMap(new LinkedHashMap<>(classNamesByPointer));
    }
  }

  private JavaEmitter() {}

  public static Result emit(ApiModel model, EmitOptions options) {
    try (Rendering rendering = new Rendering(JavaEmitter::source)) {
      return emit(model, options, rendering);
    }
  }

  private static Result emit(ApiModel model, EmitOptions options, Rendering rendering) {
    String modelPackage = options.basePackage() + ".model";
    String apiPackage = options.basePackage() + ".api";
    JavaTypes types = new JavaTypes(model, modelPackage, Jackson.major(options.jackson()));
    List<String> warnings = new ArrayList<>();
    List<Rendering.Pending> files = new ArrayList<>();
    SurfaceCollector surface = new SurfaceCollector(types);

    // The methods first: an enum declared inline in a parameter takes its place in the params
    // record there, before the model types are emitted.
    Apis apis = apis(model, options, apiPackage, types, warnings);
    NameScope accessors = NameScope.forMembers().reserve("builder", "fromEnv", "with", "config",
        "hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");
    List<ClientEmitter.Group> clientGroups = new ArrayList<>();

    Map<String, List<ClassName>> unionsOfVariant = new LinkedHashMap<>();
    Map<String, Map<String, String>> discriminatorValues = new LinkedHashMap<>();
    Set<ClassName> deprecatedUnions = new HashSet<>();
    for (SchemaDefinition definition : model.schemas()) {
      if (definition instanceof UnionSchema union) {
        if (union.deprecated()) {
          deprecatedUnions.add(types.className(union));
        }
        union.discriminator().ifPresent(discriminator -> discriminator.mapping().forEach((value, variant) ->
            discriminatorValues.computeIfAbsent(variant, key -> new LinkedHashMap<>())
                .putIfAbsent(discriminator.propertyName(), value)));
        for (String variant : union.variants()) {
          if (types.definition(variant) instanceof ObjectSchema || types.definition(variant) instanceof UnionSchema) {
            List<ClassName> unions = unionsOfVariant.computeIfAbsent(variant, key -> new ArrayList<>());
            if (!unions.contains(types.className(union))) {
              unions.add(types.className(union));
            }
          }
        }
      }
    }
    // The most deeply nested first: a type takes in the types nested in it when it is emitted.
    Map<String, Rendering.Pending> modelTypes = new LinkedHashMap<>();
    for (SchemaDefinition definition : byDepth(model.schemas(), types)) {
      TypeSpec.Builder type;
      if (definition instanceof ObjectSchema object) {
        type = RecordEmitter.emit(
            object,
            types,
            unionsOfVariant.getOrDefault(object.name(), List.of()),
            discriminatorValues.getOrDefault(object.name(), Map.of()),
            deprecatedUnions);
      } else if (definition instanceof EnumSchema enumSchema) {
        type = EnumEmitter.emit(enumSchema, types);
      } else {
        UnionSchema union = (UnionSchema) definition;
        type = UnionEmitter.emit(union, types, unionsOfVariant.getOrDefault(union.name(), List.of()), warnings::add);
      }
      Optional<String> owner = types.ownerOf(definition.name());
      if (types.nestsInParams(definition.name())) {
        types.addParameterTypeSpec(definition.name(), type.build());
      } else if (owner.isPresent()) {
        // Nested: the file's top-level type carries @Generated for all it holds.
        types.addNestedType(owner.get(), type.build());
      } else {
        // Complete: what nests in it came first. Its text is written while the rest are built.
        modelTypes.put(definition.name(), rendering.submit(GeneratedFiles.file(modelPackage, type)));
      }
    }
    for (SchemaDefinition definition : model.schemas()) {
      if (modelTypes.containsKey(definition.name())) {
        files.add(modelTypes.get(definition.name()));
      }
      if (definition instanceof ObjectSchema object) {
        RecordEmitter.surface(object, types, unionsOfVariant.getOrDefault(object.name(), List.of()), surface);
      } else if (definition instanceof EnumSchema enumSchema) {
        surface.enumeration(enumSchema);
      } else if (definition instanceof UnionSchema union) {
        surface.union(union);
      }
    }

    NameScope interfaces = apis.interfaces();
    for (ApiGroup planned : apis.groups()) {
      files.add(rendering.submit(ApiInterfaceEmitter.emit(planned.api(), planned.key(), planned.methods(), types)));
      surface.operations(planned.api(), planned.methods());
      if (options.generateClient()) {
        ClassName implementation = ClassName.get(apiPackage, interfaces.allocate(planned.api().simpleName() + "Client"));
        files.add(rendering.submit(ApiImplementationEmitter.emit(implementation, planned.api(), planned.methods(), types)));
        clientGroups.add(new ClientEmitter.Group(accessors.allocate(JavaNames.memberName(planned.baseName())), planned.api(), implementation));
      }
    }
    // The params records several interfaces share, each once, top-level beside them.
    Map<ClassName, List<String>> sharedParamsUsers = new LinkedHashMap<>();
    Map<ClassName, OperationMethod.ParamsRecord> sharedParams = new LinkedHashMap<>();
    for (ApiGroup planned : apis.groups()) {
      for (OperationMethod method : planned.methods()) {
        method.params().filter(params -> params.name().enclosingClassName() == null).ifPresent(params -> {
          sharedParams.put(params.name(), params);
          sharedParamsUsers.computeIfAbsent(params.name(), key -> new ArrayList<>())
              .add(ParamsRecordEmitter.user(planned.api(), method));
        });
      }
    }
    sharedParams.forEach((name, params) -> files.add(rendering.submit(
        GeneratedFiles.file(apiPackage, ParamsRecordEmitter.emit(sharedParamsUsers.get(name), params, types)))));
    if (options.generateClient()) {
      ClassName client = ClassName.get(options.basePackage(), clientName(model, options));
      files.add(rendering.submit(ClientEmitter.emit(client, model, clientGroups, types.jackson())));
      surface.client(client, clientGroups);
    }

    List<SourceFile> sources = new ArrayList<>();
    for (Rendering.Pending file : files) {
      sources.add(file.get());
    }
    if (!model.schemas().isEmpty()) {
      sources.add(packageInfo(modelPackage, "The data types of " + describe(model) + ": records, enums and sealed unions."));
    }
    if (!apis.groups().isEmpty()) {
      sources.add(packageInfo(apiPackage, "The operations of " + describe(model) + ", one interface per group."));
    }
    Map<String, String> classNames = new LinkedHashMap<>();
    Map<String, String> classNamesByPointer = new LinkedHashMap<>();
    for (SchemaDefinition definition : model.schemas()) {
      classNames.put(definition.name(), types.className(definition).reflectionName());
      classNamesByPointer.putIfAbsent(definition.pointer(), types.className(definition).reflectionName());
    }
    model.sharedPointers().forEach((pointer, name) -> classNamesByPointer.putIfAbsent(pointer, classNames.get(name)));
    return new Result(sources, warnings, classNames, classNamesByPointer, surface.surface());
  }

  /** An operation interface to emit: its group's key and name, its class and its methods. */
  private record ApiGroup(String key, String baseName, ClassName api, List<OperationMethod> methods) {}

  /** The operation interfaces, and the type names taken in their package. */
  private record Apis(List<ApiGroup> groups, NameScope interfaces) {}

  private static Apis apis(ApiModel model, EmitOptions options, String apiPackage, JavaTypes types, List<String> warnings) {
    Map<String, List<Operation>> groups = new LinkedHashMap<>();
    for (Operation operation : model.operations()) {
      groups.computeIfAbsent(operation.group(), key -> new ArrayList<>()).add(operation);
    }
    NameScope interfaces = NameScope.forTypes().reserve("package-info");
    boolean secured = !model.securitySchemes().isEmpty();
    List<ApiGroup> result = new ArrayList<>();
    // Every interface is named before the params records that several share take their names beside them.
    List<String> baseNames = new ArrayList<>();
    List<ClassName> apis = new ArrayList<>();
    for (Map.Entry<String, List<Operation>> group : groups.entrySet()) {
      String baseName = options.groupNames().getOrDefault(group.getKey(), group.getValue().get(0).groupName());
      baseNames.add(baseName);
      apis.add(ClassName.get(apiPackage, interfaces.allocate(JavaNames.typeName(baseName) + "Api")));
    }
    SharedParams.AcrossGroups shared =
        SharedParams.AcrossGroups.of(groups, apiPackage, interfaces, types, secured);
    int index = 0;
    for (Map.Entry<String, List<Operation>> group : groups.entrySet()) {
      ClassName api = apis.get(index);
      result.add(new ApiGroup(group.getKey(), baseNames.get(index), api,
          OperationMethod.of(group.getValue(), api, types, secured, shared, warnings::add)));
      index++;
    }
    types.placeRemainingParameterTypes();
    return new Apis(result, interfaces);
  }

  /**
   * The definitions in the order they are emitted: one top-level type at a time, each after the
   * types nested in it (the most deeply nested first, otherwise in model order), so that only one
   * top-level type's JavaPoet tree is held at a time rather than every nested type of the spec
   * (Cloudflare's would be 450 MB).
   */
  private static List<SchemaDefinition> byDepth(List<SchemaDefinition> definitions, JavaTypes types) {
    Map<String, List<SchemaDefinition>> byRoot = new LinkedHashMap<>();
    Map<String, Integer> depths = new HashMap<>();
    for (SchemaDefinition definition : definitions) {
      int depth = 0;
      String root = definition.name();
      for (Optional<String> owner = types.ownerOf(definition.name()); owner.isPresent(); owner = types.ownerOf(owner.get())) {
        depth++;
        root = owner.get();
      }
      depths.put(definition.name(), depth);
      byRoot.computeIfAbsent(root, key -> new ArrayList<>()).add(definition);
    }
    List<SchemaDefinition> sorted = new ArrayList<>(definitions.size());
    for (List<SchemaDefinition> tree : byRoot.values()) {
      tree.sort(Comparator.comparing((SchemaDefinition definition) -> depths.get(definition.name())).reversed());
      sorted.addAll(tree);
    }
    return sorted;
  }

  /** The entry point's name: as configured, else the title without a trailing "API", plus {@code Client}. */
  private static String clientName(ApiModel model, EmitOptions options) {
    if (!options.clientName().isEmpty()) {
      String name = JavaNames.typeName(options.clientName());
      return JavaTypes.needsSuffix(name) ? name + "Client" : name;
    }
    String title = model.title().strip().replaceAll("(?i)[\\s_-]*(api|client)$", "");
    return title.isEmpty() ? "ApiClient" : JavaNames.typeName(title) + "Client";
  }

  private static String describe(ApiModel model) {
    return model.title().isEmpty() ? "the API" : "the " + Javadocs.escape(model.title()).strip();
  }

  private static SourceFile source(JavaFile file) {
    String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
    return new SourceFile(path, SourceLayout.apply(file.toString()));
  }

  /** Marks the package {@code @NullMarked}: anything not annotated {@code @Nullable} is never null. */
  private static SourceFile packageInfo(String packageName, String javadoc) {
    String content =
        "// Generated by Clientele. Do not edit: changes are lost when it runs again.\n"
            + "/**\n * " + javadoc + "\n */\n"
            + "@" + AnnotationSpec.builder(GeneratedFiles.GENERATED).build().type() + "(\"" + GeneratedFiles.GENERATOR + "\")\n"
            + "@org.jspecify.annotations.NullMarked\n"
            + "package " + packageName + ";\n";
    return new SourceFile(packageName.replace('.', '/') + "/package-info.java", content);
  }
}
