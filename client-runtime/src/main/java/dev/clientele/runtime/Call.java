package dev.clientele.runtime;

import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One operation call as generated code describes it: method, path template and parameters, body,
 * and the types of the success and error bodies. {@link ApiClient} turns it into HTTP.
 *
 * @param <T> the type of the success body ({@link Void} for none)
 */
public final class Call<T> {

  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

  /** How a body is encoded. */
  enum BodyKind {
    NONE,
    JSON,
    FORM,
    MULTIPART,
    RAW
  }

  private final String method;
  private final String pathTemplate;
  private final Type responseType;
  private final Map<String, String> pathParameters = new LinkedHashMap<>();
  private final List<Map.Entry<String, String>> query = new ArrayList<>();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final List<Map.Entry<String, String>> cookies = new ArrayList<>();
  private final Map<String, Type> errorTypes = new LinkedHashMap<>();
  private final Map<String, Type> successTypes = new LinkedHashMap<>();
  private BodyKind bodyKind = BodyKind.NONE;
  private @Nullable Object body;
  private String mediaType = "application/json";
  private @Nullable URI target;
  private final Map<String, Object> bodyFields = new LinkedHashMap<>();

  private Call(String method, String pathTemplate, Type responseType) {
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.responseType = responseType;
  }

  /** A call whose success body is a {@code responseType} ({@code Void.class} for none). */
  public static <T> Call<T> of(String method, String pathTemplate, Class<T> responseType) {
    return new Call<>(method, pathTemplate, responseType);
  }

  /** A call whose success body is a generic type, e.g. {@code new TypeToken<List<Pet>>() {}}. */
  public static <T> Call<T> of(String method, String pathTemplate, TypeToken<T> responseType) {
    return new Call<>(method, pathTemplate, responseType.type());
  }

  /** Fills {@code {name}} in the path template with the value, percent-encoded. */
  public Call<T> path(String name, Object value) {
    pathParameters.put(name, ParameterValues.format(value));
    return this;
  }

  /**
   * Adds a query parameter in OpenAPI's default style ({@code form}, exploded): a collection adds
   * one parameter per element, an object one per property; null adds nothing.
   */
  public Call<T> query(String name, @Nullable Object value) {
    return query(name, value, "form", true);
  }

  /**
   * Adds a query parameter as its OpenAPI {@code style} ({@code form}, {@code spaceDelimited},
   * {@code pipeDelimited}, {@code deepObject}) and {@code explode} say: {@code ids=1&ids=2} or
   * {@code ids=1,2}, {@code filter[status]=open}; null adds nothing.
   */
  public Call<T> query(String name, @Nullable Object value, String style, boolean explode) {
    query.addAll(ParameterStyles.pairs(name, value, style, explode));
    return this;
  }

  /** Sets a header; a collection becomes comma-separated values; null sets nothing. */
  public Call<T> header(String name, @Nullable Object value) {
    return header(name, value, false);
  }

  /**
   * Sets a header in OpenAPI's {@code simple} style: a collection as {@code a,b}, an object as
   * {@code k1,v1,k2,v2} or, exploded, {@code k1=v1,k2=v2}; null sets nothing.
   */
  public Call<T> header(String name, @Nullable Object value, boolean explode) {
    String text = ParameterStyles.simple(value, explode);
    if (text != null) {
      headers.put(name, text);
    }
    return this;
  }

  /** Adds a cookie; a collection's elements are joined with commas; null adds nothing. */
  public Call<T> cookie(String name, @Nullable Object value) {
    return cookie(name, value, false);
  }

  /**
   * Adds a cookie in OpenAPI's {@code form} style: a collection joined with commas, or exploded
   * into one cookie per element (an object: per property); null adds nothing.
   */
  public Call<T> cookie(String name, @Nullable Object value, boolean explode) {
    cookies.addAll(ParameterStyles.pairs(name, value, "form", explode));
    return this;
  }

  /** A JSON body; null sends none. */
  public Call<T> jsonBody(@Nullable Object value, String mediaType) {
    return body(BodyKind.JSON, value, mediaType);
  }

  /**
   * Sets one top-level field of the body as it is written — a JSON body's property, a form or
   * multipart body's field — whatever the body object holds (OpenAI's {@code "stream": true} for a
   * streaming call); the caller's object is not changed. Without a body, or with a raw one, it does
   * nothing.
   */
  public Call<T> bodyField(String name, Object value) {
    bodyFields.put(name, value);
    return this;
  }

  /** An {@code application/x-www-form-urlencoded} body made from an object's properties. */
  public Call<T> formBody(@Nullable Object value) {
    return body(BodyKind.FORM, value, "application/x-www-form-urlencoded");
  }

