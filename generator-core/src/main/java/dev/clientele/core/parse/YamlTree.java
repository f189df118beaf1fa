package dev.clientele.core.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads a YAML document into a JSON tree with anchors, aliases and merge keys meaning what YAML says,
 * within limits that make a hostile document fail fast instead of exhausting memory.
 *
 * <p>Jackson's YAML parser decides every scalar (so numbers, booleans, nulls and strings come out as
 * they always have) but hands an alias over as the anchor's name and a merge key as a plain {@code <<}
 * field. This class builds the tree itself from the parser's tokens, looking at the YAML event behind
 * each one: an alias becomes a copy of its anchor's value, {@code <<: *base} and {@code <<: [*a, *b]}
 * merge mappings in (YAML 1.1: explicit keys win, then earlier mappings over later ones; merged keys
 * take the place of the {@code <<}, so that properties keep the order a reader sees). Copies are
 * counted, so an alias bomb ("billion laughs") stops at {@link #MAX_ALIAS_NODES} long before it fills
 * the heap.
 */
final class YamlTree {

  /** Large enough for every spec we know of (Stripe's is ~6 MiB), small enough to stop a runaway. */
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  /**
   * Deeper trees overflow the stack of swagger-parser's and our own recursive readers on a default
   * 1 MiB thread stack (measured: 2,000 levels of nested schemas do); real specs stay far below.
   */
  static final int MAX_DEPTH = 1_000;

  /** Aliases in one document: real specs use a few dozen; a generator of aliases may use millions. */
  static final int MAX_ALIASES = 10_000;

  /** Nodes that aliases may add to the tree, all copies counted: a bomb adds billions. */
  static final int MAX_ALIAS_NODES = 1_000_000;

  private static final String MERGE_KEY = "<<";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final YAMLFactory FACTORY = new EventFactory(factoryBuilder());

  private final EventParser parser;
  private final Map<String, Anchored> anchors = new HashMap<>();
  private int aliases;
  private long aliasNodes;
  /** Nodes built so far, copies included: what an anchor's value adds when an alias repeats it. */
  private long nodes;
  /** How many levels of mappings and sequences the value read last has (a scalar: none). */
  private int height;

  private final List<Duplicate> duplicates;

  /**
   * A key a mapping repeats: YAML does not allow it, and the later value silently replaces the
   * earlier one.
   *
   * @param key the key
   * @param location where it is repeated, {@code line N, column M}
   */
  record Duplicate(String key, String location) {}

  private YamlTree(EventParser parser, List<Duplicate> duplicates) {
    this.parser = parser;
    this.duplicates = duplicates;
  }

  private static YAMLFactoryBuilder factoryBuilder() {
    LoaderOptions loaderOptions = new LoaderOptions();
    loaderOptions.setCodePointLimit(MAX_CODE_POINTS);
    // Depth is checked here, with a message that says where; Jackson's own check would say less.
    return YAMLFactory.builder()
        .loaderOptions(loaderOptions)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build());
  }

  /**
   * Reads the first document of {@code text}; null when it is empty.
   *
   * @throws LimitException when the document goes beyond a limit or misuses an alias or merge key
   * @throws IOException (a {@link com.fasterxml.jackson.core.JsonProcessingException}) on a syntax error
   */
  static JsonNode read(String text) throws IOException {
    return read(text, new ArrayList<>());
  }

  /** Reads as {@link #read(String)} does; {@code duplicates} receives the keys mappings repeat. */
  static JsonNode read(String text, List<Duplicate> duplicates) throws IOException {
    try (EventParser parser = (EventParser) FACTORY.createParser(new StringReader(text))) {
      if (parser.nextToken() == null) {
        return null;
      }
      return new YamlTree(parser, duplicates).value(1);
    }
  }

  /** Reads the value at the current token, {@code depth} levels down (the top level is 1). */
  private JsonNode value(int depth) throws IOException {
    Event event = parser.lastEvent();
    if (event instanceof AliasEvent alias) {
      return alias(alias, depth);
    }
    String anchor = event instanceof NodeEvent node ? node.getAnchor() : null;
    long before = nodes;
    boolean container = parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY;
    if (container && depth > MAX_DEPTH) {
      throw limit("the document is nested more than " + number(MAX_DEPTH) + " levels deep", event);
    }
    JsonNode value = switch (parser.currentToken()) {
      case START_OBJECT -> object(depth);
      case START_ARRAY -> array(depth);
      default -> scalar();
    };
    if (anchor != null) {
      anchors.put(anchor, new Anchored(value, nodes - before, height));
    }
    return value;
  }

  private ObjectNode object(int depth) throws IOException {
    nodes++;
    ObjectNode object = NODES.objectNode();
    // Merged mappings are applied once every explicit key is known, since explicit keys win.
    List<Object> entries = new ArrayList<>();
    Set<String> explicit = new HashSet<>();
    int deepest = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Event keyEvent = parser.lastEvent();
      boolean merge = isMergeKey(keyEvent);
      if (keyEvent instanceof ScalarEvent anchoredKey && anchoredKey.getAnchor() != null) {
        anchors.put(anchoredKey.getAnchor(), new Anchored(NODES.textNode(key), 1, 0));
      }
      Event valueEvent = nextEvent();
      JsonNode value = value(depth + 1);
      deepest = Math.max(deepest, height);
      if (merge) {
        entries.add(mergedMappings(value, valueEvent));
      } else {
        if (!explicit.add(key)) {
          Mark mark = keyEvent.getStartMark();
          duplicates.add(new Duplicate(key, mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)));
        }
        entries.add(Map.entry(key, value));
      }
    }
    for (Object entry : entries) {
      if (entry instanceof Map.Entry<?, ?> field) {
        // Like Jackson's own tree: a repeated key keeps its first place and its last value.
        object.replace((String) field.getKey(), (JsonNode) field.getValue());
      } else {
        for (Object merged : (List<?>) entry) {
          ((ObjectNode) merged).properties().forEach(field -> {
            if (!explicit.contains(field.getKey()) && !object.has(field.getKey())) {
              object.set(field.getKey(), field.getValue());
            }
          });
        }
      }
    }
    height = deepest + 1;
    return object;
  }

  private ArrayNode array(int depth) throws IOException {
    nodes++;
    ArrayNode array = NODES.arrayNode();
    int deepest = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(value(depth + 1));
      deepest = Math.max(deepest, height);
    }
    height = deepest + 1;
    return array;
  }

  /** The scalar at the current token, made exactly as Jackson's {@code readTree} makes it. */
  private JsonNode scalar() throws IOException {
    nodes++;
    height = 0;
    return switch (parser.currentToken()) {
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> NODES.numberNode(parser.getIntValue());
        case LONG -> NODES.numberNode(parser.getLongValue());
        default -> NODES.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> switch (parser.getNumberTypeFP()) {
        case BIG_DECIMAL -> NODES.numberNode(parser.getDecimalValue());
        case FLOAT32 -> NODES.numberNode(parser.getFloatValue());
        default -> NODES.numberNode(parser.getDoubleValue());
      };
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject() instanceof byte[] bytes
          ? NODES.binaryNode(bytes)
          : NODES.pojoNode(parser.getEmbeddedObject());
      default -> throw new IllegalStateException("not a scalar: " + parser.currentToken());
    };
  }

  /** A copy of the anchored value, counted against the limits. */
  private JsonNode alias(AliasEvent alias, int depth) throws LimitException {
    Anchored anchored = anchors.get(alias.getAnchor());
    if (anchored == null) {
      throw new LimitException(
          "the alias *" + alias.getAnchor() + " refers to no anchor &" + alias.getAnchor() + " before it"
              + " (an alias inside its own anchor's value would be recursive)",
          "define the anchor before the alias, or write the value out",
          alias.getStartMark());
    }
    if (++aliases > MAX_ALIASES) {
      throw limit("the document uses more than " + number(MAX_ALIASES) + " aliases", alias);
    }
    aliasNodes += anchored.nodes();
    if (aliasNodes > MAX_ALIAS_NODES) {
      throw limit(
          "the document's aliases expand to more than " + number(MAX_ALIAS_NODES) + " nodes"
              + " (an alias bomb, or far more repetition than a spec needs)",
          alias);
    }
    if (depth - 1 + anchored.height() > MAX_DEPTH) {
      throw limit("with its aliases expanded, the document is nested more than " + number(MAX_DEPTH) + " levels deep", alias);
    }
    nodes += anchored.nodes();
    height = anchored.height();
    return anchored.value().deepCopy();
  }

  /** The mappings a merge key's value names: one mapping, or a sequence of them. */
  private List<ObjectNode> mergedMappings(JsonNode value, Event at) throws LimitException {
    List<ObjectNode> mappings = new ArrayList<>();
    if (value.isObject()) {
      mappings.add((ObjectNode) value);
    } else if (value.isArray() && !value.isEmpty()) {
      for (JsonNode element : value) {
        if (!element.isObject()) {
          mappings.clear();
          break;
        }
        mappings.add((ObjectNode) element);
      }
    }
    if (mappings.isEmpty()) {
      throw new LimitException(
          "a merge key (<<) must be followed by a mapping or a list of mappings",
          "merge an anchored mapping (<<: *base) or several (<<: [*a, *b]), or quote the key '<<' if it is a name",
          at.getStartMark());
    }
    return mappings;
  }

  /** The plain, untagged key {@code <<}; a quoted one is just a name. */
  private static boolean isMergeKey(Event event) {
    return event instanceof ScalarEvent key
        && MERGE_KEY.equals(key.getValue())
        && key.getScalarStyle() == ScalarStyle.PLAIN
        && (key.getTag() == null || key.getTag().equals("tag:yaml.org,2002:merge"));
  }

  private Event nextEvent() throws IOException {
    parser.nextToken();
    return parser.lastEvent();
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static LimitException limit(String what, Event at) {
    return new LimitException(
        what + ", beyond what Clientele reads",
        "a spec this large or deep is almost certainly not meant: check the file's origin",
        at.getStartMark());
  }

  /** An anchored value with its size in nodes and its height. */
  private record Anchored(JsonNode value, long nodes, int height) {}

  /** A document that goes beyond a limit or misuses an alias or merge key, where it does so. */
  static final class LimitException extends IOException {
    private final String hint;
    private final int line;
    private final int column;

    LimitException(String message, String hint, Mark mark) {
      super(message);
      this.hint = hint;
      this.line = mark == null ? 0 : mark.getLine() + 1;
      this.column = mark == null ? 0 : mark.getColumn() + 1;
    }

    String hint() {
      return hint;
    }

    String location() {
      return line == 0 ? "" : "line " + line + ", column " + column;
    }
  }

  /** Creates {@link EventParser}s. */
  private static final class EventFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    EventFactory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
      return new EventParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }
  }

  /** Jackson's YAML parser, telling which YAML event the current token came from. */
  private static final class EventParser extends YAMLParser {
    EventParser(
        IOContext context, int features, int yamlFeatures, LoaderOptions options,
        com.fasterxml.jackson.core.ObjectCodec codec, Reader reader) {
      super(context, features, yamlFeatures, options, codec, reader);
    }

    Event lastEvent() {
      return _lastEvent;
    }
  }

  static {
    // The factory's parsers must be ours; fail loudly at class load should Jackson stop using the hook.
    try (JsonParser probe = FACTORY.createParser(new StringReader("a: 1"))) {
      if (!(probe instanceof EventParser)) {
        throw new IllegalStateException("YAMLFactory no longer creates parsers through _createParser(Reader)");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
