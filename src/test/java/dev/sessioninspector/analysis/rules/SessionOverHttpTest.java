package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.testkit.RuleContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionOverHttpTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new SessionOverHttp();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(FAIL, PASS, PASS, FAIL);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "https://shop.example   | PASS |",
        "http://shop.example    | FAIL | HIGH",
        "http://127.0.0.1:8080  | FAIL | LOW",
        "http://[::1]:8080      | FAIL | LOW"})
    void plainHttpIsHighUnlessLoopback(String base, CheckStatus expected, Severity severity) {
        Run r = run(settingSessionCookie(base, "q3V9xk2LmP0aZ7tR1yB4cw", "Path=/; HttpOnly"));
        assertThat(r.status()).isEqualTo(expected);
        if (severity != null) {
            assertThat(r.finding().severity()).isEqualTo(severity);
            assertThat(r.evidenceExchanges()).containsExactly(1L, 2L);
        }
    }

    @Test
    void onTheWeakDemoLoopbackHttpIsLow() {
        assertThat(run(Sites.weakDemo()).finding().severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void onExpressPlainHttpIsHigh() {
        assertThat(run(Sites.express()).finding().severity()).isEqualTo(Severity.HIGH);
    }
}