  /** A {@code multipart/form-data} body, one part per property; {@code byte[]} properties are files. */
  public Call<T> multipartBody(@Nullable Object value) {
    return body(BodyKind.MULTIPART, value, "multipart/form-data");
  }

  /** A body sent as is: a {@code byte[]}, or a {@code String} in UTF-8. */
  public Call<T> rawBody(@Nullable Object value, String mediaType) {
    return body(BodyKind.RAW, value, mediaType);
  }

  /**
   * The type of the error body for a status: {@code "400"}, a range such as {@code "4XX"}, or
   * {@code "default"}.
   */
  public Call<T> error(String status, Class<?> type) {
    errorTypes.put(status.toUpperCase(java.util.Locale.ROOT), type);
    return this;
  }

  /**
   * The type of the success body for one status ({@code 202}, {@code 2XX}), when an operation's
   * successes carry different bodies: each is a {@code T} of its own, and a status not listed here
   * has the call's response type.
   */
  public <S extends T> Call<T> success(String status, Class<S> type) {
    successTypes.put(status.toUpperCase(java.util.Locale.ROOT), type);
    return this;
  }

  /** The type of the error body for a status, for generic types. */
  public Call<T> error(String status, TypeToken<?> type) {
    errorTypes.put(status.toUpperCase(java.util.Locale.ROOT), type.type());
    return this;
  }

  private Call<T> body(BodyKind kind, @Nullable Object value, String type) {
    if (value != null) {
      this.bodyKind = kind;
      this.body = value;
      this.mediaType = type;
    }
    return this;
  }

  /** A copy to change for another page: the same operation, parameters and body. */
  Call<T> copy() {
    Call<T> copy = new Call<>(method, pathTemplate, responseType);
    copy.pathParameters.putAll(pathParameters);
    copy.query.addAll(query);
    copy.headers.putAll(headers);
    copy.cookies.addAll(cookies);
    copy.errorTypes.putAll(errorTypes);
    copy.successTypes.putAll(successTypes);
    copy.bodyKind = bodyKind;
    copy.body = body;
    copy.mediaType = mediaType;
    copy.target = target;
    copy.bodyFields.putAll(bodyFields);
    return copy;
  }

  /** A copy whose query parameter {@code name} has {@code value} instead of the values it had. */
  Call<T> withQuery(String name, Object value) {
    Call<T> copy = copy();
    copy.query.removeIf(parameter -> parameter.getKey().equals(name));
    return copy.query(name, value);
  }

  /**
   * A copy sent to {@code uri} (a {@code Link} header's next page) instead of the path and query:
   * the URI carries them. Credentials still go by the client's rules.
   */
  Call<T> withTarget(URI uri) {
    Call<T> copy = copy();
    copy.query.clear();
    copy.target = uri;
    return copy;
  }

  /** The first value of a query parameter, or null. */
  @Nullable String queryValue(String name) {
    return query.stream().filter(parameter -> parameter.getKey().equals(name)).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }

  /** Where this call goes on {@code base}, before credentials add to the query. */
  URI uri(URI base) {
    return target != null ? target : Uris.build(base, pathTemplate, pathParameters, query);
  }

  /** The absolute URI to send to instead of the path template and query, if any. */
  @Nullable URI target() {
    return target;
  }

  String method() {
    return method;
  }

  /** Whether sending this call twice has the same effect as sending it once. */
  boolean idempotent() {
    return IDEMPOTENT.contains(method);
  }

  String pathTemplate() {
    return pathTemplate;
  }

  Map<String, String> pathParameters() {
    return pathParameters;
  }

  List<Map.Entry<String, String>> query() {
    return query;
  }

  Map<String, String> headers() {
    return headers;
  }

  List<Map.Entry<String, String>> cookies() {
    return cookies;
  }

  BodyKind bodyKind() {
    return bodyKind;
  }

  @Nullable Object body() {
    return body;
  }

  /** The body's top-level fields set with {@link #bodyField}, in the order set. */
  Map<String, Object> bodyFields() {
    return bodyFields;
  }

  String mediaType() {
    return mediaType;
  }

  /** The declared error type for a status: exact, then its range ({@code 4XX}), then {@code default}. */
  @Nullable Type errorType(int status) {
    return typeFor(errorTypes, status);
  }

  /** The type of the success body for a status. */
  Type successType(int status) {
    Type type = typeFor(successTypes, status);
    return type != null ? type : responseType;
  }

  /** The type listed for the exact status, else for its range ({@code 4XX}), else the default. */
  private static @Nullable Type typeFor(Map<String, Type> types, int status) {
    Type exact = types.get(Integer.toString(status));
    if (exact != null) {
      return exact;
    }
    Type range = types.get((status / 100) + "XX");
    return range != null ? range : types.get("DEFAULT");
  }
}
