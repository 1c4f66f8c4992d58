package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.INCONCLUSIVE;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.testkit.RuleContract;
import dev.sessioninspector.testkit.TokenSamples;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdTooShortTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new IdTooShort();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(FAIL, INCONCLUSIVE, INCONCLUSIVE, INCONCLUSIVE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0001cf94, FAIL",
        "q3V9xk2LmP0a, FAIL",
        "9f86d081884c7d659a2feaa0c55ad015, INCONCLUSIVE",
        "q3V9xk2LmP0aZ7tR1yB4cwQm9vT2hXcV, INCONCLUSIVE"})
    void lengthAndAlphabetBoundTheBitsWithoutASample(String value, CheckStatus expected) {
        Run r = run(settingSessionCookie("https://shop.example", value, "Path=/; Secure; HttpOnly"));
        assertThat(r.status()).isEqualTo(expected);
        if (expected == INCONCLUSIVE) {
            assertThat(r.detail()).contains("collect a sample");
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"RANDOM_128, 300, PASS", "COUNTER, 300, FAIL", "RANDOM_128, 25, INCONCLUSIVE", "RANDOM_128, 5, INCONCLUSIVE"})
    void aSampleMeasuresTheBits(TokenSamples kind, int size, CheckStatus expected) {
        AnalysisInputs inputs = AnalysisInputs.NONE.withSamples(List.of(new TokenSample("__Host-SESSIONID", "sample",
                Instant.EPOCH, kind.tokens(size, 42))));
        assertThat(run(Sites.hardened(), inputs).status()).isEqualTo(expected);
    }

    /** Three 22-character values can neither prove 128 bits nor disprove them: a sample is needed. */
    @Test
    void onTheHardenedProfileASampleIsAskedFor() {
        assertThat(run(Sites.hardened()).detail()).contains("sample");
    }
}
