package dev.sessioninspector.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.rules.Rules;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.testkit.RuleContract;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue matches DESIGN.md §6 and every rule has real advice for every framework. */
class RuleCatalogTest {
    /** DESIGN.md §6, in order: IDs and severities are part of the product contract. */
    private static final Map<String, Severity> DESIGN = new LinkedHashMap<>();

    static {
        DESIGN.put("session.not-rotated-at-login", Severity.HIGH);
        DESIGN.put("session.accepts-foreign-id", Severity.HIGH);
        DESIGN.put("session.not-invalidated-at-logout", Severity.HIGH);
        DESIGN.put("session.id-in-url", Severity.MEDIUM);
        DESIGN.put("session.no-idle-timeout", Severity.MEDIUM);
        DESIGN.put("session.no-absolute-timeout", Severity.MEDIUM);
        DESIGN.put("session.long-lived-cookie", Severity.MEDIUM);
        DESIGN.put("session.id-too-short", Severity.HIGH);
        DESIGN.put("session.id-predictable", Severity.HIGH);
        DESIGN.put("cookie.missing-httponly", Severity.MEDIUM);
        DESIGN.put("cookie.missing-secure", Severity.MEDIUM);
        DESIGN.put("cookie.missing-samesite", Severity.LOW);
        DESIGN.put("cookie.broad-domain", Severity.LOW);
        DESIGN.put("transport.session-over-http", Severity.HIGH);
        DESIGN.put("session.token-in-web-storage", Severity.MEDIUM);
        DESIGN.put("token.long-lived", Severity.MEDIUM);
        DESIGN.put("token.weak-signing-key", Severity.HIGH);
        DESIGN.put("token.unsigned-accepted", Severity.HIGH);
    }

    @Test
    void theRulesAreTheDesignsInTheDesignsOrder() {
        assertThat(Rules.all()).extracting(Rule::id).containsExactlyElementsOf(DESIGN.keySet());
        for (Rule r : Rules.all()) {
            assertThat(r.severity()).as(r.id()).isEqualTo(DESIGN.get(r.id()));
            assertThat(r.references().get(0)).as(r.id()).matches("WSTG-[A-Z]{4}-\\d{2}");
            assertThat(r.references()).as(r.id()).anyMatch(ref -> ref.matches("ASVS [\\d.V ]+"))
                    .endsWith("CWE-" + r.cwe());
            assertThat(r.description()).hasSizeGreaterThan(60);
        }
    }

    @Test
    void everyRuleHasDistinctAdviceForEveryFramework() {
        for (Rule r : Rules.all()) {
            Set<String> texts = new HashSet<>();
            for (Framework f : Framework.values()) {
                String text = Remediations.specific(r.id(), f).orElse("");
                assertThat(text).as(r.id() + " / " + f).hasSizeGreaterThan(80);
                texts.add(text);
            }
            assertThat(texts).as(r.id()).hasSize(Framework.values().length);
        }
    }

    @Test
    void adviceNamesTheFrameworksOwnSwitches() {
        assertThat(Remediations.forRule("session.not-rotated-at-login", Framework.SPRING)).contains("migrateSession");
        assertThat(Remediations.forRule("session.not-rotated-at-login", Framework.DJANGO)).contains("cycle_key");
        assertThat(Remediations.forRule("session.not-rotated-at-login", Framework.RAILS)).contains("reset_session");
        assertThat(Remediations.forRule("session.not-rotated-at-login", Framework.PHP)).contains("session_regenerate_id(true)");
        assertThat(Remediations.forRule("session.not-rotated-at-login", Framework.EXPRESS)).contains("req.session.regenerate");
        assertThat(Remediations.forRule("session.not-rotated-at-login", Framework.SERVLET)).contains("changeSessionId");
        assertThat(Remediations.forRule("cookie.missing-httponly", Framework.SPRING))
                .contains("server.servlet.session.cookie.http-only");
        assertThat(Remediations.forRule("cookie.missing-httponly", Framework.PHP)).contains("session.cookie_httponly");
        assertThat(Remediations.forRule("cookie.missing-secure", Framework.ASPNET_CORE)).contains("CookieSecurePolicy.Always");
        assertThat(Remediations.forRule("no.such-rule", Framework.PHP)).isEmpty();
    }

    /** Every catalogued rule has its own test class, {@code <Rule>Test} beside it, built on {@link RuleContract}. */
    @Test
    void everyRuleHasItsOwnContractTest() {
        for (Rule r : Rules.all()) {
            String name = r.getClass().getName() + "Test";
            assertThat(extendsRuleContract(name)).as(name + " exists and extends testkit.RuleContract").isTrue();
        }
    }

    private static boolean extendsRuleContract(String className) {
        try {
            return RuleContract.class.isAssignableFrom(Class.forName(className));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
