package dev.clientele.checks.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Prism 5.16.0's answers, recorded from {@code prism mock -d --errors}. */
class PrismAnswerTest {

  private static final Map<String, List<String>> JSON = Map.of("content-type", List.of("application/json"));

  @Test
  @DisplayName("a problem Prism made up with a validation list is a rejected request, with each violation's location and message")
  void madeUpProblem() {
    String body = """
        {"type":"https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY","title":"Invalid request","status":422,\
        "detail":"Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.",\
        "validation":[{"location":["path","id"],"severity":"Error","code":"pattern","message":"Request path parameter id must match pattern \\"^[a-z]{3}-[0-9]{2}$\\""},\
        {"location":["query","limit"],"severity":"Warning","code":"type","message":"only a warning"}]}""";

    Verdict verdict = PrismAnswer.classify(422, JSON, body, false);

    assertEquals(new Verdict.Rejected("path.id: Request path parameter id must match pattern \"^[a-z]{3}-[0-9]{2}$\""), verdict);
  }

  @Test
  @DisplayName("the spec's own error response with an sl-violations header is a rejected request, whatever its body")
  void violationsHeader() {
    Map<String, List<String>> headers = Map.of("Sl-Violations", List.of(
        "[{\"location\":[\"request\",\"body\"],\"severity\":\"Error\",\"code\":\"required\",\"message\":\"Request body must have required property 'id'\"},"
            + "{\"location\":[\"request\",\"body\"],\"severity\":\"Error\",\"code\":\"required\",\"message\":\"Request body must have required property 'name'\"}]"));

    Verdict verdict = PrismAnswer.classify(422, headers, "{\"code\":-1759585509,\"message\":\"adipisicing\"}", false);

    assertEquals(new Verdict.Rejected("request.body: Request body must have required property 'id'; "
        + "request.body: Request body must have required property 'name'"), verdict);
  }

  @Test
  @DisplayName("missing credentials and an unknown route are rejections, with Prism's title and detail")
  void unauthorizedAndNoRoute() {
    String unauthorized = "{\"type\":\"https://stoplight.io/prism/errors#UNAUTHORIZED\",\"title\":\"Invalid security scheme used\","
        + "\"status\":401,\"detail\":\"Your request does not fullfil the security requirements\"}";
    String noRoute = "{\"type\":\"https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR\",\"title\":\"Route not resolved, no path matched\","
        + "\"status\":404,\"detail\":\"The route /v1/things/abc-12 hasn't been found in the specification file\"}";

    assertEquals(new Verdict.Rejected("401 UNAUTHORIZED: Invalid security scheme used: Your request does not fullfil the security requirements"),
        PrismAnswer.classify(401, JSON, unauthorized, false));
    assertEquals(new Verdict.Rejected("404 NO_PATH_MATCHED_ERROR: Route not resolved, no path matched: "
        + "The route /v1/things/abc-12 hasn't been found in the specification file"), PrismAnswer.classify(404, JSON, noRoute, false));
  }

  @Test
  @DisplayName("Prism's other errors are its own limits: not judged")
  void otherPrismErrors() {
    String body = "{\"type\":\"https://stoplight.io/prism/errors#NO_RESPONSE_DEFINED\",\"title\":\"No response defined\",\"status\":500}";

    assertEquals(new Verdict.NotJudged("Prism answered 500 NO_RESPONSE_DEFINED: No response defined"),
        PrismAnswer.classify(500, JSON, body, false));
  }

  @Test
  @DisplayName("a body rejected only because a Swagger 2.0 spec names no consumes is not judged; with another violation it is rejected")
  void noConsumes() {
    String only = "{\"type\":\"https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY\",\"status\":422,\"validation\":["
        + "{\"location\":[\"request\"],\"severity\":\"Error\",\"message\":\"No supported content types, but request included a non-empty body\"}]}";
    String more = only.replace("]}", ",{\"location\":[\"request\",\"query\",\"key\"],\"severity\":\"Error\","
        + "\"message\":\"Request query parameter key must be string\"}]}");

    assertEquals(new Verdict.NotJudged("the spec declares no media type for the request body (no consumes)"),
        PrismAnswer.classify(422, JSON, only, true));
    assertEquals(new Verdict.Rejected("request.query.key: Request query parameter key must be string"),
        PrismAnswer.classify(422, JSON, more, true));
    assertEquals(new Verdict.Rejected("request: No supported content types, but request included a non-empty body"),
        PrismAnswer.classify(422, JSON, only, false));
    String unsupported = "{\"type\":\"https://stoplight.io/prism/errors#INVALID_CONTENT_TYPE\",\"title\":\"Invalid content type\","
        + "\"status\":415,\"detail\":\"No supported content types, but request included a non-empty body\"}";
    assertEquals(new Verdict.NotJudged("the spec declares no media type for the request body (no consumes)"),
        PrismAnswer.classify(415, JSON, unsupported, true));
    assertEquals(new Verdict.Rejected("415 INVALID_CONTENT_TYPE: Invalid content type: No supported content types, but request included a non-empty body"),
        PrismAnswer.classify(415, JSON, unsupported, false));
  }

  @Test
  @DisplayName("violations only in the answer Prism made up itself are Prism's: not judged, with its words")
  void responseViolations() {
    String body = "{\"type\":\"https://stoplight.io/prism/errors#VIOLATIONS\",\"title\":\"Request/Response not valid\",\"status\":500,"
        + "\"validation\":[{\"location\":[\"response\",\"body\"],\"severity\":\"Error\",\"code\":\"oneOf\","
        + "\"message\":\"Response body must match exactly one schema in oneOf\"}]}";

    assertEquals(new Verdict.NotJudged("Prism's own answer breaks the spec: response.body: Response body must match exactly one schema in oneOf"),
        PrismAnswer.classify(500, JSON, body, false));
  }

  @Test
  @DisplayName("an error answer that is not Prism's and names no violation says nothing about the request")
  void specsOwnError() {
    assertNull(PrismAnswer.classify(404, JSON, "{\"message\":\"not found\"}", false));
    assertNull(PrismAnswer.classify(500, Map.of(), "", false));
  }
}
