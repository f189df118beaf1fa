package dev.clientele.checks;

import java.time.Duration;

/** When the work on one spec must stop; long steps ask it between pieces of work. */
public final class Deadline {

  /** The time is up. */
  public static final class Expired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Expired() {
      super("timed out", null, false, false);
    }
  }

  private final Duration budget;
  private final long endNanos;

  public Deadline(Duration budget) {
    this.budget = budget;
    this.endNanos = System.nanoTime() + budget.toNanos();
  }

  public Duration budget() {
    return budget;
  }

  public boolean expired() {
    return System.nanoTime() - endNanos > 0;
  }

  /** @throws Expired when the time is up, or the thread was interrupted because it is */
  public void check() {
    if (expired() || Thread.currentThread().isInterrupted()) {
      throw new Expired();
    }
  }
}
