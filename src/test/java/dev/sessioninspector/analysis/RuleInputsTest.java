package dev.sessioninspector.analysis;

import dev.sessioninspector.analysis.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.SameSite;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.model.StorageSnapshot;
import dev.sessioninspector.model.TokenSample;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules fed by probe results, token samples, idle pauses, storage and script cookies; bad input. */
class RuleInputsTest {
    private final AnalysisEngine engine = new AnalysisEngine();

    private static CheckResult check(AnalysisResult r, String rule) {
        return r.check(rule).orElseThrow();
    }

    @Test
    void probeResultsDecideTheActiveRules() {
        RecordingData django = Sites.django();
        List<ProbeEvidence> probes = List.of(
                new ProbeEvidence(ProbeKind.LOGOUT_REPLAY, "sessionid", List.of(6L), ProbeVerdict.VULNERABLE,
                        "replayed sessionid after logout: /dashboard/ answered 200 with 'Signed in as bob'"),
                new ProbeEvidence(ProbeKind.FOREIGN_ID, "sessionid", List.of(1L), ProbeVerdict.SAFE,
                        "a made-up sessionid was replaced by a new one"),
                new ProbeEvidence(ProbeKind.IDLE_TIMEOUT, "sessionid", List.of(), ProbeVerdict.INCONCLUSIVE,
                        "the target stopped answering"));
        AnalysisResult r = engine.analyze(django, AnalysisInputs.NONE.withProbes(probes));
        assertThat(check(r, "session.not-invalidated-at-logout").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("session.not-invalidated-at-logout").get(0).evidence())
                .extracting(Evidence::exchange).containsExactly(6L);
        assertThat(r.findings("session.not-invalidated-at-logout").get(0).remediation()).contains("session.flush()");
        assertThat(check(r, "session.accepts-foreign-id").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(r, "session.no-idle-timeout").status()).isEqualTo(CheckStatus.INCONCLUSIVE);
        assertThat(check(r, "session.no-idle-timeout").detail()).contains("stopped answering");
    }

