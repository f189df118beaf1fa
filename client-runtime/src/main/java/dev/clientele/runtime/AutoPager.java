package dev.clientele.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a page and of every page after it, as one lazy sequence: the next page is fetched
 * only when iteration reaches the end of the one before, and iteration ends after the last page.
 * Each iteration starts at the first page, which is kept; the pages after it are fetched again.
 * Failures of fetching are thrown from {@code hasNext()}/{@code next()} as {@link ApiException}s.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {

  private final Page<T, ?> first;

  AutoPager(Page<T, ?> first) {
    this.first = first;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Page<T, ?> page = first;
      private int index;

      @Override
      public boolean hasNext() {
        while (index >= page.items().size()) {
          if (!page.hasNextPage()) {
            return false;
          }
          page = page.nextPage();
          index = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more items after the last page");
        }
        return page.items().get(index++);
      }
    };
  }

  /** The items as a sequential, lazy {@link Stream}: {@code limit(n)} fetches only the pages it needs. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
