package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static dev.sessioninspector.model.CheckStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.analysis.TestJwts;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.testkit.RuleContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeakSigningKeyTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new WeakSigningKey();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(SKIPPED, SKIPPED, SKIPPED, SKIPPED);
    }

    @ParameterizedTest(name = "key {0} -> {1}")
    @CsvSource({"secret, FAIL", "your-256-bit-secret, FAIL", "teashop-secret, FAIL",
        "Zq8vR2mT9kV4xR1pL8sN3wZ6cY0hF5jD, PASS"})
    void aCommonOrSiteDerivedKeyIsFoundAndNeverShownWhole(String key, CheckStatus expected) {
        Run r = run(Sites.singlePageApp(TestJwts.hs256("{\"sub\":\"a\"}", key), false));
        assertThat(r.status()).isEqualTo(expected);
        if (expected == FAIL) {
            assertThat(r.finding().evidence()).allSatisfy(e -> assertThat(e.detail()).doesNotContain(": " + key));
        }
    }
}
