package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static dev.sessioninspector.model.CheckStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.FlowBuilder;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.StorageSnapshot;
import dev.sessioninspector.testkit.RuleContract;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenInWebStorageTest extends RuleContract {
    private static final String SID = "Qm9vT2hXcVZ6bEtyN2pUeA";
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
            + "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

    @Override
    protected Rule rule() {
        return new TokenInWebStorage();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(SKIPPED, PASS, SKIPPED, SKIPPED);
    }

    @ParameterizedTest(name = "{0} {1}={2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "LOCAL   | theme  | dark                   | PASS",
        "LOCAL   | token  | JWT                    | FAIL",
        "LOCAL   | auth   | {\"accessToken\":\"JWT\"} | FAIL",
        "SESSION | copy   | SID                    | FAIL",
        "SESSION | cart   | 2                      | PASS"})
    void aTokenInStorageFails(StorageSnapshot.Area area, String key, String value, CheckStatus expected) {
        FlowBuilder f = new FlowBuilder("https://spa.example");
        f.get("/", r -> r.html("app").setCookie("sid=" + SID + "; Path=/; Secure; HttpOnly; SameSite=Lax"));
        f.storage(area, Map.of(key, value.replace("JWT", JWT).replace("SID", SID)));
        Run r = run(f.build());
        assertThat(r.status()).isEqualTo(expected);
        if (expected == FAIL) {
            assertThat(r.finding().cookie()).endsWith("Storage." + key);
        }
    }
}
