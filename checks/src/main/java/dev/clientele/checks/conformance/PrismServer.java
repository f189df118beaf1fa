package dev.clientele.checks.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prism's mock server for one spec, on a free loopback port and bound to 127.0.0.1 only: dynamic
 * responses from a fixed seed (the same data every run) and {@code --errors}, so that a request
 * that breaks the spec is answered with a 422 that names the violation. It is this runner's own
 * child process, stopped by {@link #close()}; {@link #ensureRunning()} starts it again after a
 * crash.
 */
final class PrismServer implements AutoCloseable {

  /** Prism could not start (a spec it cannot load, or no Node). */
  static final class StartFailed extends Exception {
    private static final long serialVersionUID = 1L;

    StartFailed(String message) {
      super(message);
    }
  }

  private static final int KEPT_LINES = 40;
  private static final String LOOPBACK = "127.0.0.1";

  private final Path executable;
  private final Path spec;
  private final Duration startTimeout;
  private final Deque<String> output = new ArrayDeque<>();
  private Process process;
  private int port;
  private int starts;

  PrismServer(Path executable, Path spec, Duration startTimeout) {
    this.executable = executable;
    this.spec = spec;
    this.startTimeout = startTimeout;
  }

  /** Starts Prism and waits until it accepts connections. */
  void start() throws StartFailed {
    port = freePort();
    List<String> command = List.of(
        executable.toString(), "mock", "--dynamic", "--errors", "--seed", "clientele",
        "--host", LOOPBACK, "--port", String.valueOf(port), "--verboseLevel", "warn", spec.toString());
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new StartFailed("cannot run " + executable + ": " + e.getMessage());
    }
    starts++;
    Process started = process;
    Thread drain = new Thread(() -> drain(started), "prism output " + spec.getFileName());
    drain.setDaemon(true);
    drain.start();
    long end = System.nanoTime() + startTimeout.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new StartFailed("Prism exited with " + process.exitValue() + " while loading the spec: " + lastOutput());
      }
      if (accepts()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new StartFailed("interrupted while Prism started");
      }
    }
    close();
    throw new StartFailed("Prism did not listen within " + startTimeout.toSeconds() + " s: " + lastOutput());
  }

  /** Whether Prism is still running. */
  boolean alive() {
    return process != null && process.isAlive();
  }

  /** Starts Prism again when it has died. */
  void ensureRunning() throws StartFailed {
    if (!alive()) {
      close();
      start();
    }
  }

  /** How many times it was started (more than once: it crashed). */
  int starts() {
    return starts;
  }

  /** Where the generated client is to send its requests. */
  String baseUrl() {
    return "http://" + LOOPBACK + ":" + port;
  }

  /** The last lines Prism wrote, on one line, for a report. */
  synchronized String lastOutput() {
    String text = String.join(" | ", output).replaceAll("\u001B\\[[0-9;]*m", "").strip();
    return text.length() > 600 ? "..." + text.substring(text.length() - 600) : text;
  }

  @Override
  public void close() {
    if (process == null) {
      return;
    }
    Process stopping = process;
    process = null;
    stopping.descendants().forEach(ProcessHandle::destroy);
    stopping.destroy();
    try {
      if (!stopping.waitFor(5, TimeUnit.SECONDS)) {
        stopping.descendants().forEach(ProcessHandle::destroyForcibly);
        stopping.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping.destroyForcibly();
    }
  }

  private void drain(Process from) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(from.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        synchronized (this) {
          output.addLast(line);
          if (output.size() > KEPT_LINES) {
            output.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws StartFailed {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new StartFailed("no free port on " + LOOPBACK + ": " + e.getMessage());
    }
  }
}
