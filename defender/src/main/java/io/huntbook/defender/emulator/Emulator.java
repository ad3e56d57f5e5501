package io.huntbook.defender.emulator;

import com.sun.net.httpserver.HttpsServer;
import io.huntbook.defender.ConnectionException;
import io.huntbook.defender.LocalBackends;
import io.huntbook.defender.auth.ClientSecretCredentials;
import io.huntbook.defender.auth.Secret;
import io.huntbook.defender.auth.TrustedCertificates;
import io.huntbook.engine.Backend;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.spi.JettyHttpServer;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A running emulator of Entra ID's token endpoint and the Defender hunting APIs on loopback, over
 * TLS with a certificate made at start. Clients reach it with {@link #baseUri()} as endpoint and
 * authority, the {@link #credentials()} it made up, and trust in {@link #certificate()} (no
 * plaintext: MSAL refuses it, and so does Huntbook).
 *
 * <p>The endpoints are handlers of the JDK's {@code com.sun.net.httpserver} API, served by Jetty
 * (its {@code HttpServer} provider) because the JDK's own server speaks only HTTP/1.1: Graph and
 * the Defender APIs speak HTTP/2, and a client's many queries share one connection there.
 */
public final class Emulator implements AutoCloseable {
  private final Server jetty;
  private final HttpsServer server;
  private final AtomicInteger connections;
  private final ExecutorService executor;
  private final SelfSignedCertificate identity;
  private final ClientSecretCredentials credentials;
  private final EmulatorOptions options;
  private final TokenEndpoint tokens;
  private final HuntingEndpoint hunting;
  private Optional<Backend> ownedBackend = Optional.empty();

  private Emulator(
      Server jetty,
      HttpsServer server,
      AtomicInteger connections,
      ExecutorService executor,
      SelfSignedCertificate identity,
      ClientSecretCredentials credentials,
      EmulatorOptions options,
      TokenEndpoint tokens,
      HuntingEndpoint hunting) {
    this.jetty = jetty;
    this.server = server;
    this.connections = connections;
    this.executor = executor;
    this.identity = identity;
    this.credentials = credentials;
    this.options = options;
    this.tokens = tokens;
    this.hunting = hunting;
  }

  /** Starts an emulator on loopback; close it to stop. */
  public static Emulator start(EmulatorOptions options) throws IOException {
    SelfSignedCertificate identity = SelfSignedCertificate.forLoopback();
    byte[] secretBytes = new byte[24];
    new SecureRandom().nextBytes(secretBytes);
    ClientSecretCredentials credentials =
        new ClientSecretCredentials(
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes)));
    TokenIssuer issuer = new TokenIssuer(credentials.tenantId(), Clock.systemUTC());
    TokenEndpoint tokens =
        new TokenEndpoint(
            credentials.tenantId(), credentials.clientId(), credentials.secret(), options, issuer);
    HuntingEndpoint hunting = new HuntingEndpoint(options, issuer);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    AtomicInteger connections = new AtomicInteger();
    Server jetty = jetty(identity, options.port(), executor, connections);
    JettyHttpServer server = new JettyHttpServer(jetty, true);
    server.createContext("/v1.0/security", hunting);
    server.createContext("/beta/security", hunting);
    server.createContext("/api", hunting);
    server.createContext("/", tokens);
    try {
      jetty.start();
    } catch (Exception e) {
      stopQuietly(jetty);
      executor.shutdownNow();
      throw new IOException(
          "cannot start the emulator on port " + options.port() + ": " + e.getMessage(), e);
    }
    int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    return new Emulator(
        jetty, server, connections, executor, identity, credentials, options, tokens, hunting);
  }

  /** Stops Jetty, best effort: the port is released when the process ends anyway. */
  private static void stopQuietly(Server jetty) {
    try {
      jetty.stop();
    } catch (Exception e) {
      // Nothing more to release.
    }
  }

  /**
   * A Jetty server on loopback speaking TLS with ALPN: HTTP/2 to clients that offer it, as Graph
   * and the Defender APIs do, and HTTP/1.1 to the rest (MSAL's token requests). Handlers run on
   * virtual threads, so a request held by injected latency costs no platform thread.
   */
  private static Server jetty(
      SelfSignedCertificate identity,
      int port,
      ExecutorService handlers,
      AtomicInteger connections) {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("huntbook-emulator");
    threads.setVirtualThreadsExecutor(handlers);
    Server server = new Server(threads);
    HttpConfiguration configuration = new HttpConfiguration();
    configuration.setSendServerVersion(false);
    configuration.addCustomizer(new SecureRequestCustomizer(false));
    HttpConnectionFactory http11 = new HttpConnectionFactory(configuration);
    HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(configuration);
    ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
    alpn.setDefaultProtocol(http11.getProtocol());
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setSslContext(identity.serverContext());
    ServerConnector connector =
        new ServerConnector(
            server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, h2, http11);
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    connector.addEventListener(
        new Connection.Listener() {
          @Override
          public void onOpened(Connection connection) {
            if (connection instanceof SslConnection) {
              connections.incrementAndGet();
            }
          }
        });
    server.addConnector(connector);
    server.setHandler(new ContextHandlerCollection());
    return server;
  }

  /**
   * Starts an emulator over the local engine holding the demo tenant (the setup of {@code huntbook
   * emulate}); closing the emulator closes that engine.
   *
   * @param port the loopback port, 0 for any free one
   */
  public static Emulator startOnDemoTenant(int port) throws IOException, ConnectionException {
    Backend demo = LocalBackends.demoTenant();
    try {
      Emulator emulator = start(EmulatorOptions.defaults(demo).withPort(port));
      emulator.ownedBackend = Optional.of(demo);
      return emulator;
    } catch (IOException | RuntimeException e) {
      demo.close();
      throw e;
    }
  }

  /**
   * Writes what a client needs into {@code directory}: the credentials as a config file only the
   * owner can read (for {@code HUNTBOOK_CREDENTIALS_FILE}) and the certificate to trust (for {@code
   * --trust}). The secret is never printed, so this is how it reaches another process.
   */
  public EmulatorFiles writeConnectionFiles(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path credentialsFile = directory.resolve("emulator.credentials");
    Files.deleteIfExists(credentialsFile);
    Files.createFile(
        credentialsFile,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(
        credentialsFile,
        "# Huntbook emulator at "
            + baseUri()
            + "\ntenant_id = "
            + credentials.tenantId()
            + "\nclient_id = "
            + credentials.clientId()
            + "\nclient_secret = "
            + credentials.secret().reveal()
            + "\n");
    Path certificateFile = directory.resolve("emulator.pem");
    Files.writeString(certificateFile, identity.certificatePem());
    return new EmulatorFiles(credentialsFile, certificateFile);
  }

  /** Lines telling a user how to connect, without the secret. */
  public List<String> describe(EmulatorFiles files) {
    return List.of(
        "Huntbook emulator listening on " + baseUri(),
        "tenant id:   " + credentials.tenantId(),
        "client id:   " + credentials.clientId(),
        "credentials: " + files.credentials() + " (owner-only; the secret is not printed)",
        "certificate: " + files.certificate(),
        "connect with:",
        "  export HUNTBOOK_CREDENTIALS_FILE=" + files.credentials(),
        "  huntbook connect test --connection graph --endpoint "
            + baseUri()
            + " --authority "
            + baseUri()
            + " --trust "
            + files.certificate());
  }

  /** {@code https://127.0.0.1:<port>}: the endpoint for every API and the authority host. */
  public URI baseUri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("https://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /** The authority with the emulated tenant: {@code https://127.0.0.1:<port>/<tenant>/}. */
  public URI authority() {
    return URI.create(baseUri() + "/" + credentials.tenantId() + "/");
  }

  /** The tenant id, client id and generated client secret the token endpoint accepts. */
  public ClientSecretCredentials credentials() {
    return credentials;
  }

  /** The TLS certificate clients must trust. */
  public X509Certificate certificate() {
    return identity.certificate();
  }

  /** The TLS certificate in PEM, for {@code --trust}. */
  public String certificatePem() {
    return identity.certificatePem();
  }

  /** An SSL context that trusts this emulator and nothing else. */
  public SSLContext clientTrust() {
    return TrustedCertificates.sslContext(List.of(identity.certificate()));
  }

  /** The fault plan; add faults while the emulator runs. */
  public FaultPlan faults() {
    return options.faults();
  }

  /** Token requests received so far ({@code /token}, not device-code starts). */
  public int tokenRequestCount() {
    return tokens.requestCount();
  }

  /** TLS connections clients have opened so far, to any endpoint. */
  public int connectionCount() {
    return connections.get();
  }

  /** Hunting requests received so far, answered or refused. */
  public int huntingRequestCount() {
    return hunting.requestCount();
  }

  @Override
  public void close() {
    stopQuietly(jetty);
    executor.shutdownNow();
    ownedBackend.ifPresent(Backend::close);
  }
}
