package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.INCONCLUSIVE;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static dev.sessioninspector.model.CheckStatus.SKIPPED;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.analysis.TestJwts;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.testkit.RuleContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnsignedAcceptedTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new UnsignedAccepted();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(SKIPPED, SKIPPED, SKIPPED, SKIPPED);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({"VULNERABLE, Authorization, FAIL", "SAFE, Authorization, PASS",
        "INCONCLUSIVE, Authorization, INCONCLUSIVE", "VULNERABLE, SESSIONID, FAIL"})
    void theProbesVerdictDecides(ProbeVerdict verdict, String credential, CheckStatus expected) {
        boolean token = credential.equals("Authorization");
        var data = token ? Sites.singlePageApp(TestJwts.hs256("{\"sub\":\"a\"}", "Zq8vR2mT9kV4xR1pL8sN3wZ6cY0hF5jD"),
                false) : Sites.weakDemo();
        assertTheProbeDecides(data, ProbeKind.UNSIGNED_TOKEN, credential, verdict, expected);
    }
}
