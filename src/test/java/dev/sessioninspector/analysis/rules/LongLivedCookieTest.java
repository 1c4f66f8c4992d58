package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.INCONCLUSIVE;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.testkit.RuleContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LongLivedCookieTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new LongLivedCookie();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(FAIL, PASS, FAIL, PASS);
    }

    @ParameterizedTest(name = "[{0}] -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "Path=/                  | PASS |",
        "Path=/; Max-Age=600     | PASS |",
        "Path=/; Max-Age=7200    | FAIL | LOW",
        "Path=/; Max-Age=86401   | FAIL | MEDIUM",
        "Path=/; Max-Age=0       | INCONCLUSIVE |"})
    void theLifetimeSetsTheSeverity(String attributes, CheckStatus expected, Severity severity) {
        Run r = run(settingSessionCookie("https://shop.example", "q3V9xk2LmP0aZ7tR1yB4cw", attributes));
        assertThat(r.status()).isEqualTo(expected);
        if (severity != null) {
            assertThat(r.finding().severity()).isEqualTo(severity);
        }
    }

    @Test
    void onTheWeakDemoAYearLongCookieIsMedium() {
        Finding longLived = run(Sites.weakDemo()).finding();
        assertThat(longLived.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(longLived.title()).contains("365 days");
    }

    @Test
    void onDjangoTheTwoWeekCookieIsReportedWithDjangosSetting() {
        Finding longLived = run(Sites.django()).finding();
        assertThat(longLived.title()).contains("14 days");
        assertThat(longLived.remediation()).contains("SESSION_EXPIRE_AT_BROWSER_CLOSE");
    }
}
