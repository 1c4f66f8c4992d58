package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.INCONCLUSIVE;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static dev.sessioninspector.model.CheckStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.FlowBuilder;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.testkit.RuleContract;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoIdleTimeoutTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new NoIdleTimeout();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(SKIPPED, SKIPPED, SKIPPED, SKIPPED);
    }

    /** Signed in, then a pause of {@code pause} minutes, then the account page says {@code after}. */
    private static RecordingData pausing(int pause, boolean stillSignedIn) {
        FlowBuilder f = new FlowBuilder("https://bank.example");
        f.get("/", r -> r.html(Sites.HOME_ANON).setCookie("JSESSIONID=0A1B2C3D4E5F60718293A4B5C6D7E8F9; Path=/"));
        f.post("/login", "username=frank&password=pw", r -> r.redirect("/account")
                .setCookie("JSESSIONID=F9E8D7C6B5A40918273645A3B2C1D0E9; Path=/; Secure; HttpOnly"));
        f.follow(r -> r.html("frank <a href=/logout>Log out</a>"));
        f.pause(Duration.ofMinutes(pause));
        if (stillSignedIn) {
            f.get("/account", r -> r.html("frank <a href=/logout>Log out</a>"));
        } else {
            f.get("/account", r -> r.redirect("/login"));
            f.follow(r -> r.html("<form><input name=username><input type=password name=password></form>"));
        }
        return f.build();
    }

    @ParameterizedTest(name = "idle {0} min, limit {1} min, still signed in {2} -> {3}")
    @CsvSource({
        "45, 30, true,  FAIL",
        "45, 30, false, PASS",
        "45, 60, true,  SKIPPED",
        "45,   , true,  SKIPPED"})
    void aLongPauseInTheRecordingDecides(int pause, Integer limit, boolean stillSignedIn, CheckStatus expected) {
        AnalysisInputs inputs = limit == null ? AnalysisInputs.NONE
                : AnalysisInputs.NONE.withIdleMax(Duration.ofMinutes(limit));
        assertThat(run(pausing(pause, stillSignedIn), inputs).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"VULNERABLE, FAIL", "SAFE, PASS", "INCONCLUSIVE, INCONCLUSIVE"})
    void theIdleProbeDecides(ProbeVerdict verdict, CheckStatus expected) {
        assertTheProbeDecides(Sites.weakDemo(), ProbeKind.IDLE_TIMEOUT, "SESSIONID", verdict, expected);
    }
}
