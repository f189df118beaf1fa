package dev.clientele.runtime;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.jspecify.annotations.Nullable;

/**
 * Says in words what went wrong when no response came: who refused, what timed out, which name did
 * not resolve, and how many attempts were made over how long. The JDK's own messages are often
 * just a class name ({@code ConnectException}); they stay available as the cause.
 */
final class Failures {

  private Failures() {}

  static ApiException of(String description, TransportRequest request, IOException failure, int attempts, Duration elapsed) {
    URI uri = request.uri();
    IOException e = sanitized(failure);
    String tried = tried(attempts, elapsed);
    String where = uri.getHost() + ":" + port(uri);
    if (e instanceof ResponseTooLargeException.Signal signal) {
      return new ResponseTooLargeException(description, signal.limit(), tried, e);
    }
    if (e instanceof HttpConnectTimeoutException) {
      return new ApiTimeoutException(description, "could not connect to " + where + " within the connect timeout" + tried, e);
    }
    if (e instanceof HttpTimeoutException) {
      return new ApiTimeoutException(description, "no complete response (headers and body) within the request timeout of "
          + seconds(request.timeout()) + tried, e);
    }
    if (find(e, UnresolvedAddressException.class) != null || find(e, UnknownHostException.class) != null) {
      return new ApiIoException(description, "the host name " + uri.getHost() + " could not be resolved (DNS)" + tried, e);
    }
    SSLException tls = find(e, SSLException.class);
    if (tls != null) {
      return new ApiIoException(description, "the TLS handshake with " + where + " failed: " + message(tls)
          + ". The server's certificate must be valid for the host and trusted by the JVM (its trust store);"
          + " certificate checks cannot be switched off" + tried, e);
    }
    if (e instanceof ConnectException) {
      String why = e.getMessage() == null || e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("refused")
          ? "connection refused by " + where
          : "could not connect to " + where + ": " + e.getMessage();
      return new ApiIoException(description, why + tried, e);
    }
    if (e instanceof EOFException || String.valueOf(e.getMessage()).contains("content-length")
        || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("closed")) {
      return new ApiIoException(description, "the connection to " + where
          + " closed before the whole response arrived (" + message(e) + ")" + tried, e);
    }
    return new ApiIoException(description, "I/O failure talking to " + where + ": " + message(e) + tried, e);
  }

  /**
   * The failure itself when its message is clean; otherwise a stand-in with the message escaped and
   * the same stack, since the JDK quotes what the server sent (a malformed header) and the cause's
   * message is printed in logs too.
   */
  private static IOException sanitized(IOException e) {
    String message = e.getMessage();
    if (message == null || SafeText.escape(message).equals(message)) {
      return e;
    }
    IOException clean = new IOException(e.getClass().getName() + ": " + SafeText.escape(message));
    clean.setStackTrace(e.getStackTrace());
    return clean;
  }

  /** Whether retrying could not help: the failure would only repeat. */
  static boolean hopeless(IOException e) {
    return e instanceof ResponseTooLargeException.Signal || find(e, SSLHandshakeException.class) != null;
  }

  /** Whether nothing reached the server, so that even a POST may be sent again. */
  static boolean nothingSent(IOException e) {
    return e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
  }

  static String tried(int attempts, Duration elapsed) {
    return " (" + attempts + (attempts == 1 ? " attempt" : " attempts") + " over " + seconds(elapsed) + ")";
  }

  private static String seconds(Duration elapsed) {
    return String.format(java.util.Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0).replace(".0 s", " s");
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static <E extends Throwable> @Nullable E find(Throwable e, Class<E> type) {
    for (Throwable at = e; at != null; at = at.getCause() == at ? null : at.getCause()) {
      if (type.isInstance(at)) {
        return type.cast(at);
      }
    }
    return null;
  }
}
