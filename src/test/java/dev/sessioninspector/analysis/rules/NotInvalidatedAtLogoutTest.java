package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.INCONCLUSIVE;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static dev.sessioninspector.model.CheckStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.testkit.RuleContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotInvalidatedAtLogoutTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new NotInvalidatedAtLogout();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(FAIL, PASS, SKIPPED, SKIPPED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"VULNERABLE, FAIL", "SAFE, PASS", "INCONCLUSIVE, INCONCLUSIVE"})
    void theProbesVerdictDecides(ProbeVerdict verdict, CheckStatus expected) {
        assertTheProbeDecides(Sites.django(), ProbeKind.LOGOUT_REPLAY, "sessionid", verdict, expected);
    }

    /** The old value replayed after logout still reached the account page: proven by the recording itself. */
    @Test
    void onTheWeakDemoTheLogoutAndTheReplayAreTheEvidence() {
        assertThat(run(Sites.weakDemo()).evidenceExchanges()).containsExactly(7L, 9L);
    }

    @Test
    void onTheHardenedProfileTheReplayEndedAnonymous() {
        assertThat(run(Sites.hardened()).detail()).contains("anonymous");
    }
}
