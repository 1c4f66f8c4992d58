package dev.sessioninspector.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioninspector.testkit.Hold;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TokenSamplerTest {
    /** Collects what the listener sees. */
    static final class Recorder implements TokenSampler.Listener {
        final List<String> tokens = new CopyOnWriteArrayList<>();
        final List<SampleProgress> progress = new CopyOnWriteArrayList<>();
        final CountDownLatch tenTokens = new CountDownLatch(10);

        @Override
        public void onToken(String token, int index) {
            assertThat(index).isEqualTo(tokens.size());
            tokens.add(token);
            tenTokens.countDown();
        }

        @Override
        public void onProgress(SampleProgress p) {
            progress.add(p);
        }
    }

    @Test
    void collectsDistinctTokensOverReusedConnections() throws Exception {
        try (TokenServer server = new TokenServer(Integer.MAX_VALUE, false, 0)) {
            Recorder recorder = new Recorder();
            TokenSamplerResult r = new TokenSampler(TokenSamplerConfig.of(server.uri(), "SID", 400, 4, 0))
                    .run(recorder);
            assertThat(r.stopReason()).isEqualTo(TokenSamplerResult.StopReason.COUNT_REACHED);
            assertThat(r.tokens()).hasSize(400).doesNotHaveDuplicates().allMatch(t -> t.matches("[0-9a-f]{32}"));
            assertThat(recorder.tokens).containsExactlyElementsOf(r.tokens());
            assertThat(r.requests()).isBetween(400, 404);
            assertThat(r.message()).contains("collected 400 distinct tokens");
            assertThat(recorder.progress).isNotEmpty();
            assertThat(recorder.progress.get(recorder.progress.size() - 1).tokens()).isEqualTo(400);
            assertThat(server.clientPorts).as("keep-alive: one connection per thread, not one per request")
                    .hasSizeLessThanOrEqualTo(8);
            assertThat(r.tokensPerSecond()).isPositive();
            var sample = r.toTokenSample("SID", server.uri().toString(), java.time.Instant.EPOCH);
            assertThat(sample.tokens()).isEqualTo(r.tokens());
            assertThat(dev.sessioninspector.entropy.TokenAnalyzer.analyze(sample.tokens()).verdict().flagged()).isFalse();
        }
    }

    @Test
    void stopsWithAClearMessageWhenTheServerRepeatsItsLastToken() throws Exception {
        try (TokenServer server = new TokenServer(40, true, 0)) {
            TokenSamplerResult r = new TokenSampler(TokenSamplerConfig.of(server.uri(), "SID", 1000, 2, 0))
                    .run(new Recorder());
            assertThat(r.stopReason()).isEqualTo(TokenSamplerResult.StopReason.SERVER_STOPPED_ISSUING);
            assertThat(r.tokens()).hasSize(40);
            assertThat(r.repeats()).isGreaterThanOrEqualTo(50);
            assertThat(r.message()).contains("stopped issuing new tokens (cookie SID)").contains("kept 40");
        }
    }

    @Test
    void stopsOnceThePerSecondClockBehindTheIdsShowsAndSaysSo() throws Exception {
        long start = java.time.Instant.now().getEpochSecond();
        java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
        CountDownLatch checked = new CountDownLatch(1);
        // the ID is the server's clock in seconds, its second passing every third request (no real waiting); past
        // 60 IDs it waits for the first check that found something, so 200 are never reached before a check ran
        java.util.function.Supplier<String> perSecond = () -> {
            long n = served.getAndIncrement();
            if (n >= 180) {
                Hold.until(checked);
            }
            return Long.toString(start + n / 3);
        };
        GeneratorCheck check = (tokens, window) -> {
            var found = GeneratorCheck.STRUCTURE.find(tokens, window);
            found.ifPresent(f -> checked.countDown());
            return found;
        };
        try (TokenServer server = new TokenServer(perSecond)) {
            TokenSamplerResult r = new TokenSampler(TokenSamplerConfig.of(server.uri(), "SID", 200, 1, 0),
                    System::nanoTime, check, java.time.Clock.systemUTC()).run(new Recorder());
            assertThat(r.stopReason()).isEqualTo(TokenSamplerResult.StopReason.GENERATOR_FOUND);
            assertThat(r.tokens()).hasSizeBetween(GeneratorCheck.MIN_FOR_COUNTER, 61);
            assertThat(r.message()).isEqualTo("stopped after " + r.tokens().size() + " of 200: clock found");
            assertThat(dev.sessioninspector.entropy.TokenAnalyzer.analyze(r.tokens()).verdict().predictable()).isTrue();
        }
        served.set(0);
        try (TokenServer server = new TokenServer(perSecond)) {
            TokenSamplerResult all = new TokenSampler(TokenSamplerConfig.of(server.uri(), "SID", 200, 1, 0)
                    .collectingAll()).run(new Recorder());
            assertThat(all.stopReason()).isEqualTo(TokenSamplerResult.StopReason.COUNT_REACHED);
            assertThat(all.tokens()).hasSize(200);
        }
    }

    @Test
    void reportsACookieThatIsNeverSet() throws Exception {
        try (TokenServer server = new TokenServer(0, false, 0)) {
            TokenSamplerResult r = new TokenSampler(TokenSamplerConfig.of(server.uri(), "SID", 10, 1, 0))
                    .run(new Recorder());
            assertThat(r.tokens()).isEmpty();
            assertThat(r.withoutToken()).isEqualTo(50);
            assertThat(r.message()).contains("carried none");
        }
    }

    @Test
    void stopKeepsWhatWasCollected() throws Exception {
        try (TokenServer server = new TokenServer(Integer.MAX_VALUE, false, 20)) {
            TokenSampler sampler = new TokenSampler(TokenSamplerConfig.of(server.uri(), "SID", 100_000, 2, 0));
            Recorder recorder = new Recorder();
            AtomicReference<TokenSamplerResult> result = new AtomicReference<>();
            Thread runner = new Thread(() -> {
                try {
                    result.set(sampler.run(recorder));
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            runner.start();
            assertThat(recorder.tenTokens.await(10, TimeUnit.SECONDS)).isTrue();
            sampler.stop();
            runner.join(10_000);
            assertThat(runner.isAlive()).isFalse();
            TokenSamplerResult r = result.get();
            assertThat(r.stopReason()).isEqualTo(TokenSamplerResult.StopReason.STOPPED);
            assertThat(r.tokens()).hasSizeGreaterThanOrEqualTo(10).containsExactlyElementsOf(recorder.tokens);
            assertThat(r.message()).contains("they are kept");
        }
    }

    @Test
    void anUnreachableTargetFailsWithTheConnectionError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        TokenSampler sampler = new TokenSampler(TokenSamplerConfig.of(URI.create("http://127.0.0.1:" + port + "/"),
                "SID", 5, 1, 0));
        assertThatThrownBy(() -> sampler.run(new Recorder())).isInstanceOf(ConnectException.class);
    }

    @Test
    void theRateLimitIsHonoured() throws Exception {
        try (TokenServer server = new TokenServer(Integer.MAX_VALUE, false, 0)) {
            TokenSamplerResult r = new TokenSampler(TokenSamplerConfig.of(server.uri(), "SID", 20, 4, 50))
                    .run(new Recorder());
            assertThat(r.tokens()).hasSize(20);
            assertThat(r.elapsed().toMillis()).as("20 requests at 50/s").isGreaterThanOrEqualTo(360);
        }
    }

    @Test
    void rateLimiterSpacesPermitsOnAnInjectedClock() throws Exception {
        long[] now = {1_000_000_000L};
        List<Long> sleeps = new ArrayList<>();
        RateLimiter limiter = new RateLimiter(10, () -> now[0], nanos -> {
            sleeps.add(nanos);
            now[0] += nanos;
        });
        for (int i = 0; i < 4; i++) {
            limiter.acquire();
        }
        assertThat(sleeps).containsExactly(100_000_000L, 100_000_000L, 100_000_000L);
        now[0] += 1_000_000_000L; // idle for a second: no burst is saved up beyond one permit
        limiter.acquire();
        limiter.acquire();
        assertThat(sleeps).hasSize(4).last().isEqualTo(100_000_000L);
        RateLimiter unlimited = new RateLimiter(0, () -> now[0], nanos -> sleeps.add(-1L));
        unlimited.acquire();
        assertThat(new HashSet<>(sleeps)).doesNotContain(-1L);
    }

    @Test
    void cookieValueFollowsRfc6265NameMatching() {
        assertThat(TokenSampler.cookieValue(List.of("theme=dark", "SID=abc; Path=/; HttpOnly"), "SID")).isEqualTo("abc");
        assertThat(TokenSampler.cookieValue(List.of("sid=abc"), "SID")).isNull();
        assertThat(TokenSampler.cookieValue(List.of(" SID = v1 ;Secure", "SID=v2"), "SID")).isEqualTo("v2");
        assertThat(TokenSampler.cookieValue(List.of("SID=; Max-Age=0"), "SID")).isNull();
        assertThat(TokenSampler.cookieValue(List.of("SIDX=1", "noequals"), "SID")).isNull();
    }

    @Test
    void configRejectsBadInputWithOneLine() {
        URI ok = URI.create("http://127.0.0.1:1/");
        assertThatThrownBy(() -> TokenSamplerConfig.of(URI.create("ftp://x/"), "SID", 1, 1, 0))
                .hasMessageContaining("--url");
        assertThatThrownBy(() -> TokenSamplerConfig.of(ok, "a b", 1, 1, 0)).hasMessageContaining("--token");
        assertThatThrownBy(() -> TokenSamplerConfig.of(ok, "SID", 0, 1, 0)).hasMessageContaining("--count");
        assertThatThrownBy(() -> TokenSamplerConfig.of(ok, "SID", 1, 0, 0)).hasMessageContaining("--threads");
        assertThatThrownBy(() -> TokenSamplerConfig.of(ok, "SID", 1, 1, -1)).hasMessageContaining("--rate");
    }
}
