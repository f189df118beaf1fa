package dev.clientele.cli.corpus;

import java.time.Duration;

/** When the work on one spec must stop; long steps ask it between pieces of work. */
final class Deadline {

  /** The time is up. */
  static final class Expired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Expired() {
      super("timed out", null, false, false);
    }
  }

  private final Duration budget;
  private final long endNanos;

  Deadline(Duration budget) {
    this.budget = budget;
    this.endNanos = System.nanoTime() + budget.toNanos();
  }

  Duration budget() {
    return budget;
  }

  boolean expired() {
    return System.nanoTime() - endNanos > 0;
  }

  /** @throws Expired when the time is up, or the thread was interrupted because it is */
  void check() {
    if (expired() || Thread.currentThread().isInterrupted()) {
      throw new Expired();
    }
  }
}
