package dev.clientele.runtime;

/**
 * Paging stopped because going on would loop forever or be unsafe: the server pointed to a page
 * already fetched, sent the same items again as the page before, or named a next page on another
 * origin than the client's base URL. The pages before it were fetched and their items returned.
 */
public class PaginationException extends ApiException {

  private static final long serialVersionUID = 1L;

  PaginationException(String request, String message) {
    super(request, message, null);
  }
}
