package dev.sessioninspector.analysis;

import dev.sessioninspector.analysis.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule's status and evidence on recordings that mimic real sites. */
class SiteRulesTest {
    private final AnalysisEngine engine = new AnalysisEngine();

    private static CheckStatus status(AnalysisResult r, String rule) {
        return r.check(rule).map(CheckResult::status).orElseThrow();
    }

    private static List<Long> evidence(AnalysisResult r, String rule) {
        return r.findings(rule).stream().flatMap(f -> f.evidence().stream()).map(Evidence::exchange).toList();
    }

    @Test
    void weakDemoFailsWhatTheWeakProfileGetsWrong() {
        AnalysisResult r = engine.analyze(Sites.weakDemo());
        assertThat(r.sessionCookieNames()).containsExactly("SESSIONID");
        assertThat(r.checks()).hasSize(Rules.all().size());
        assertThat(r.login().exchangeId()).isEqualTo(4);
        assertThat(r.logout().exchangeId()).isEqualTo(7);

        assertThat(status(r, "session.not-rotated-at-login")).isEqualTo(CheckStatus.FAIL);
        assertThat(evidence(r, "session.not-rotated-at-login")).contains(1L, 4L, 5L);

        // the old value replayed after logout still reached the account page: proven by the recording itself
        assertThat(status(r, "session.not-invalidated-at-logout")).isEqualTo(CheckStatus.FAIL);
        assertThat(evidence(r, "session.not-invalidated-at-logout")).containsExactly(7L, 9L);

        assertThat(status(r, "session.id-in-url")).isEqualTo(CheckStatus.FAIL);
        assertThat(evidence(r, "session.id-in-url")).contains(1L, 5L);
        assertThat(r.findings("session.id-in-url").get(0).cookie()).isEqualTo("SESSIONID");

        assertThat(status(r, "session.long-lived-cookie")).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("session.long-lived-cookie").get(0).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(r.findings("session.long-lived-cookie").get(0).title()).contains("365 days");

        assertThat(status(r, "session.id-too-short")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(r, "session.id-predictable")).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("session.id-predictable").get(0).evidence()).extracting(Evidence::exchange)
                .containsExactly(1L, 8L);

        assertThat(status(r, "cookie.missing-httponly")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(r, "cookie.missing-secure")).isEqualTo(CheckStatus.FAIL);
        assertThat(r.check("cookie.missing-secure").orElseThrow().detail()).contains("loopback");
        assertThat(r.findings("cookie.missing-secure").get(0).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(status(r, "cookie.missing-samesite")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(r, "cookie.broad-domain")).isEqualTo(CheckStatus.PASS);

        assertThat(status(r, "transport.session-over-http")).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("transport.session-over-http").get(0).severity()).isEqualTo(Severity.LOW);

