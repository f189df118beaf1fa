package dev.clientele.core.parse;

/**
 * A list-like operation that got no pager: a GET that answers an array, or takes a paging-like
 * parameter, or answers a has-more flag, but whose pages could not be followed with certainty.
 *
 * @param method the HTTP method
 * @param path the path template
 * @param reason why it has no pager, e.g. {@code the next page is a URL in the body (next_page_uri)}
 */
public record UnpagedList(String method, String path, String reason) {}
