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
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.testkit.RuleContract;
import dev.sessioninspector.testkit.TokenSamples;
import java.time.Instant;
import java.util.List;
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

    /** Three visitors each issued a value: {@code first}, then the next two of its kind. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "COUNTING_DECIMAL, FAIL, count up",
        "COUNTING_HEX, FAIL, count up",
        "CLOCK_MILLIS, FAIL, milliseconds",
        "CLOCK_SECONDS, FAIL, seconds",
        "RANDOM, INCONCLUSIVE, no counter or clock"})
    void issuedValuesShowACounterOrAClock(String kind, CheckStatus expected, String why) {
        FlowBuilder f = new FlowBuilder("https://shop.example");
        for (int i = 0; i < 3; i++) {
            String value = switch (kind) {
                case "COUNTING_DECIMAL" -> Long.toString(100_000 + i);
                case "COUNTING_HEX" -> String.format("%08x", 0x1cf94 + i);
                case "CLOCK_MILLIS" -> f.now().toEpochMilli() + "k3x9";
                case "CLOCK_SECONDS" -> f.now().getEpochSecond() + "q7zr1m";
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
}
