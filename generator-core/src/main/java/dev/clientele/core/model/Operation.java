package dev.clientele.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One HTTP operation.
 *
 * @param operationId the spec's {@code operationId}, if it has one
 * @param method the HTTP method in upper case
 * @param path the path template, e.g. {@code /lead/{id}/}
 * @param group the operation's first tag; for an operation without tags, the first segment of its
 *     path that is not a version ({@code customers} for {@code /v1/customers/{id}}), or {@code
 *     default} when it has none. Operations of one group share an interface; configured names for
 *     groups ({@code tagNames}) are keyed by it
 * @param groupName the group's name as words, without a prefix every tag shares ({@code leads} for
 *     {@code subpackage_leads})
 * @param action what the operation does in its group, as words: the operationId without the
 *     group's words ({@code list for repo}), or a verb from the method and path ({@code retrieve})
 * @param summary the summary, empty when absent
 * @param description the description, empty when absent
 * @param deprecated marked {@code deprecated}
 * @param parameters path, query, header and cookie parameters in document order (path-level first)
 * @param requestBody the request body, if the operation takes one
 * @param responses the declared responses in document order
 * @param pointer where the operation sits in the document, for messages
 * @param pagination how its pages follow one another, when it is a list operation whose pages can
 *     be followed
 */
public record Operation(
    Optional<String> operationId,
    String method,
    String path,
    String group,
    String summary,
    String description,
    boolean deprecated,
    List<Parameter> parameters,
    Optional<RequestBody> requestBody,
    List<Response> responses,
    String pointer,
    String groupName,
    String action,
    Optional<Pagination> pagination) {

  public Operation {
    parameters = List.copyOf(parameters);
    responses = List.copyOf(responses);
  }

  /** An operation without pagination. */
  public Operation(
      Optional<String> operationId,
      String method,
      String path,
      String group,
      String summary,
      String description,
      boolean deprecated,
      List<Parameter> parameters,
      Optional<RequestBody> requestBody,
      List<Response> responses,
      String pointer,
      String groupName,
      String action) {
    this(operationId, method, path, group, summary, description, deprecated, parameters, requestBody, responses,
        pointer, groupName, action, Optional.empty());
  }

  /** This operation with {@code pagination}. */
  public Operation withPagination(Optional<Pagination> pagination) {
    return new Operation(operationId, method, path, group, summary, description, deprecated, parameters, requestBody,
        responses, pointer, groupName, action, pagination);
  }

  /** This operation with {@code parameters} instead of its own. */
  public Operation withParameters(List<Parameter> parameters) {
    return new Operation(operationId, method, path, group, summary, description, deprecated, parameters, requestBody,
        responses, pointer, groupName, action, pagination);
  }

  /** The 2xx responses in document order, or the {@code default} one when there are none. */
  public List<Response> successResponses() {
    List<Response> success = responses.stream().filter(Response::isSuccess).toList();
    return success.isEmpty() ? responses.stream().filter(r -> r.status().equals("default")).toList() : success;
  }

  /** The first of the {@link #successResponses()}. */
  public Optional<Response> successResponse() {
    return successResponses().stream().findFirst();
  }
}
