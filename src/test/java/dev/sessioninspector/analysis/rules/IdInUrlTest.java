package dev.sessioninspector.analysis.rules;

import static dev.sessioninspector.model.CheckStatus.FAIL;
import static dev.sessioninspector.model.CheckStatus.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.FlowBuilder;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.testkit.RuleContract;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdInUrlTest extends RuleContract {
    private static final String ID = "q3V9xk2LmP0aZ7tR1yB4cw";

    @Override
    protected Rule rule() {
        return new IdInUrl();
    }

    @Override
    protected SiteStatuses onSites() {
        return new SiteStatuses(FAIL, PASS, PASS, PASS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/cart;jsessionid=%s          | FAIL",
        "/cart?SESSIONID=%s           | FAIL",
        "/cart?sessionid=%s&x=1       | FAIL",
        "/cart?item=tea               | PASS",
        "/cart?q=q3V9xk2L             | PASS"})
    void anIdInALinkOrRequestUrlFails(String link, CheckStatus expected) {
        FlowBuilder f = new FlowBuilder("https://shop.example");
        f.get("/", r -> r.html("<a href=\"" + link.formatted(ID) + "\">cart</a>")
                .setCookie("SESSIONID=" + ID + "; Path=/; Secure; HttpOnly"));
        f.get(link.formatted(ID), r -> r.html("your cart"));
        assertThat(run(f.build()).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"VULNERABLE, FAIL", "SAFE, PASS"})
    void theUrlProbeDecidesWhetherTheServerAcceptsIt(ProbeVerdict verdict, CheckStatus expected) {
        assertThat(run(Sites.hardened(), probed(ProbeKind.URL_ID_ACCEPTED, "__Host-SESSIONID", verdict, List.of(3L, 4L)))
                .status()).isEqualTo(expected);
    }

    @Test
    void onTheWeakDemoTheLinksCarryingSessionIdAreTheEvidence() {
        Run r = run(Sites.weakDemo());
        assertThat(r.evidenceExchanges()).contains(1L, 5L);
        assertThat(r.finding().cookie()).isEqualTo("SESSIONID");
    }
}
