package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.testkit.RuleContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BroadDomainTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new BroadDomain();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(PASS, PASS, PASS, FAIL);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Path=/                             | PASS",
        "Path=/; Domain=shop.example.com    | PASS",
        "Path=/; Domain=example.com         | FAIL",
        "Path=/; Domain=.example.com        | FAIL"})
    void aParentDomainIsTooBroad(String attributes, CheckStatus expected) {
        assertThat(run(settingSessionCookie("https://shop.example.com", "q3V9xk2LmP0aZ7tR1yB4cw", attributes))
                .status()).isEqualTo(expected);
    }

    @Test
    void onExpressTheEvidenceNamesTheDomainAndWhoSetIt() {
        assertThat(run(Sites.express()).finding().evidence().get(0).detail())
                .contains("Domain=example.org set by app.example.org");
    }
}
