package dev.sessioninspector.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.rules.Rules;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole engine on recordings that mimic real sites: what it recognises of each site (session cookie,
 * framework, login and logout) and what holds across all rules. What each rule concludes on these sites is
 * in the rule's own test class ({@code analysis.rules}, on {@code testkit.RuleContract}).
 */
class SiteRulesTest {
    private final AnalysisEngine engine = new AnalysisEngine();

    static Stream<Arguments> sites() {
        return Stream.of(Arguments.of("weak demo", (Supplier<RecordingData>) Sites::weakDemo),
                Arguments.of("hardened", (Supplier<RecordingData>) Sites::hardened),
                Arguments.of("django", (Supplier<RecordingData>) Sites::django),
                Arguments.of("express", (Supplier<RecordingData>) Sites::express));
    }

    @Test
    void theWeakDemoHasOneSessionCookieAndItsLoginAndLogoutAreFound() {
        AnalysisResult r = engine.analyze(Sites.weakDemo());
        assertThat(r.sessionCookieNames()).containsExactly("SESSIONID");
        assertThat(r.login().exchangeId()).isEqualTo(4);
        assertThat(r.logout().exchangeId()).isEqualTo(7);
    }

    @Test
    void theHardenedProfileRaisesNoFalseAlarm() {
        AnalysisResult r = engine.analyze(Sites.hardened());
        assertThat(r.sessionCookieNames()).containsExactly("__Host-SESSIONID");
        assertThat(r.findings()).isEmpty();
        assertThat(r.checks()).noneMatch(c -> c.status() == CheckStatus.FAIL);
    }

    @Test
    void djangoIsRecognisedWithItsSessionCookieFirstSetAtLogin() {
        AnalysisResult r = engine.analyze(Sites.django());
        assertThat(r.framework()).isEqualTo(Framework.DJANGO);
        assertThat(r.sessionCookieNames()).containsExactly("sessionid");
        assertThat(r.sessionCookies().get(0).reasons()).contains("first set at login");
    }

    @Test
    void expressIsRecognisedWithItsPasswordLogin() {
        AnalysisResult r = engine.analyze(Sites.express());
        assertThat(r.framework()).isEqualTo(Framework.EXPRESS);
        assertThat(r.sessionCookieNames()).containsExactly("connect.sid");
        assertThat(r.login().reason()).contains("password");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyRuleReportsACheckAndEveryFindingHasEvidenceInTheRecording(String site, Supplier<RecordingData> fixture) {
        RecordingData data = fixture.get();
        AnalysisResult r = engine.analyze(data);
        assertThat(r.checks()).hasSize(Rules.all().size());
        for (Finding f : r.findings()) {
            assertThat(f.evidence()).isNotEmpty();
            assertThat(f.evidence()).allSatisfy(e -> assertThat(data.exchange(e.exchange())).isPresent());
            assertThat(r.check(f.rule()).orElseThrow().status()).isEqualTo(CheckStatus.FAIL);
            assertThat(f.remediation()).isNotBlank();
        }
    }
}
