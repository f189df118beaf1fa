package dev.clientele.checks.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.checks.ClientGeneration;
import dev.clientele.checks.CompiledClasses;
import dev.clientele.checks.Crashes;
import dev.clientele.checks.Deadline;
import dev.clientele.checks.InMemoryCompiler;
import dev.clientele.checks.RawSpec;
import dev.clientele.checks.SchemaChecker;
import dev.clientele.core.model.Operation;
import dev.clientele.core.parse.SpecProblemsException;
import dev.clientele.runtime.ApiIoException;
import dev.clientele.runtime.ApiResponseException;
import dev.clientele.runtime.ApiTimeoutException;
import dev.clientele.runtime.Authentication;
import dev.clientele.runtime.EventStream;
import dev.clientele.runtime.Json;
import dev.clientele.runtime.ResponseMismatchException;
import dev.clientele.runtime.TransportRequest;
import dev.clientele.runtime.TransportResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one spec against Prism: generate and compile the client in memory, start Prism on the spec,
 * call every operation once with valid arguments and judge each. Not thread-safe; {@link #close()}
 * may be called from another thread to stop Prism when the spec ran out of time.
 */
final class SpecConformance implements AutoCloseable {

  private static final int KEPT_COMPILE_ERRORS = 3;
  /** JSON equality where 3600 and 3600.0 are the same number, as they are on the wire. */
  private static final Comparator<JsonNode> SAME_NUMBER = (a, b) ->
      a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

  private final Path file;
  private final InMemoryCompiler compiler;
  private final Path prismExecutable;
  private final Deadline deadline;
  private final List<SpecVerdicts.OperationVerdict> verdicts = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private volatile PrismServer prism;
  private volatile String stage = "reading";

  SpecConformance(Path file, InMemoryCompiler compiler, Path prismExecutable, Deadline deadline) {
    this.file = file;
    this.compiler = compiler;
    this.prismExecutable = prismExecutable;
    this.deadline = deadline;
  }

  String stage() {
    return stage;
  }

  /** What it found so far. */
  synchronized SpecVerdicts verdicts(long millis) {
    return new SpecVerdicts(file.getFileName().toString(), verdicts, failures, notes, millis);
  }

  SpecVerdicts run() {
    long start = System.nanoTime();
    try {
      runStages();
    } catch (RuntimeException | LinkageError e) {
      if (e instanceof Deadline.Expired || deadline.expired()) {
        fail("timeout: over " + deadline.budget().toSeconds() + " s, while " + stage);
      } else {
        fail("crash while " + stage + ": " + Crashes.describe(e));
      }
    } finally {
      close();
    }
    return verdicts((System.nanoTime() - start) / 1_000_000);
  }

  @Override
  public void close() {
    PrismServer running = prism;
    if (running != null) {
      running.close();
    }
  }

  private void runStages() {
    RawSpec raw;
    try {
      raw = RawSpec.read(file);
    } catch (IOException e) {
      raw = null;
    }
    stage = "generating";
    ClientGeneration.Generated generated;
    try {
      generated = ClientGeneration.generate(file);
    } catch (SpecProblemsException e) {
      ClientGeneration.errors(e, KEPT_COMPILE_ERRORS).forEach(this::fail);
      return;
    }
    if (raw == null) {
      fail("generator-core read the spec but the runner could not");
      return;
    }
    deadline.check();
    stage = "compiling";
    InMemoryCompiler.Result compiled;
    try {
      compiled = compiler.compile(generated.emitted().files(), deadline);
    } catch (IOException e) {
      fail("compile: " + e);
      return;
    }
    if (!compiled.ok()) {
      compiled.firstErrors().forEach(error -> fail("compile: " + error));
      return;
    }
    stage = "loading";
    GeneratedClient client;
    try {
      client = GeneratedClient.find(new CompiledClasses(compiled.classes()), compiled.classes().keySet(), ClientGeneration.PACKAGE);
    } catch (GeneratedClient.Unexpected e) {
      fail("generated client: " + e.getMessage());
      return;
    }
    deadline.check();
    if (client.operations().isEmpty()) {
      return;
    }
    stage = "starting Prism";
    prism = new PrismServer(prismExecutable, file, Duration.ofSeconds(Math.max(5, Math.min(120, deadline.budget().toSeconds() / 2))));
    String prismDown = null;
    try {
      prism.start();
    } catch (PrismServer.StartFailed e) {
      prismDown = e.getMessage();
      note("Prism could not start: " + prismDown);
    }
    stage = "calling";
    Caller caller = new Caller(raw, generated, client);
    for (GeneratedClient.OperationMethod operation : client.operations()) {
      // Prism makes some answers up slowly: when the spec's time runs out while calling, the
      // operations not reached are not judged, which fails nothing
      Verdict verdict = deadline.expired()
          ? new Verdict.NotJudged("the spec's " + deadline.budget().toSeconds() + " s ran out before this call")
          : prismDown != null
          ? new Verdict.NotJudged("Prism could not load the spec")
          : caller.judge(operation);
      synchronized (this) {
        verdicts.add(new SpecVerdicts.OperationVerdict(
            operation.name(), operation.httpMethod() + " " + operation.path(), verdict));
      }
    }
    if (deadline.expired()) {
      note("the spec's " + deadline.budget().toSeconds() + " s ran out while calling");
    }
    if (prism.starts() > 1) {
      note("Prism was restarted " + (prism.starts() - 1) + " time(s) after it crashed");
    }
  }

  /** Calls operations and judges Prism's answers. */
  private final class Caller {
    private final RawSpec raw;
    private final ClientGeneration.Generated generated;
    private final GeneratedClient client;
    private final Arguments arguments;
    private final SchemaChecker checker;
    private final Credentials.Current credentials = new Credentials.Current();
    private final RecordingTransport transport = new RecordingTransport();
    private Object built;
    private String builtFor;

    Caller(RawSpec raw, ClientGeneration.Generated generated, GeneratedClient client) {
      this.raw = raw;
      this.generated = generated;
      this.client = client;
      this.arguments = new Arguments(new ValueGenerator(raw), !generated.parsed().model().securitySchemes().isEmpty());
      this.checker = new SchemaChecker(raw);
    }

    Verdict judge(GeneratedClient.OperationMethod method) {
      Operation operation = generated.parsed().model().operations().stream()
          .filter(candidate -> candidate.method().equalsIgnoreCase(method.httpMethod()) && candidate.path().equals(method.path()))
          .findFirst().orElse(null);
      RawOperation rawOperation = operation == null ? null : RawOperation.at(raw, operation.pointer());
      if (rawOperation == null) {
        return new Verdict.NotJudged("runner: no operation " + method.httpMethod() + " " + method.path() + " in the spec");
      }
      if (method.path().contains("#") || method.path().contains("?")) {
        // AWS's "/#Action=..." paths: the fragment is never sent, so no server can route them apart
        return new Verdict.NotJudged("the spec's path has a fragment or query, which Prism cannot route");
      }
      if (!rawOperation.declaresSuccess()) {
        return new Verdict.NotJudged("the spec declares no 2xx response");
      }
      Optional<Authentication> authentication = Credentials.forOperation(rawOperation);
      if (authentication.isEmpty()) {
        return new Verdict.NotJudged("security that cannot be met with dummy credentials: " + Credentials.describe(rawOperation));
      }
      Object[] values;
      try {
        values = arguments.of(method.method(), operation, rawOperation);
      } catch (Arguments.CannotBuild e) {
        return new Verdict.NotJudged("runner could not build the arguments: " + e.getMessage());
      }
      try {
        prism.ensureRunning();
      } catch (PrismServer.StartFailed e) {
        return new Verdict.NotJudged("Prism could not be restarted: " + e.getMessage());
      }
      Object api;
      try {
        api = GeneratedClient.api(clientFor(prism.baseUrl()), method);
      } catch (GeneratedClient.Unexpected e) {
        return new Verdict.NotJudged("runner: " + e.getMessage());
      }
      credentials.set(authentication.get());
      transport.reset();
      try {
        Object result = method.method().invoke(api, values);
        if (result instanceof EventStream<?> events) {
          // An operation that only streams: its events are read, as a caller reads them.
          try (events) {
            events.forEach(event -> { });
          }
        }
        TransportResponse response = transport.lastResponse();
        if (response != null && response.status() == 204 && rawOperation.responseHasBody(204)) {
          return new Verdict.NotJudged("Prism answers 204 without a body, which the spec gives 204");
        }
        return new Verdict.Ok();
      } catch (IllegalAccessException e) {
        return new Verdict.NotJudged("runner: " + e);
      } catch (InvocationTargetException e) {
        return judge(e.getCause(), rawOperation);
      }
    }

    private Verdict judge(Throwable thrown, RawOperation operation) {
      TransportResponse response = transport.lastResponse();
      if (thrown instanceof ResponseMismatchException mismatch) {
        String contradiction = prismContradiction(operation, mismatch, response);
        if (contradiction != null) {
          return new Verdict.NotJudged("Prism answered data the schema does not allow: " + contradiction);
        }
        return new Verdict.Unreadable(mismatch.path(), oneLine(mismatch.getMessage()));
      }
      if (thrown instanceof ApiResponseException answered) {
        Verdict verdict = PrismAnswer.classify(
            answered.status(), answered.headers(), answered.bodyText(), !operation.declaresRequestMediaType());
        if (verdict == null) {
          return new Verdict.NotJudged("Prism answered " + answered.status() + " and names no violation");
        }
        if (verdict instanceof Verdict.Rejected && answered.status() == 406 && operation.successMediaTypes().stream()
            .anyMatch(type -> type.endsWith("/*"))) {
          return new Verdict.NotJudged("Prism does not take Accept: application/json for the spec's "
              + String.join(", ", operation.successMediaTypes()));
        }
        if (verdict instanceof Verdict.Rejected rejected && transport.lastRequest() != null) {
          JsonNode built = arguments.lastBody();
          JsonNode sent = sentJson(transport.lastRequest());
          if (built != null && sent != null && onlyAboutTheBody(rejected.violation()) && built.equals(SAME_NUMBER, sent)
              && !contentType(transport.lastRequest()).contains("*")) {
            // the client sent the body exactly as the runner built it, under a media type Prism can
            // parse (not "*/*", which is the client's fault): Prism judges the runner's value
            return new Verdict.NotJudged("Prism rejects the runner's body, which the client sent as built: " + rejected.violation());
          }
          if (rejected.violation().startsWith("request.header.content-type: ") && !rejected.violation().contains("; ")) {
            // Only a Content-Type header parameter of the spec's own makes Prism check that header
            // (the body's media type it checks apart). OpenAPI: such a parameter "SHALL be ignored";
            // the client labels the body with the media type the spec gives it (Docker's build:
            // consumes application/octet-stream, its Content-type parameter application/x-tar).
            return new Verdict.NotJudged("Prism checks Content-Type against a header parameter OpenAPI says to ignore: "
                + rejected.violation() + " [sent " + contentType(transport.lastRequest()) + "]");
          }
          if (built != null && readsFormFieldsAsStrings(rejected.violation(), contentType(transport.lastRequest()), built)) {
            return new Verdict.NotJudged("Prism reads each form field as one string, so a list or object field cannot"
                + " satisfy it: " + rejected.violation());
          }
          return new Verdict.Rejected(rejected.violation() + " [sent " + sent(transport.lastRequest()) + "]"
              + (built != null && sent != null && !built.equals(SAME_NUMBER, sent) ? " [built " + oneLine(built.toString()) + "]" : ""));
        }
        return verdict;
      }
      if (thrown instanceof ApiIoException || thrown instanceof ApiTimeoutException) {
        return prism.alive()
            ? new Verdict.NotJudged("no answer from Prism: " + oneLine(thrown.getMessage()))
            : new Verdict.NotJudged("Prism crashed: " + prism.lastOutput());
      }
      if (transport.lastRequest() == null) {
        return new Verdict.Rejected("the client threw before sending: " + oneLine(String.valueOf(thrown)));
      }
      return new Verdict.Unreadable("$", "the client threw on Prism's answer: " + oneLine(String.valueOf(thrown)));
    }

    /** Where Prism's body contradicts the response schema on the path the client failed at, or null. */
    private String prismContradiction(RawOperation operation, ResponseMismatchException mismatch, TransportResponse response) {
      JsonNode schema = operation.responseSchema(mismatch.status());
      if (response == null || schema == null) {
        return null;
      }
      JsonNode body;
      try {
        body = Json.mapper().readTree(response.body());
      } catch (IOException e) {
        return null;
      }
      String where = JsonPaths.toPointer(mismatch.path());
      for (SchemaChecker.Contradiction contradiction : checker.check(body, schema)) {
        if (where.startsWith(contradiction.path()) || contradiction.path().startsWith(where)) {
          return contradiction.toString();
        }
      }
      return null;
    }

    private Object clientFor(String baseUrl) throws GeneratedClient.Unexpected {
      if (!baseUrl.equals(builtFor)) {
        built = client.build(baseUrl, credentials, transport);
        builtFor = baseUrl;
      }
      return built;
    }
  }

  /** Whether every violation is about the request body. */
  private static final Pattern FORM_FIELD_TYPE =
      Pattern.compile("(?:request\\.)?body\\.([^.:]+): Request body property \\1 must be (array|object)");

  private static boolean onlyAboutTheBody(String violations) {
    for (String violation : violations.split("; ")) {
      if (!violation.startsWith("body") && !violation.startsWith("request.body")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every violation is a list or object field of a form or multipart body said not to be
   * one. Prism 5.16 reads such a body as one string per field name (prism-http's
   * {@code validator/validators/body.js}: {@code splitUriParams} and {@code
   * parseMultipartFormDataParams} keep the last value of a name as a string; only a property with an
   * explicit {@code encoding} style is deserialized), whatever the client sends: repeated fields
   * ({@code a=1&a=2}, OpenAPI's default form style) or a JSON part.
   */
  static boolean readsFormFieldsAsStrings(String violations, String contentType, JsonNode built) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
      return false;
    }
    for (String violation : violations.split("; ")) {
      Matcher matcher = FORM_FIELD_TYPE.matcher(violation);
      if (!matcher.matches()) {
        return false;
      }
      boolean array = matcher.group(2).equals("array");
      // "<any part name>": a property of additionalProperties (Cloudflare's worker modules)
      List<JsonNode> values = matcher.group(1).equals("<any part name>")
          ? built.properties().stream().map(Map.Entry::getValue).toList()
          : built.has(matcher.group(1)) ? List.of(built.get(matcher.group(1))) : List.of();
      if (values.stream().noneMatch(value -> array ? value.isArray() : value.isObject())) {
        return false;
      }
    }
    return true;
  }

  /** The request's body as JSON, or null when it is none or not JSON. */
  private static JsonNode sentJson(TransportRequest request) {
    if (request.body() == null || request.body().length == 0) {
      return null;
    }
    try {
      return Json.mapper().readTree(request.body());
    } catch (IOException e) {
      return null;
    }
  }

  /** The request's Content-Type, or "" without one. */
  private static String contentType(TransportRequest request) {
    return request.headers().entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
        .map(header -> String.join(",", header.getValue()))
        .findFirst().orElse("");
  }

  /** Method, path, query, content type and the start of the body of a request, for the report (its credentials are dummies). */
  private static String sent(TransportRequest request) {
    String query = request.uri().getRawQuery();
    String contentType = contentType(request).isEmpty() ? "" : " " + contentType(request);
    byte[] body = request.body();
    String excerpt = body == null || body.length == 0 ? ""
        : " " + new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8)
            + (body.length > 300 ? "..." : "");
    return oneLine(request.method() + " " + request.uri().getRawPath() + (query == null ? "" : "?" + query) + contentType + excerpt);
  }

  static String oneLine(String text) {
    String line = text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    return line.length() > 400 ? line.substring(0, 397) + "..." : line;
  }

  private synchronized void fail(String failure) {
    failures.add(failure);
  }

  private synchronized void note(String note) {
    notes.add(note);
  }
}
