package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.testkit.RuleContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissingSameSiteTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new MissingSameSite();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(FAIL, PASS, PASS, PASS);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Path=/; SameSite=Lax          | PASS",
        "Path=/; SameSite=Strict       | PASS",
        "Path=/; SameSite=None; Secure | PASS",
        "Path=/; SameSite=None         | FAIL",
        "Path=/; Secure                | FAIL"})
    void theAttributeDecides(String attributes, CheckStatus expected) {
        assertThat(run(settingSessionCookie("https://shop.example", "q3V9xk2LmP0aZ7tR1yB4cw", attributes)).status())
                .isEqualTo(expected);
    }
}
