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

class MissingSecureTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new MissingSecure();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(FAIL, PASS, FAIL, FAIL);
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
        "https://shop.example  | Path=/; Secure   | PASS  | false",
        "https://shop.example  | Path=/; SECURE   | PASS  | false",
        "https://shop.example  | Path=/; HttpOnly | FAIL  | false",
        "http://127.0.0.1:8080 | Path=/           | FAIL  | true"})
    void theAttributeDecidesAndLoopbackIsNamed(String base, String attributes, CheckStatus expected, boolean loopback) {
        Run r = run(settingSessionCookie(base, "q3V9xk2LmP0aZ7tR1yB4cw", attributes));
        assertThat(r.status()).isEqualTo(expected);
        assertThat(r.detail().contains("loopback")).isEqualTo(loopback);
    }

    @Test
    void onTheWeakDemoLoopbackIsNamedAndTheFindingIsMedium() {
        Run r = run(Sites.weakDemo());
        assertThat(r.detail()).contains("loopback");
        assertThat(r.finding().severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void onDjangoTheAdviceIsDjangosSettingAndNoLoopbackIsNamed() {
        Run r = run(Sites.django());
        assertThat(r.finding().remediation()).contains("SESSION_COOKIE_SECURE = True");
        assertThat(r.detail()).doesNotContain("loopback");
    }
}