        assertThat(status(r, "session.accepts-foreign-id")).isEqualTo(CheckStatus.SKIPPED);
        assertThat(r.check("session.accepts-foreign-id").orElseThrow().detail()).contains("needs active probe");
        assertThat(status(r, "session.no-idle-timeout")).isEqualTo(CheckStatus.SKIPPED);
        assertThat(status(r, "session.token-in-web-storage")).isEqualTo(CheckStatus.SKIPPED);
    }

    @Test
    void hardenedProfileRaisesNoFalseAlarm() {
        AnalysisResult r = engine.analyze(Sites.hardened());
        assertThat(r.sessionCookieNames()).containsExactly("__Host-SESSIONID");
        assertThat(r.findings()).isEmpty();
        assertThat(r.checks()).noneMatch(c -> c.status() == CheckStatus.FAIL);
        for (String rule : List.of("session.not-rotated-at-login", "session.id-in-url", "session.long-lived-cookie",
                "cookie.missing-httponly", "cookie.missing-secure", "cookie.missing-samesite", "cookie.broad-domain",
                "transport.session-over-http", "session.token-in-web-storage", "session.not-invalidated-at-logout")) {
            assertThat(status(r, rule)).as(rule).isEqualTo(CheckStatus.PASS);
        }
        // three 22-character values cannot prove 128 bits nor disprove them: a sample is needed
        assertThat(status(r, "session.id-too-short")).isEqualTo(CheckStatus.INCONCLUSIVE);
        assertThat(status(r, "session.id-predictable")).isEqualTo(CheckStatus.INCONCLUSIVE);
        assertThat(r.check("session.id-too-short").orElseThrow().detail()).contains("sample");
        assertThat(r.check("session.not-invalidated-at-logout").orElseThrow().detail()).contains("anonymous");
    }

    @Test
    void djangoSiteIsRecognisedAndItsTwoWeekCookieReported() {
        AnalysisResult r = engine.analyze(Sites.django());
        assertThat(r.framework()).isEqualTo(Framework.DJANGO);
        assertThat(r.sessionCookieNames()).containsExactly("sessionid");
        assertThat(r.sessionCookies().get(0).reasons()).contains("first set at login");
        assertThat(status(r, "session.not-rotated-at-login")).isEqualTo(CheckStatus.PASS);
        assertThat(status(r, "session.long-lived-cookie")).isEqualTo(CheckStatus.FAIL);
        Finding longLived = r.findings("session.long-lived-cookie").get(0);
        assertThat(longLived.title()).contains("14 days");
        assertThat(longLived.remediation()).contains("SESSION_EXPIRE_AT_BROWSER_CLOSE");
        assertThat(status(r, "cookie.missing-secure")).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("cookie.missing-secure").get(0).remediation()).contains("SESSION_COOKIE_SECURE = True");
        assertThat(r.check("cookie.missing-secure").orElseThrow().detail()).doesNotContain("loopback");
        assertThat(status(r, "cookie.missing-httponly")).isEqualTo(CheckStatus.PASS);
        assertThat(status(r, "cookie.missing-samesite")).isEqualTo(CheckStatus.PASS);
        assertThat(status(r, "transport.session-over-http")).isEqualTo(CheckStatus.PASS);
        assertThat(status(r, "session.id-too-short")).isEqualTo(CheckStatus.INCONCLUSIVE);
        // logout deleted the cookie and nothing replayed it: only a probe can tell
        assertThat(status(r, "session.not-invalidated-at-logout")).isEqualTo(CheckStatus.SKIPPED);
    }

    @Test
    void expressSiteWithoutRegenerateFailsRotationWithExpressAdvice() {
        AnalysisResult r = engine.analyze(Sites.express());
        assertThat(r.framework()).isEqualTo(Framework.EXPRESS);
        assertThat(r.sessionCookieNames()).containsExactly("connect.sid");
        assertThat(r.login().reason()).contains("password");
        assertThat(status(r, "session.not-rotated-at-login")).isEqualTo(CheckStatus.FAIL);
        Finding rotation = r.findings("session.not-rotated-at-login").get(0);
        assertThat(rotation.cookie()).isEqualTo("connect.sid");
        assertThat(rotation.remediation()).contains("req.session.regenerate");
        assertThat(rotation.references()).containsExactly("WSTG-SESS-03", "ASVS 3.2.1", "CWE-384");
        assertThat(status(r, "transport.session-over-http")).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("transport.session-over-http").get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(status(r, "cookie.broad-domain")).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("cookie.broad-domain").get(0).evidence().get(0).detail())
                .contains("Domain=example.org set by app.example.org");
        assertThat(status(r, "cookie.missing-secure")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(r, "cookie.missing-httponly")).isEqualTo(CheckStatus.PASS);
        assertThat(status(r, "session.long-lived-cookie")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void everyFindingHasEvidenceInTheRecordingAndAKnownRule() {
        for (RecordingData data : List.of(Sites.weakDemo(), Sites.hardened(), Sites.django(), Sites.express())) {
            AnalysisResult r = engine.analyze(data);
            for (Finding f : r.findings()) {
                assertThat(f.evidence()).isNotEmpty();
                assertThat(f.evidence()).allSatisfy(e -> assertThat(data.exchange(e.exchange())).isPresent());
                assertThat(r.check(f.rule()).orElseThrow().status()).isEqualTo(CheckStatus.FAIL);
                assertThat(f.remediation()).isNotBlank();
            }
        }
    }
}
