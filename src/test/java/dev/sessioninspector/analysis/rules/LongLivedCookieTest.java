package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.INCONCLUSIVE;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.testkit.RuleContract;
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
}
