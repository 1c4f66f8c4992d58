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

class TokenLongLivedTest extends RuleContract {
    /** The FlowBuilder clock's start, 2025-03-01T10:00:00Z. */
    private static final long IAT = 1740823200L;

    @Override
    protected Rule rule() {
        return new TokenLongLived();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(SKIPPED, SKIPPED, SKIPPED, SKIPPED);
    }

    /** @param lifetime exp - iat in seconds, or -1 for a token without exp */
    @ParameterizedTest(name = "lifetime {0} s -> {1}")
    @CsvSource({"900, PASS", "43200, PASS", "43201, FAIL", "604800, FAIL", "-1, FAIL"})
    void overTwelveHoursOrNoExpiryIsLongLived(long lifetime, CheckStatus expected) {
        String claims = "{\"sub\":\"alice\",\"iat\":" + IAT + (lifetime < 0 ? "" : ",\"exp\":" + (IAT + lifetime)) + "}";
        Run r = run(Sites.singlePageApp(TestJwts.hs256(claims, "Zq8vR2mT9kV4xR1pL8sN3wZ6cY0hF5jD"), false));
        assertThat(r.status()).isEqualTo(expected);
        if (expected == FAIL) {
            assertThat(r.finding().cookie()).isEqualTo("Authorization");
        }
    }
}
