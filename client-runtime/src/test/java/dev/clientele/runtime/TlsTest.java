package dev.clientele.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS verification cannot be switched off by any option of the client. */
class TlsTest {

  @TempDir
  Path folder;

  /** A key pair and self-signed certificate for 127.0.0.1, made with the JDK's keytool. */
  private SSLContext selfSigned() throws Exception {
    Path store = folder.resolve("server.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname",
        "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, output);
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(managers.getKeyManagers(), null, null);
    return context;
  }

  @Test
  @DisplayName("a self-signed HTTPS server on loopback is refused with an ApiIoException about the TLS handshake")
  void selfSignedIsRefused() throws Exception {
    // Given an HTTPS server whose certificate no trust store knows
    HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
    AtomicInteger handled = new AtomicInteger();
    server.createContext("/", exchange -> {
      handled.incrementAndGet();
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    try {
      ApiClient client = new ApiClient(TestClients.builder("https://127.0.0.1:" + server.getAddress().getPort())
          .authentication(Authentication.bearer("sk_live_secret"))
          .build());

      // When
      ApiIoException error = assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> assertThrows(ApiIoException.class, () -> client.execute(Call.of("GET", "/t", Map.class))));

      // Then: refused at the handshake, not retried, and no request reached the server
      assertTrue(error.getMessage().contains("the TLS handshake with 127.0.0.1:" + server.getAddress().getPort()
          + " failed"), error.getMessage());
      assertTrue(error.getMessage().contains("certificate checks cannot be switched off"), error.getMessage());
      assertTrue(error.getMessage().contains("(1 attempt over"), error.getMessage());
      assertEquals(0, handled.get());
    } finally {
      server.stop(0);
    }
  }
}
