package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.INCONCLUSIVE;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.FlowBuilder;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.testkit.RuleContract;
import dev.sessioninspector.testkit.TokenSamples;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdPredictableTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new IdPredictable();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(FAIL, INCONCLUSIVE, INCONCLUSIVE, INCONCLUSIVE);
    }

    /**
     * Three visitors each issued a value: {@code first}, then the next two of its kind. A digest of the clock is
     * found from the times of the exchanges that issued the values, with no sample.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "COUNTING_DECIMAL, FAIL, count up",
        "COUNTING_HEX, FAIL, count up",
        "CLOCK_MILLIS, FAIL, milliseconds",
        "CLOCK_SECONDS, FAIL, seconds",
        "SHA1_OF_SECONDS, FAIL, sha1 of the clock in epoch seconds",
        "MD5_OF_MILLIS, FAIL, md5 of the clock in epoch milliseconds",
        "MD5_OF_COUNTER, FAIL, md5 of a decimal counter",
        "RANDOM, INCONCLUSIVE, no counter or clock"})
    void issuedValuesShowACounterOrAClock(String kind, CheckStatus expected, String why) {
        FlowBuilder f = new FlowBuilder("https://shop.example");
        for (int i = 0; i < 3; i++) {
            String value = switch (kind) {
                case "COUNTING_DECIMAL" -> Long.toString(100_000 + i);
                case "COUNTING_HEX" -> String.format("%08x", 0x1cf94 + i);
                case "CLOCK_MILLIS" -> f.now().toEpochMilli() + "k3x9";
                case "CLOCK_SECONDS" -> f.now().getEpochSecond() + "q7zr1m";
                case "SHA1_OF_SECONDS" -> TokenSamples.digest("SHA-1", Long.toString(f.now().getEpochSecond()));
                case "MD5_OF_MILLIS" -> TokenSamples.digest("MD5", Long.toString(f.now().toEpochMilli() + 137));
                case "MD5_OF_COUNTER" -> TokenSamples.digest("MD5", Long.toString(5_000 + i));
                default -> List.of("9f86d081884c7d65", "0b1e5c7a92d3f4e8", "c4d2a19e7f3b5068").get(i);
            };
            f.clearJar();
            f.get("/", r -> r.html(Sites.HOME_ANON).setCookie("SESSIONID=" + value + "; Path=/; Secure; HttpOnly"));
        }
        Run r = run(f.build());
        assertThat(r.status()).isEqualTo(expected);
        assertThat((expected == FAIL ? r.finding().evidence().get(0).detail() : r.detail())).contains(why);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"RANDOM_128, PASS", "COUNTER, FAIL"})
    void aSampleTestsTheRandomness(TokenSamples kind, CheckStatus expected) {
        AnalysisInputs inputs = AnalysisInputs.NONE.withSamples(List.of(new TokenSample("__Host-SESSIONID", "sample",
                Instant.EPOCH, kind.tokens(300, 7))));
        assertThat(run(Sites.hardened(), inputs).status()).isEqualTo(expected);
    }

    @Test
    void onTheWeakDemoTheTwoIssuedValuesAreTheEvidence() {
        assertThat(run(Sites.weakDemo()).finding().evidence()).extracting(Evidence::exchange).containsExactly(1L, 8L);
    }
}
