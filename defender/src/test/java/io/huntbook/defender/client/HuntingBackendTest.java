package io.huntbook.defender.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.defender.ConnectionSpec.Kind;
import io.huntbook.defender.EmulatorFixture;
import io.huntbook.defender.FakeBackend;
import io.huntbook.defender.SampleTables;
import io.huntbook.defender.emulator.EmulatorOptions;
import io.huntbook.defender.emulator.Fault;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HuntingBackendTest {
  private static final String QUERY = "DeviceEvents | take 3";
  private final FakeBackend fake = new FakeBackend().answer(QUERY, SampleTables.everyType());
  private EmulatorFixture fixture;

  @AfterEach
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private EmulatorFixture start(EmulatorOptions options) throws Exception {
    fixture = new EmulatorFixture(options);
    return fixture;
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"GRAPH", "M365D", "MDE"})
  void everyTypeSurvivesTheRoundTripOnEveryApi(Kind kind) throws Exception {
    start(EmulatorOptions.defaults(fake));
    try (HuntingBackend backend = fixture.open(kind)) {
      ResultTable table = backend.execute(QueryRequest.of(QUERY));

      ResultTable expected = SampleTables.everyType();
      assertThat(table.columns()).isEqualTo(expected.columns());
      assertThat(table.rows()).isEqualTo(expected.rows());
      assertThat(table.truncated()).isFalse();
      assertThat(backend.name()).isEqualTo(kind.shortName());
      if (kind == Kind.M365D) {
        assertThat(table.stats()).containsKey("ExecutionTime");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"GRAPH", "MDE"})
  void aBurstOfFirstQueriesSharesOneConnection(Kind kind) throws Exception {
    start(EmulatorOptions.defaults(fake).withLatency(Duration.ofMillis(200)));
    List<Future<ResultTable>> queries = new ArrayList<>();
    try (HuntingBackend backend = fixture.open(kind);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 20; i++) {
        queries.add(threads.submit(() -> backend.execute(QueryRequest.of(QUERY))));
      }
      for (Future<ResultTable> query : queries) {
        assertThat(query.get().rows()).isEqualTo(SampleTables.everyType().rows());
      }
    }
    // One connection for the token (MSAL's own client) and one the 20 queries shared over HTTP/2.
    assertThat(fixture.emulator.huntingRequestCount()).isEqualTo(20);
    assertThat(fixture.emulator.connectionCount()).isEqualTo(2);
  }

  @Test
  void graphSendsTheTimespanAndTheOlderApisDoNot() throws Exception {
    start(EmulatorOptions.defaults(fake));
    QueryRequest request = new QueryRequest(QUERY, "cell 3", Optional.of("P7D"), Optional.empty());
    try (HuntingBackend graph = fixture.open(Kind.GRAPH);
        HuntingBackend m365d = fixture.open(Kind.M365D)) {
      graph.execute(request);
      m365d.execute(request);
    }
    assertThat(fake.seen().get(0).timespan()).contains("P7D");
    assertThat(fake.seen().get(1).timespan()).isEmpty();
  }

  @Test
  void aResultAtTheRowLimitIsMarkedTruncated() throws Exception {
    fake.answer("range", SampleTables.numbers(5));
    start(EmulatorOptions.defaults(fake).withLimits(3, 1_000_000));
    try (HuntingBackend backend =
        new HuntingBackend(
            fixture.open(Kind.GRAPH).api(),
            fixture.spec(Kind.GRAPH).resolvedEndpoint(),
            fixture.spec(Kind.GRAPH).scope(),
            tokens(),
            new io.huntbook.defender.limits.CallLimiter(
                io.huntbook.defender.limits.LimitPolicy.unlimited()),
            ClientOptions.defaults().withTrust(fixture.emulator.clientTrust()).withRowLimit(3))) {
      ResultTable table = backend.execute(QueryRequest.of("range"));

      assertThat(table.rowCount()).isEqualTo(3);
      assertThat(table.truncated()).isTrue();
    }
  }

  private io.huntbook.defender.auth.TokenSource tokens() throws Exception {
    return new io.huntbook.defender.auth.CachingTokenSource(
        io.huntbook.defender.auth.MsalTokenSource.create(
            fixture.emulator.credentials(),
            new io.huntbook.defender.auth.AuthorityOptions(
                fixture.emulator.authority(),
                false,
                Optional.of(fixture.emulator.clientTrust()),
                message -> {})));
  }

  @Test
  void aKqlErrorCarriesTheServiceMessageAndPosition() throws Exception {
    start(EmulatorOptions.defaults(fake));
    try (HuntingBackend backend = fixture.open(Kind.GRAPH)) {
      assertThatThrownBy(() -> backend.execute(QueryRequest.of("DeviceEvents | project x")))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("Failed to resolve scalar expression named 'x'")
          .satisfies(
              e -> {
                QueryException query = (QueryException) e;
                assertThat(query.code()).isEqualTo(DefenderErrorCodes.QUERY_REJECTED);
                assertThat(query.line()).isEqualTo(1);
                assertThat(query.column()).isEqualTo(1);
              });
    }
  }

  @Test
  void aTooLargeResultSuggestsSummarizeProjectTake() throws Exception {
    start(EmulatorOptions.defaults(fake).withLimits(100_000, 100));
    try (HuntingBackend backend = fixture.open(Kind.MDE)) {
      assertThatThrownBy(() -> backend.execute(QueryRequest.of(QUERY)))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("summarize")
          .hasMessageContaining("project")
          .hasMessageContaining("take")
          .extracting(e -> ((QueryException) e).code())
          .isEqualTo(DefenderErrorCodes.RESULT_TOO_LARGE);
    }
  }

  @Test
  void aMissingPermissionNamesItAndTheConsentStep() throws Exception {
    start(EmulatorOptions.defaults(fake).withRoles(Set.of("ThreatHunting.Read.All")));
    try (HuntingBackend backend = fixture.open(Kind.MDE)) {
      assertThatThrownBy(() -> backend.execute(QueryRequest.of(QUERY)))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("AdvancedQuery.Read.All")
          .hasMessageContaining("Grant admin consent")
          .hasMessageContaining("WindowsDefenderATP")
          .extracting(e -> ((QueryException) e).code())
          .isEqualTo(DefenderErrorCodes.FORBIDDEN);
    }
    try (HuntingBackend graph = fixture.open(Kind.GRAPH)) {
      assertThat(graph.execute(QueryRequest.of(QUERY)).rowCount()).isEqualTo(3);
    }
  }

  @Test
  void aTokenForAnotherAudienceIsRefusedWithAdvice() throws Exception {
    start(EmulatorOptions.defaults(fake));
    try (HuntingBackend backend =
        new HuntingBackend(
            io.huntbook.defender.HuntingApi.MDE,
            fixture.spec(Kind.MDE).resolvedEndpoint(),
            "https://graph.microsoft.com/.default",
            tokens(),
            new io.huntbook.defender.limits.CallLimiter(
                io.huntbook.defender.limits.LimitPolicy.unlimited()),
            ClientOptions.defaults().withTrust(fixture.emulator.clientTrust()))) {
      assertThatThrownBy(() -> backend.execute(QueryRequest.of(QUERY)))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("401")
          .hasMessageContaining("audience")
          .hasMessageContaining("HUNTBOOK_TENANT_ID")
          .extracting(e -> ((QueryException) e).code())
          .isEqualTo(DefenderErrorCodes.UNAUTHORIZED);
    }
  }

  @Test
  void anExpiredTokenIsRefusedWithAdvice() throws Exception {
    start(EmulatorOptions.defaults(fake).withTokenLifetime(Duration.ofSeconds(1)));
    io.huntbook.defender.auth.AccessToken stale =
        tokens().token("https://graph.microsoft.com/.default");
    Thread.sleep(1_100);
    try (HuntingBackend backend =
        new HuntingBackend(
            io.huntbook.defender.HuntingApi.GRAPH,
            fixture.spec(Kind.GRAPH).resolvedEndpoint(),
            "https://graph.microsoft.com/.default",
            scope -> stale,
            new io.huntbook.defender.limits.CallLimiter(
                io.huntbook.defender.limits.LimitPolicy.unlimited()),
            ClientOptions.defaults().withTrust(fixture.emulator.clientTrust()))) {
      assertThatThrownBy(() -> backend.execute(QueryRequest.of(QUERY)))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("expired")
          .extracting(e -> ((QueryException) e).code())
          .isEqualTo(DefenderErrorCodes.UNAUTHORIZED);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"GRAPH", "MDE"})
  void aRefusedTokenIsRenewedPastEveryCacheOnceAndTheQuerySucceeds(Kind kind) throws Exception {
    start(EmulatorOptions.defaults(fake));
    try (HuntingBackend backend = fixture.open(kind)) {
      backend.execute(QueryRequest.of(QUERY));
      fixture.emulator.faults().add(new Fault.RefuseToken());

      assertThat(backend.execute(QueryRequest.of(QUERY)).rowCount()).isEqualTo(3);
      // The next query uses the renewed token, from the cache.
      assertThat(backend.execute(QueryRequest.of(QUERY)).rowCount()).isEqualTo(3);
    }
    assertThat(fixture.emulator.tokenRequestCount()).isEqualTo(2);
    assertThat(fixture.emulator.huntingRequestCount()).isEqualTo(4);
  }

  @Test
  void aTokenRefusedTwiceFailsWithAdviceAfterOneRenewal() throws Exception {
    start(EmulatorOptions.defaults(fake));
    fixture.emulator.faults().add(new Fault.RefuseToken(), new Fault.RefuseToken());
    try (HuntingBackend backend = fixture.open(Kind.GRAPH)) {
      assertThatThrownBy(() -> backend.execute(QueryRequest.of(QUERY)))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("refused the access token (401)")
          .extracting(e -> ((QueryException) e).code())
          .isEqualTo(DefenderErrorCodes.UNAUTHORIZED);
    }
    assertThat(fixture.emulator.tokenRequestCount()).isEqualTo(2);
    assertThat(fixture.emulator.huntingRequestCount()).isEqualTo(2);
  }

  @Test
  void serverErrorsAreRetriedUntilTheQuerySucceeds() throws Exception {
    start(EmulatorOptions.defaults(fake));
    fixture.emulator.faults().add(new Fault.ServerError(503), new Fault.ServerError(500));
    try (HuntingBackend backend = fixture.open(Kind.M365D)) {
      assertThat(backend.execute(QueryRequest.of(QUERY)).rowCount()).isEqualTo(3);
    }
    assertThat(fixture.emulator.huntingRequestCount()).isEqualTo(3);
  }

  @Test
  void persistentServerErrorsFailAfterTheBoundedAttempts() throws Exception {
    start(EmulatorOptions.defaults(fake));
    for (int i = 0; i < 6; i++) {
      fixture.emulator.faults().add(new Fault.ServerError(502));
    }
    try (HuntingBackend backend = fixture.open(Kind.GRAPH)) {
      assertThatThrownBy(() -> backend.execute(QueryRequest.of(QUERY)))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("HTTP 502")
          .hasMessageContaining("4 times")
          .extracting(e -> ((QueryException) e).code())
          .isEqualTo(DefenderErrorCodes.SERVER_ERROR);
    }
    assertThat(fixture.emulator.huntingRequestCount()).isEqualTo(4);
  }

  @Test
  void aGatewayTimeoutIsRetried() throws Exception {
    start(EmulatorOptions.defaults(fake));
    fixture.emulator.faults().add(new Fault.ServerError(504));
    try (HuntingBackend backend = fixture.open(Kind.MDE)) {
      assertThat(backend.execute(QueryRequest.of(QUERY)).rowCount()).isEqualTo(3);
    }
  }

  @Test
  void aRequestThatHangsPastTheTimeoutIsRetried() throws Exception {
    start(EmulatorOptions.defaults(fake));
    fixture.emulator.faults().add(new Fault.Hang(Duration.ofSeconds(2)));
    RetryPolicy retry = EmulatorFixture.quickRetries().withRequestTimeout(Duration.ofMillis(500));
    try (HuntingBackend backend = fixture.open(Kind.GRAPH, retry)) {
      assertThat(backend.execute(QueryRequest.of(QUERY)).rowCount()).isEqualTo(3);
    }
    assertThat(fixture.emulator.huntingRequestCount()).isEqualTo(2);
  }

  @Test
  void requestsThatAlwaysTimeOutFailWithAdvice() throws Exception {
    start(EmulatorOptions.defaults(fake).withLatency(Duration.ofSeconds(3)));
    RetryPolicy retry =
        new RetryPolicy(
            2,
            0,
            Duration.ofMillis(10),
            Duration.ofMillis(10),
            Duration.ofMinutes(1),
            Duration.ofMillis(300));
    try (HuntingBackend backend = fixture.open(Kind.GRAPH, retry)) {
      assertThatThrownBy(() -> backend.execute(QueryRequest.of(QUERY)))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("no answer")
          .extracting(e -> ((QueryException) e).code())
          .isEqualTo(DefenderErrorCodes.TIMEOUT);
    }
  }

  @Test
  void aThrottledQueryWaitsRetryAfterThenSucceeds() throws Exception {
    start(EmulatorOptions.defaults(fake));
    fixture.emulator.faults().add(new Fault.Throttle(1));
    try (HuntingBackend backend = fixture.open(Kind.GRAPH)) {
      long started = System.nanoTime();
      assertThat(backend.execute(QueryRequest.of(QUERY)).rowCount()).isEqualTo(3);
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void throttlingPastTheRetriesFailsWithTheLimits() throws Exception {
    start(EmulatorOptions.defaults(fake));
    fixture
        .emulator
        .faults()
        .add(new Fault.Throttle(0), new Fault.Throttle(0), new Fault.Throttle(0));
    RetryPolicy retry =
        new RetryPolicy(
            4,
            2,
            Duration.ofMillis(10),
            Duration.ofMillis(10),
            Duration.ofMinutes(1),
            Duration.ofSeconds(10));
    try (HuntingBackend backend = fixture.open(Kind.MDE, retry)) {
      assertThatThrownBy(() -> backend.execute(QueryRequest.of(QUERY)))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("429")
          .hasMessageContaining("1500 an hour")
          .extracting(e -> ((QueryException) e).code())
          .isEqualTo(DefenderErrorCodes.THROTTLED);
    }
  }

  @Test
  void theEmulatorsOwnRateLimitIsHonoured() throws Exception {
    start(
        EmulatorOptions.defaults(fake)
            .withRateLimit(Optional.of(new EmulatorOptions.RateLimit(2, Duration.ofSeconds(1)))));
    try (HuntingBackend backend = fixture.open(Kind.GRAPH)) {
      long started = System.nanoTime();
      for (int i = 0; i < 3; i++) {
        assertThat(backend.execute(QueryRequest.of(QUERY)).rowCount()).isEqualTo(3);
      }
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }
    assertThat(fixture.emulator.huntingRequestCount()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void interruptingTheThreadCancelsARunningQuery() throws Exception {
    start(EmulatorOptions.defaults(fake).withLatency(Duration.ofSeconds(30)));
    try (HuntingBackend backend = fixture.open(Kind.GRAPH)) {
      Throwable[] outcome = new Throwable[1];
      Thread query =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      backend.execute(QueryRequest.of(QUERY));
                    } catch (Throwable e) {
                      outcome[0] = e;
                    }
                  });
      Thread.sleep(500);
      long interrupted = System.nanoTime();
      query.interrupt();
      query.join(5_000);

      assertThat(query.isAlive()).isFalse();
      assertThat(outcome[0]).isInstanceOf(InterruptedException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - interrupted))
          .isLessThan(Duration.ofSeconds(5));
    }
  }
}
