package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.SKIPPED;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.testkit.RuleContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NoAbsoluteTimeoutTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new NoAbsoluteTimeout();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(SKIPPED, SKIPPED, SKIPPED, SKIPPED);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("dev.sessioninspector.testkit.RuleContract#verdictsOnEitherCredential")
    void theProbesVerdictDecides(ProbeVerdict verdict, String credential, CheckStatus expected) {
        assertTheProbeDecides(visitCarrying(credential), ProbeKind.ABSOLUTE_TIMEOUT, credential, verdict, expected);
    }
}
