package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.INCONCLUSIVE;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.FlowBuilder;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.testkit.RuleContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotRotatedAtLoginTest extends RuleContract {
    @Override
    protected Rule rule() {
        return new NotRotatedAtLogin();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(FAIL, PASS, PASS, FAIL);
    }

    /**
     * @param loginSets what the login response sets (empty: nothing)
     * @param login     whether the visit signs in at all
     */
    @ParameterizedTest(name = "login sets [{0}], signs in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "SESSIONID=Zk8_rT2mW9vQ1xL5nP3sHa; Path=/ | true  | PASS",
        "''                                       | true  | FAIL",
        "SESSIONID=q3V9xk2LmP0aZ7tR1yB4cw; Path=/ | true  | FAIL",
        "''                                       | false | INCONCLUSIVE"})
    void aNewValueAtLoginPasses(String loginSets, boolean login, CheckStatus expected) {
        FlowBuilder f = new FlowBuilder("https://shop.example");
        f.get("/", r -> r.html(Sites.HOME_ANON).setCookie("SESSIONID=q3V9xk2LmP0aZ7tR1yB4cw; Path=/"));
        if (login) {
            f.post("/login", "username=alice&password=secret", r -> {
                r.redirect("/account");
                if (!loginSets.isEmpty()) {
                    r.setCookie(loginSets);
                }
            });
            f.follow(r -> r.html("Hello alice! <a href=/logout>Log out</a>"));
        } else {
            f.get("/about", r -> r.html("about us"));
        }
        Run r = run(f.build());
        assertThat(r.status()).isEqualTo(expected);
        if (expected == FAIL) {
            assertThat(r.evidenceExchanges()).contains(1L, 2L);
        }
    }

    @Test
    void onTheWeakDemoTheValueFromBeforeLoginIsStillSentAfterIt() {
        assertThat(run(Sites.weakDemo()).evidenceExchanges()).contains(1L, 4L, 5L);
    }

    @Test
    void onExpressTheFindingNamesConnectSidAndGivesExpressAdvice() {
        Finding rotation = run(Sites.express()).finding();
        assertThat(rotation.cookie()).isEqualTo("connect.sid");
        assertThat(rotation.remediation()).contains("req.session.regenerate");
        assertThat(rotation.references()).containsExactly("WSTG-SESS-03", "ASVS 3.2.1", "CWE-384");
    }
}
