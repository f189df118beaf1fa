package dev.clientele.core.emit;

import com.palantir.javapoet.JavaFile;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Turns files into text on the other cores while the emitter builds the next ones. Writing a
 * file's text is most of emission and each file is independent, but building the types is not
 * (a type takes in the types nested in it), so the two overlap: each file is handed over as soon
 * as it is complete, and whoever asks for a text first writes it. Every file's text is the same
 * as written one at a time, and the caller decides the order of the files.
 */
final class Rendering implements AutoCloseable {

  /** A file being written: its text when it is done, written by the caller if no worker has begun. */
  static final class Pending {
    private final FutureTask<SourceFile> task;

    private Pending(FutureTask<SourceFile> task) {
      this.task = task;
    }

    SourceFile get() {
      task.run(); // does nothing when a worker has started it already
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing the sources", e);
      } catch (ExecutionException e) {
        // Errors as they are: the pipeline turns a StackOverflowError or an OutOfMemoryError into a problem report.
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        if (e.getCause() instanceof RuntimeException exception) {
          throw exception;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /**
   * How many files per worker may wait to be written before the caller writes the oldest itself:
   * building types is faster than writing them, and a waiting file holds its whole JavaPoet tree
   * (Cloudflare's queue held 450,000 code blocks, 340 MB live).
   */
  private static final int WAITING_PER_WORKER = 4;

  private final Function<JavaFile, SourceFile> render;
  private final ExecutorService workers;
  private final int maxWaiting;
  private final java.util.ArrayDeque<FutureTask<SourceFile>> submitted = new java.util.ArrayDeque<>();

  /** @param render what turns a file into its source; it runs on any thread */
  Rendering(Function<JavaFile, SourceFile> render) {
    this.render = render;
    // The calling thread writes too once it has built everything, so one core is left for it.
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    this.maxWaiting = threads * WAITING_PER_WORKER;
    this.workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "clientele-render");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Starts writing {@code file}'s text; the files are started in the order they are handed over.
   * When too many wait, the caller writes the oldest ones first (a file a worker has begun is left
   * to it), so that the files waiting stay few. Called from the one thread that builds the files.
   */
  Pending submit(JavaFile file) {
    FutureTask<SourceFile> task = new FutureTask<>(() -> render.apply(file));
    workers.execute(task);
    submitted.add(task);
    while (submitted.size() > maxWaiting) {
      submitted.poll().run();
    }
    return new Pending(task);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
