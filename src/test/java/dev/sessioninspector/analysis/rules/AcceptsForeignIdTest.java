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

class AcceptsForeignIdTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new AcceptsForeignId();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(SKIPPED, SKIPPED, SKIPPED, SKIPPED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"VULNERABLE, FAIL", "SAFE, PASS", "INCONCLUSIVE, INCONCLUSIVE"})
    void theProbesVerdictDecides(ProbeVerdict verdict, CheckStatus expected) {
        assertTheProbeDecides(Sites.express(), ProbeKind.FOREIGN_ID, "connect.sid", verdict, expected);
    }

    @Test
    void withoutAProbeTheDetailSaysAProbeIsNeeded() {
        assertThat(run(Sites.weakDemo()).detail()).contains("needs active probe");
    }
}
