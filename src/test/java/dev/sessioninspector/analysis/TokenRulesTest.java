package dev.sessioninspector.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The session rules on header tokens, and the four token rules, on recordings of single-page apps. */
class TokenRulesTest {
    private static final long IAT = 1740823200L; // the FlowBuilder clock's start, 2025-03-01T10:00:00Z

    static AnalysisResult analyse(RecordingData data, AnalysisInputs inputs) {
        return new AnalysisEngine().analyze(data, inputs);
    }

    static CheckResult check(AnalysisResult r, String rule) {
        return r.check(rule).orElseThrow();
    }

    @Test
    void aWeakTokenFailsTheTokenRulesAndNamesItsHeader() {
        String weak = TestJwts.hs256("{\"sub\":\"alice\",\"iat\":" + IAT + "}", "secret");
        AnalysisResult r = analyse(Sites.singlePageApp(weak, true), AnalysisInputs.NONE);
        assertThat(check(r, "token.long-lived").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("token.long-lived")).singleElement().satisfies(f -> {
            assertThat(f.cookie()).isEqualTo("Authorization");
            assertThat(f.title()).contains("no exp");
            assertThat(f.evidence().get(0).exchange()).isEqualTo(2);
            assertThat(f.evidence().get(0).detail()).contains("JSON field token");
        });
        assertThat(r.findings("token.weak-signing-key")).singleElement().satisfies(f -> {
            assertThat(f.cookie()).isEqualTo("Authorization");
            assertThat(f.evidence().get(0).detail()).contains("common secrets", "se… (6 characters)")
                    .doesNotContain("secret:");
        });
        assertThat(r.findings("session.token-in-web-storage")).singleElement()
                .satisfies(f -> assertThat(f.evidence().get(0).detail())
                        .contains("the value of the session token sent in Authorization"));
        assertThat(check(r, "token.unsigned-accepted").status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(check(r, "session.no-absolute-timeout").status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(check(r, "session.id-too-short").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(r, "session.id-predictable").detail()).contains("JWTs, not opaque IDs");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
    }

    @Test
    void aStrongShortLivedTokenPasses() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String strong = TestJwts.hs256("{\"sub\":\"alice\",\"iat\":" + IAT + ",\"exp\":" + (IAT + 900) + "}",
                HexFormat.of().formatHex(key));
        AnalysisResult r = analyse(Sites.singlePageApp(strong, false), AnalysisInputs.NONE);
        assertThat(check(r, "token.long-lived").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(r, "token.long-lived").detail()).contains("15 minutes");
        assertThat(check(r, "token.weak-signing-key").status()).isEqualTo(CheckStatus.PASS);
        assertThat(r.findings()).noneMatch(f -> f.rule().startsWith("token."));
    }

    @Test
    void aTokenLivingAWeekIsLongLived() {
        String week = TestJwts.hs256("{\"sub\":\"a\",\"iat\":" + IAT + ",\"exp\":" + (IAT + 7 * 86400) + "}",
                "Zq8vR2mT9kV4xR1pL8sN3wZ6cY0hF5jD");
        AnalysisResult r = analyse(Sites.singlePageApp(week, false), AnalysisInputs.NONE);
        assertThat(r.findings("token.long-lived")).singleElement()
                .satisfies(f -> assertThat(f.title()).isEqualTo("Authorization token lives 7 days"));
    }

    @Test
    void aKeyMadeFromTheSitesNameIsFound() {
        String jwt = TestJwts.hs256("{\"sub\":\"a\",\"exp\":" + (IAT + 600) + "}", "teashop-secret");
        AnalysisResult r = analyse(Sites.singlePageApp(jwt, false), AnalysisInputs.NONE);
        assertThat(r.findings("token.weak-signing-key")).singleElement()
                .satisfies(f -> assertThat(f.title()).contains("site's name"));
    }

    @Test
    void theKeySearchStopsAtItsBudget() {
        String jwt = TestJwts.hs256("{\"sub\":\"a\"}", "Zq8vR2mT9kV4xR1pL8sN3wZ6cY0hF5jD");
        AtomicLong fakeNanos = new AtomicLong();
        SigningKeyGuesses.Outcome o = SigningKeyGuesses.search(Jwt.parse(jwt).orElseThrow(), List.of(),
                Duration.ofMillis(100), () -> fakeNanos.addAndGet(10_000_000L)); // each look at the clock: 10 ms
        assertThat(o.exhausted()).isFalse();
        assertThat(o.key()).isEmpty();
        assertThat(o.tried()).isLessThan(SigningKeyGuesses.bundled().size());
    }

    @Test
    void siteVariantsComeFromTheHostAndTheName() {
        assertThat(SigningKeyGuesses.siteVariants(URI.create("https://shop.example.com"), "Tea Shop"))
                .contains("shop", "example.com", "shop-secret", "Example_jwt", "teashop", "tea-shop-secret",
                        "jwt-shop", "SHOP");
    }

    @Test
    void theBundledListCarriesTheVariantsPeopleDeriveFromADefault() {
        assertThat(SigningKeyGuesses.bundled()).hasSizeGreaterThan(5_000)
                .contains("secret", "your-256-bit-secret", "keyboard cat", "Changeme2025", "SUPERSECRET_jwt",
                        "jwt-mysecret")
                .doesNotHaveDuplicates();
        String jwt = TestJwts.hs256("{\"sub\":\"a\",\"exp\":" + (IAT + 600) + "}", "Supersecret-key");
        SigningKeyGuesses.Outcome o = SigningKeyGuesses.search(Jwt.parse(jwt).orElseThrow(), List.of(),
                Duration.ofSeconds(30), System::nanoTime);
        assertThat(o.key()).contains("Supersecret-key");
        assertThat(o.source()).isEqualTo("the bundled list of common secrets");
    }

    @Test
    void probesDecideUnsignedTokensAndTheAbsoluteTimeout() {
        String jwt = TestJwts.hs256("{\"sub\":\"a\",\"exp\":" + (IAT + 600) + "}", "Zq8vR2mT9kV4xR1pL8sN3wZ6cY0hF5jD");
        RecordingData data = Sites.singlePageApp(jwt, false);
        AnalysisResult r = analyse(data, AnalysisInputs.NONE.withProbes(List.of(
                new ProbeEvidence(ProbeKind.UNSIGNED_TOKEN, "Authorization", List.of(3L), ProbeVerdict.VULNERABLE,
                        "GET /api/account with alg \"nOnE\": signed in (status 200)"),
                new ProbeEvidence(ProbeKind.ABSOLUTE_TIMEOUT, "Authorization", List.of(3L), ProbeVerdict.VULNERABLE,
                        "kept busy for 2 hours: still signed in"),
                new ProbeEvidence(ProbeKind.LOGOUT_REPLAY, "Authorization", List.of(4L), ProbeVerdict.VULNERABLE,
                        "the pre-logout bearer token still reaches /api/account"))));
        for (String rule : List.of("token.unsigned-accepted", "session.no-absolute-timeout",
                "session.not-invalidated-at-logout")) {
            assertThat(r.findings(rule)).as(rule).singleElement()
                    .satisfies(f -> assertThat(f.cookie()).isEqualTo("Authorization"));
        }
        AnalysisResult safe = analyse(data, AnalysisInputs.NONE.withProbes(List.of(
                new ProbeEvidence(ProbeKind.UNSIGNED_TOKEN, "Authorization", List.of(3L), ProbeVerdict.SAFE,
                        "alg none refused (401)"))));
        assertThat(check(safe, "token.unsigned-accepted").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void anOpaqueTokenIsJudgedLikeASessionId() {
        FlowBuilder f = new FlowBuilder("https://api.example.org");
        f.xhr("POST", "/login", "{\"user\":\"bo\",\"password\":\"pw\"}", r -> r.json("{\"access_token\":\"1000023\"}"));
        f.sending("X-Auth-Token", "1000023");
        f.xhr("GET", "/orders?access_token=1000023", null, r -> r.json("[]"));
        f.xhr("GET", "/orders/1", null, r -> r.json("{}"));
        AnalysisResult r = analyse(f.build(), AnalysisInputs.NONE);
        assertThat(r.sessionCookieNames()).containsExactly("X-Auth-Token");
        for (String rule : List.of("session.id-too-short", "session.id-in-url")) {
            List<Finding> fs = r.findings(rule);
            assertThat(fs).as(rule).isNotEmpty().allSatisfy(x -> assertThat(x.cookie()).isEqualTo("X-Auth-Token"));
        }
        assertThat(check(r, "token.long-lived").status()).isEqualTo(CheckStatus.INCONCLUSIVE);
        assertThat(check(r, "token.weak-signing-key").status()).isEqualTo(CheckStatus.SKIPPED);
    }

    @Test
    void aCookieOnlySiteSkipsTheTokenRules() {
        FlowBuilder f = new FlowBuilder("https://shop.example.com");
        f.get("/", r -> r.html(Sites.HOME_ANON).setCookie("JSESSIONID=8E1B3C2A9F0D4E6B7A5C3D1E9F8A7B6C; Path=/"));
        AnalysisResult r = analyse(f.build(), AnalysisInputs.NONE);
        for (String rule : List.of("token.long-lived", "token.weak-signing-key", "token.unsigned-accepted")) {
            assertThat(check(r, rule).status()).as(rule).isEqualTo(CheckStatus.SKIPPED);
        }
    }
}
