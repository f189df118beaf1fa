package dev.clientele.core.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Groups operations and names them as a person writing the client would, in words (the emitter
 * spells them in Java): the group is the first tag, without a prefix every tag of the spec shares
 * ({@code subpackage_leads} → {@code leads}), or for an operation without tags the first meaningful
 * segment of its path ({@code /v1/customers/{customer}} → {@code customers}); the action is the
 * operationId without the words the group already says ({@code issues/list-for-repo} in {@code
 * issues} → {@code list for repo}), or, when the operationId is just the method and the path
 * (Stripe's {@code GetCustomersCustomer}) or there is none, a verb from the method and the path's
 * shape: {@code list}, {@code create}, {@code retrieve}, {@code update}, {@code delete}, followed by
 * the sub-resource ({@code list sources}), or the action a path ends in ({@code pay}, {@code search}).
 */
final class OperationNames {

  private static final Pattern VERSION = Pattern.compile("(?i)v\\d+(\\.\\d+)*|api|rest");
  private static final Pattern WORD = Pattern.compile("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\\d+");

  /** Verbs a path may end in to name an action on what comes before it. */
  private static final java.util.Set<String> ACTIONS = java.util.Set.of(
      "search", "pay", "cancel", "capture", "confirm", "finalize", "void", "send", "mark", "reject", "verify",
      "attach", "detach", "close", "reopen", "expire", "approve", "decline", "reverse", "retry", "release",
      "accept", "resume", "pause", "apply", "run", "submit", "fund", "activate", "deactivate", "restore",
      "preview", "lock", "unlock", "merge", "start", "stop", "reset", "refresh", "validate", "archive",
      "unarchive", "publish", "unpublish", "login", "logout", "subscribe", "unsubscribe", "export", "import",
      "sync", "count", "upload", "download", "invite", "transfer", "fail", "complete", "deliver", "increment",
      "decrement", "schedule", "trigger", "execute", "enable", "disable", "present", "test", "create", "update",
      "delete", "add", "remove", "refund", "return", "redact", "process", "set", "advance", "post", "ship",
      "succeed", "generate", "resolve", "assign", "unassign", "rename", "revoke", "renew", "rotate", "estimate",
      "calculate");

  /** Verbs among {@link #ACTIONS} that are nouns too, and begin names of things: an action only alone. */
  private static final java.util.Set<String> NOUN_TOO = java.util.Set.of(
      "test", "return", "post", "set", "process", "transfer", "export", "import", "count", "schedule", "run",
      "lock", "merge", "release", "refund", "upload", "download", "trigger", "invite", "estimate", "start", "stop");

  private final String sharedTagPrefix;
  private final java.util.Set<String> namespaces;

  /** @param tags every tag operations of the spec name, in document order */
  OperationNames(Collection<String> tags) {
    this(tags, List.of());
  }

  /**
   * @param tags every tag operations of the spec name, in document order
   * @param paths every path of the spec, to tell namespaces ({@code /v1/issuing/…}) from resources
   */
  OperationNames(Collection<String> tags, Collection<String> paths) {
    this.sharedTagPrefix = sharedPrefix(tags.stream().distinct().toList());
    this.namespaces = namespaces(paths);
  }

  /**
   * The first meaningful segments that only ever lead to other literal segments: Stripe's {@code
   * issuing} ({@code /v1/issuing/cards}, {@code /v1/issuing/cardholders/{cardholder}}) names a family
   * of resources, not a resource, unlike {@code customers} ({@code /v1/customers}).
   */
  private static java.util.Set<String> namespaces(Collection<String> paths) {
    java.util.Map<String, Boolean> leadsOn = new java.util.HashMap<>();
    for (String path : paths) {
      List<String> segments = segments(path);
      int first = 0;
      while (first < segments.size() && VERSION.matcher(segments.get(first)).matches()) {
        first++;
      }
      if (first < segments.size() && !segments.get(first).contains("{")) {
        boolean literalNext = first + 1 < segments.size() && !segments.get(first + 1).contains("{");
        leadsOn.merge(segments.get(first), literalNext, Boolean::logicalAnd);
      }
    }
    return leadsOn.keySet().stream().filter(leadsOn::get).collect(java.util.stream.Collectors.toSet());
  }

  /** A path's segments, parameters included: {@code /v1/customers/{id}} is {@code v1, customers, {id}}. */
  private static List<String> segments(String path) {
    return java.util.Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
  }

  /**
   * The words inline bodies of an operation are named with: the group in the singular and the
   * action ({@code customer create source}); in a namespace, the resource the operation acts on
   * and the rest of the action ({@code /v1/issuing/cardholders/{id}}: {@code cardholder update},
   * not {@code issuing update cardholder}), as a hand-written SDK names its params classes.
   */
  String typeHint(List<String> tags, String path, String action) {
    String group = group(tags, path);
    if (!tags.isEmpty() || !namespaces.contains(group)) {
      return singular(group) + " " + action;
    }
    List<String> segments = segments(path);
    int start = segments.indexOf(group) + 1;
    // The resource: the first segment an identifier follows, else the last plural before the end.
    String subject = null;
    List<String> before = new ArrayList<>(List.of(group));
    for (int i = start; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (segment.contains("{")) {
        break;
      }
      if (i + 1 < segments.size() && segments.get(i + 1).contains("{")) {
        subject = segment;
        break;
      }
      if (!singular(segment).equals(segment)) {
        subject = segment;
      }
    }
    if (subject == null) {
      return singular(group) + " " + action;
    }
    for (int i = start; i < segments.size() && !segments.get(i).equals(subject); i++) {
      before.add(segments.get(i));
    }
    List<String> rest = new ArrayList<>(words(action));
    // list cards, or retrieve card: the subject in the plural or the singular.
    for (List<String> subjectWords : List.of(words(subject), words(singular(subject)))) {
      int at = java.util.Collections.indexOfSubList(rest, subjectWords);
      if (at >= 0) {
        rest.subList(at, at + subjectWords.size()).clear();
        break;
      }
    }
    for (String namespace : before) {
      for (String word : words(namespace)) {
        rest.remove(word);
      }
    }
    return singular(subject) + (rest.isEmpty() ? "" : " " + String.join(" ", rest));
  }

  /** The group of an operation with these tags at this path. */
  String group(List<String> tags, String path) {
    if (!tags.isEmpty()) {
      String tag = tags.get(0);
      return tag.length() > sharedTagPrefix.length() ? tag.substring(sharedTagPrefix.length()) : tag;
    }
    for (String segment : literalSegments(path)) {
      if (!VERSION.matcher(segment).matches()) {
        return segment;
      }
    }
    return "default";
  }

  /** What the operation does in its group, as words: {@code list for repo}, {@code retrieve}. */
  static String action(Optional<String> operationId, String method, String path, String group) {
    if (operationId.isEmpty() || isMethodAndPath(operationId.get(), method, path)) {
      return crud(method, path, group);
    }
    List<String> id = words(operationId.get());
    List<String> groupWords = words(group);
    if (id.size() > groupWords.size() && id.subList(0, groupWords.size()).equals(groupWords)) {
      return String.join(" ", id.subList(groupWords.size(), id.size()));
    }
    return operationId.get();
  }

  /**
   * Whether an operationId only spells the method and the path (Stripe's {@code
   * GetCustomersCustomer} for {@code GET /v1/customers/{customer}}), versions aside: it then says
   * nothing a name made from them would not.
   */
  static boolean isMethodAndPath(String operationId, String method, String path) {
    List<String> pathWords = new ArrayList<>();
    List<String> withVersions = new ArrayList<>();
    pathWords.add(method.toLowerCase(Locale.ROOT));
    withVersions.add(method.toLowerCase(Locale.ROOT));
    for (String segment : path.split("/")) {
      List<String> segmentWords = words(segment);
      withVersions.addAll(segmentWords);
      if (!segment.isEmpty() && !VERSION.matcher(segment).matches()) {
        pathWords.addAll(segmentWords);
      }
    }
    List<String> id = words(operationId);
    // getReadme for GET /readme is a name a person chose; GetCustomers and GetCustomersCustomer
    // (capitalized like a type, or naming more than one segment) are spelled from the path.
    boolean generatedLooking = Character.isUpperCase(operationId.charAt(0)) || pathWords.size() > 2;
    return generatedLooking && (id.equals(pathWords) || id.equals(withVersions));
  }

  /** A verb from the method and the path's shape, then the literal segments after the group's. */
  private static String crud(String method, String path, String group) {
    String[] segments = path.split("/");
    List<String> after = new ArrayList<>();
    boolean seenGroup = false;
    boolean endsWithParameter = false;
    for (String segment : segments) {
      if (segment.isEmpty()) {
        continue;
      }
      endsWithParameter = segment.startsWith("{");
      if (endsWithParameter || VERSION.matcher(segment).matches()) {
        continue;
      }
      if (!seenGroup && segment.equals(group)) {
        seenGroup = true;
        continue;
      }
      after.add(segment);
    }
    if (!seenGroup) {
      after = new ArrayList<>(literalSegments(path).stream().filter(s -> !VERSION.matcher(s).matches()).toList());
    }
    String last = after.isEmpty() ? "" : after.get(after.size() - 1);
    String upper = method.toUpperCase(Locale.ROOT);
    // A path that ends in a verb is an action: /invoices/{id}/pay, /customers/search.
    if (!endsWithParameter && !last.isEmpty() && isAction(words(last))) {
      return String.join(" ", after);
    }
    // A path that ends in a parameter or in a word in the singular names one thing (/customers/{id},
    // /customers/{id}/discount); one that ends in a plural names a collection.
    String named = !last.isEmpty() ? last : seenGroup ? group : "";
    boolean one = endsWithParameter || (!named.isEmpty() && singular(named).equals(named));
    String verb = switch (upper) {
      case "GET" -> one ? "retrieve" : "list";
      case "POST" -> one ? "update" : "create";
      case "PUT", "PATCH" -> "update";
      case "DELETE" -> "delete";
      default -> method.toLowerCase(Locale.ROOT);
    };
    if (after.isEmpty()) {
      return verb;
    }
    // The item of a sub-collection in the singular: GET /customers/{c}/sources/{id} retrieves a source.
    List<String> rest = new ArrayList<>(after);
    if (endsWithParameter || !verb.equals("list")) {
      rest.set(rest.size() - 1, singular(last));
    }
    return verb + " " + String.join(" ", rest);
  }

  /**
   * Whether a path's last segment names an action: a verb ({@code pay}), or a phrase that starts
   * with one ({@code create_unlinked_refund}), unless the verb is also a noun that starts names of
   * things ({@code test_clocks}, {@code return_policies}).
   */
  private static boolean isAction(List<String> words) {
    if (words.isEmpty() || !ACTIONS.contains(words.get(0))) {
      return false;
    }
    return words.size() == 1 || !NOUN_TOO.contains(words.get(0));
  }

  private static List<String> literalSegments(String path) {
    List<String> literals = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty() && !segment.contains("{")) {
        literals.add(segment);
      }
    }
    return literals;
  }

  /** The lower-case words of a name, split at anything not a letter or digit and at case changes. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String part : name.split("[^A-Za-z0-9]+")) {
      var matcher = WORD.matcher(part);
      while (matcher.find()) {
        words.add(matcher.group().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** A conservative singular of a path word's last part ({@code sources} → {@code source}). */
  static String singular(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && lower.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (lower.endsWith("sses") || lower.endsWith("uses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
      return word.substring(0, word.length() - 2);
    }
    if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || lower.endsWith("ics")
        || lower.endsWith("news") || lower.length() < 4) {
      return word;
    }
    return lower.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * The prefix, ending in a separator, that every one of at least two tags starts with and that
   * leaves each of them a name ({@code subpackage_}); empty when there is none.
   */
  static String sharedPrefix(List<String> tags) {
    if (tags.size() < 2) {
      return "";
    }
    String prefix = tags.get(0);
    for (String tag : tags) {
      int common = 0;
      while (common < prefix.length() && common < tag.length() && prefix.charAt(common) == tag.charAt(common)) {
        common++;
      }
      prefix = prefix.substring(0, common);
    }
    int end = Math.max(Math.max(prefix.lastIndexOf('_'), prefix.lastIndexOf('-')), Math.max(prefix.lastIndexOf('.'), prefix.lastIndexOf(' ')));
    String shared = end < 0 ? "" : prefix.substring(0, end + 1);
    for (String tag : tags) {
      if (tag.length() <= shared.length() || words(tag.substring(shared.length())).isEmpty()) {
        return "";
      }
    }
    return shared;
  }
}