    @Test
    void aVulnerableProbeMustNameItsExchanges() {
        assertThatThrownBy(() -> new ProbeEvidence(ProbeKind.FOREIGN_ID, "sid", List.of(), ProbeVerdict.VULNERABLE, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void urlAcceptanceProbeFailsIdInUrlEvenWhenNoUrlCarriedAnId() {
        AnalysisResult r = engine.analyze(Sites.hardened(), AnalysisInputs.NONE.withProbes(List.of(
                new ProbeEvidence(ProbeKind.URL_ID_ACCEPTED, "__Host-SESSIONID", List.of(5L), ProbeVerdict.VULNERABLE,
                        "GET /account;jsessionid=… without the cookie reached the signed-in page"))));
        assertThat(check(r, "session.id-in-url").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check(r, "session.id-in-url").detail()).contains("accepts the ID from the URL");
    }

    @Test
    void aLongSignedInPauseProvesTheIdleTimeoutEitherWay() {
        FlowBuilder f = new FlowBuilder("https://bank.example");
        f.get("/", r -> r.html(Sites.HOME_ANON).setCookie("JSESSIONID=0A1B2C3D4E5F60718293A4B5C6D7E8F9; Path=/; Secure; HttpOnly"));
        f.post("/login", "username=frank&password=pw", r -> r.redirect("/account")
                .setCookie("JSESSIONID=F9E8D7C6B5A40918273645A3B2C1D0E9; Path=/; Secure; HttpOnly"));
        f.follow(r -> r.html("frank <a href=/logout>Log out</a>"));
        f.pause(Duration.ofMinutes(45));
        long after = f.get("/account", r -> r.html("frank <a href=/logout>Log out</a>"));
        RecordingData data = f.build();

        AnalysisResult noLimit = engine.analyze(data);
        assertThat(check(noLimit, "session.no-idle-timeout").status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(check(noLimit, "session.no-idle-timeout").detail()).contains("--idle-max");

        AnalysisResult r = engine.analyze(data, AnalysisInputs.NONE.withIdleMax(Duration.ofMinutes(30)));
        assertThat(check(r, "session.no-idle-timeout").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("session.no-idle-timeout").get(0).evidence()).extracting(Evidence::exchange)
                .containsExactly(3L, after);

        AnalysisResult longer = engine.analyze(data, AnalysisInputs.NONE.withIdleMax(Duration.ofHours(1)));
        assertThat(check(longer, "session.no-idle-timeout").status()).isEqualTo(CheckStatus.SKIPPED);
    }

    @Test
    void aSampleDecidesTheIdRulesThroughTheStatistics() {
        RecordingData data = Sites.hardened();
        TokenSample sample = new TokenSample("__Host-SESSIONID", "sample", Instant.EPOCH,
                java.util.Collections.nCopies(200, "x"));
        AnalysisInputs inputs = AnalysisInputs.NONE.withSamples(List.of(sample));

        AnalysisResult strong = new AnalysisEngine(dev.sessioninspector.analysis.rules.Rules.all(),
                issued -> Optional.of(stats(issued.tokens().size(), 131, false, true))).analyze(data, inputs);
        assertThat(check(strong, "session.id-too-short").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(strong, "session.id-predictable").status()).isEqualTo(CheckStatus.PASS);

        AnalysisResult weak = new AnalysisEngine(dev.sessioninspector.analysis.rules.Rules.all(),
                issued -> Optional.of(stats(issued.tokens().size(), 47, true, true))).analyze(data, inputs);
        assertThat(check(weak, "session.id-too-short").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(weak.findings("session.id-too-short").get(0).title()).contains("~47 bits");
        assertThat(check(weak, "session.id-predictable").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(weak.findings("session.id-predictable").get(0).evidence().get(0).detail()).contains("randomness");

        AnalysisResult tiny = new AnalysisEngine(dev.sessioninspector.analysis.rules.Rules.all(),
                issued -> Optional.of(stats(5, 10, true, false)))
                .analyze(data, inputs);
        assertThat(check(tiny, "session.id-too-short").status()).isEqualTo(CheckStatus.INCONCLUSIVE);
    }

    @Test
    void theEntropyPackageJudgesRealSamples() {
        RecordingData data = Sites.hardened();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(42);
        List<String> strong = new ArrayList<>();
        List<String> counting = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[16];
            rnd.nextBytes(b);
            strong.add(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b));
            counting.add(String.format("%032x", 0x5f3a91L + i));
        }
        AnalysisResult good = engine.analyze(data, AnalysisInputs.NONE.withSamples(List.of(
                new TokenSample("__Host-SESSIONID", "sample", Instant.EPOCH, strong))));
        assertThat(check(good, "session.id-too-short").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(good, "session.id-predictable").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(good, "session.id-too-short").detail()).contains("300 tokens");

        AnalysisResult bad = engine.analyze(data, AnalysisInputs.NONE.withSamples(List.of(
                new TokenSample("__Host-SESSIONID", "sample", Instant.EPOCH, counting))));
        assertThat(check(bad, "session.id-predictable").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check(bad, "session.id-too-short").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(bad.findings("session.id-predictable").get(0).evidence()).isNotEmpty();
    }

    @Test
    void valuesAloneShowAClockOrTooFewBits() {
        FlowBuilder f = new FlowBuilder("https://t.example");
        Instant t = f.now();
        String clock = t.toEpochMilli() + "k3";
        f.get("/", r -> r.html("x").setCookie("SESSIONID=" + clock + "; Path=/; Secure; HttpOnly; SameSite=Lax"));
        AnalysisResult r = engine.analyze(f.build());
        assertThat(check(r, "session.id-predictable").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("session.id-predictable").get(0).evidence().get(0).detail()).contains("milliseconds");
        assertThat(check(r, "session.id-too-short").status()).isEqualTo(CheckStatus.FAIL);

        FlowBuilder g = new FlowBuilder("https://t.example");
        g.get("/", r2 -> r2.html("x").setCookie("SESSIONID=9f86d081884c7d659a2feaa0c55ad015; Path=/; Secure; HttpOnly"));
        AnalysisResult fine = engine.analyze(g.build());
        assertThat(check(fine, "session.id-predictable").status()).isEqualTo(CheckStatus.INCONCLUSIVE);
        assertThat(check(fine, "session.id-too-short").status()).isEqualTo(CheckStatus.INCONCLUSIVE);
    }

    @Test
    void jwtAndSessionValuesInWebStorageAreFound() {
        FlowBuilder f = new FlowBuilder("https://spa.example");
        f.get("/", r -> r.html("app").setCookie("sid=Qm9vT2hXcVZ6bEtyN2pUeA; Path=/; Secure; HttpOnly; SameSite=Lax"));
        String jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        f.storage(StorageSnapshot.Area.LOCAL, Map.of("auth", "{\"accessToken\":\"" + jwt + "\"}", "theme", "dark"));
        f.storage(StorageSnapshot.Area.SESSION, Map.of("copy", "Qm9vT2hXcVZ6bEtyN2pUeA"));
        AnalysisResult r = engine.analyze(f.build());
        assertThat(check(r, "session.token-in-web-storage").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("session.token-in-web-storage")).extracting(dev.sessioninspector.model.Finding::cookie)
                .containsExactly("localStorage.auth", "sessionStorage.copy");
        assertThat(r.findings("session.token-in-web-storage").get(0).evidence().get(0).detail()).contains("a JWT");
        assertThat(r.findings("session.token-in-web-storage").get(1).evidence().get(0).detail()).contains("sid");
    }

    @Test
    void aSessionCookieWrittenByScriptCannotBeHttpOnly() {
        FlowBuilder f = new FlowBuilder("https://js.example");
        f.get("/", r -> r.html("<script>document.cookie='sessionid=...'</script>"));
        Instant t = f.now();
        f.event(new CookieEvent(1, 1, t, CookieEvent.Kind.SET, CookieEvent.Source.SCRIPT,
                new Cookie("sessionid", "c2Vzc2lvbi1mcm9tLXNjcmlwdC0x", "js.example", "/", true, null, null, true,
                        false, SameSite.LAX, false, null), null, null, URI.create("javascripts://js.example/")));
        f.get("/next", r -> r.html("y"));
        AnalysisResult r = engine.analyze(f.build());
        assertThat(r.sessionCookieNames()).containsExactly("sessionid");
        assertThat(check(r, "cookie.missing-httponly").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("cookie.missing-httponly").get(0).evidence().get(0))
                .satisfies(e -> {
                    assertThat(e.exchange()).isEqualTo(1);
                    assertThat(e.detail()).contains("document.cookie");
                });
    }

    @Test
    void anEmptyRecordingSkipsEveryCheckWithAReason() {
        RecordingData empty = new RecordingData(new Recording(7, "empty", URI.create("http://x.example"),
                Instant.EPOCH, null), List.of(), List.of(), List.of(), List.of());
        AnalysisResult r = engine.analyze(empty);
        assertThat(r.checks()).hasSize(Rules.all().size()).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.SKIPPED);
            assertThat(c.detail()).contains("no exchanges");
        });
        assertThat(r.findings()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("no exchanges");
    }

    @Test
    void aRecordingWithoutCookiesIsInconclusiveNotPassed() {
        FlowBuilder f = new FlowBuilder("https://static.example");
        f.get("/", r -> r.html("hello"));
        AnalysisResult r = engine.analyze(f.build());
        assertThat(check(r, "cookie.missing-httponly").status()).isEqualTo(CheckStatus.INCONCLUSIVE);
        assertThat(check(r, "cookie.missing-httponly").detail()).contains("no session cookie").contains("no cookies");
        assertThat(check(r, "session.not-rotated-at-login").detail()).contains("no login");
        assertThat(r.notes()).anyMatch(n -> n.contains("no login")).anyMatch(n -> n.contains("no session cookie"));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aBrokenRuleIsReportedAndTheOthersStillRun() {
        Rule broken = new Rule() {
            public RuleInfo info() {
                return RuleInfo.of("test.broken", Severity.LOW).cwe(1).title("broken").description("throws")
                        .example("never", "raised").build();
            }

            public RuleOutcome evaluate(SessionContext ctx) {
                throw new IllegalStateException("boom");
            }
        };
        List<Rule> rules = new ArrayList<>(dev.sessioninspector.analysis.rules.Rules.all());
        rules.add(0, broken);
        AnalysisResult r = new AnalysisEngine(rules, TokenStatsCalculator.NONE).analyze(Sites.weakDemo());
        assertThat(r.checks()).hasSize(Rules.all().size() + 1);
        assertThat(check(r, "test.broken").status()).isEqualTo(CheckStatus.INCONCLUSIVE);
        assertThat(check(r, "test.broken").detail()).contains("boom");
        assertThat(check(r, "session.not-rotated-at-login").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void outcomesCannotClaimAFailWithoutFindingsOrFindingsWithoutAFail() {
        assertThatThrownBy(() -> RuleOutcome.fail("r", "x", List.of())).isInstanceOf(IllegalArgumentException.class);
        dev.sessioninspector.model.Finding f = new dev.sessioninspector.model.Finding("r", Severity.LOW, "t", "c",
                List.of(new Evidence(1, "d")), "", List.of());
        assertThatThrownBy(() -> new RuleOutcome(new CheckResult("r", CheckStatus.PASS, ""), List.of(f)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static TokenStats stats(int size, double bits, boolean predictable, boolean enough) {
        return new TokenStats() {
            public int sampleSize() {
                return size;
            }

            public double estimatedRandomBits() {
                return bits;
            }

            public boolean predictable() {
                return predictable;
            }

            public List<String> reasons() {
                return predictable ? List.of("the tokens fail the randomness tests") : List.of();
            }

            public boolean enoughToPass() {
                return enough;
            }

            public Optional<String> generator() {
                return Optional.empty();
            }

            public String summary() {
                return size + " tokens, ~" + bits + " bits";
            }
        };
    }
}
