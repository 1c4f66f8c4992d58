package dev.sessioninspector.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.EntropyTokenStats;
import dev.sessioninspector.analysis.FlowBuilder;
import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.analysis.TestJwts;
import dev.sessioninspector.analysis.TokenStatsCalculator;
import dev.sessioninspector.analysis.rules.Rules;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The base of every rule's own test class. A test runs the rule with {@link #run}; after each test, every
 * finding the rule raised in it is held to the contract: it names the rule, carries evidence, its evidence
 * points at exchanges that exist in the recording it judged, its severity is the rule's (or lower where the
 * rule's metadata says when), its references are the rule's and well formed, and it has a remediation. A fail
 * has findings and findings come only with a fail.
 */
public abstract class RuleContract {
    private final List<Run> runs = new ArrayList<>();

    /** The rule under test. */
    protected abstract Rule rule();

    /** Where token statistics come from (the entropy package's, unless a test needs others). */
    protected TokenStatsCalculator statistics() {
        return EntropyTokenStats.CALCULATOR;
    }

    /** What the rule concluded about one recording: its check and the findings it raised. */
    public record Run(RecordingData data, CheckResult check, List<Finding> findings) {
        public CheckStatus status() {
            return check.status();
        }

        public String detail() {
            return check.detail();
        }

        /** The single finding (fails the test when there are none or several). */
        public Finding finding() {
            assertThat(findings).as("findings of " + check.rule()).hasSize(1);
            return findings.get(0);
        }

        /** The exchanges the findings point at, in order. */
        public List<Long> evidenceExchanges() {
            return findings.stream().flatMap(f -> f.evidence().stream()).map(Evidence::exchange).toList();
        }
    }

    /**
     * The status the rule reaches on each of the four site fixtures ({@code analysis.Sites}): the weak demo
     * shop, the hardened one, a Django site and an Express site.
     */
    protected abstract SiteStatuses onSites();

    /** Expected statuses on the four site fixtures, in the order of {@link #onSites()}. */
    public record SiteStatuses(CheckStatus weakDemo, CheckStatus hardened, CheckStatus django, CheckStatus express) {
    }

    @TestFactory
    Stream<DynamicTest> theRuleReachesItsStatusOnEverySiteFixture() {
        SiteStatuses want = onSites();
        return Stream.of(
                DynamicTest.dynamicTest("weak demo", () -> assertThat(run(Sites.weakDemo()).status())
                        .isEqualTo(want.weakDemo())),
                DynamicTest.dynamicTest("hardened", () -> assertThat(run(Sites.hardened()).status())
                        .isEqualTo(want.hardened())),
                DynamicTest.dynamicTest("django", () -> assertThat(run(Sites.django()).status())
                        .isEqualTo(want.django())),
                DynamicTest.dynamicTest("express", () -> assertThat(run(Sites.express()).status())
                        .isEqualTo(want.express())));
    }

    /**
     * A visit to {@code base}: the home page sets the session cookie {@code SESSIONID} with these attributes
     * ({@code "SESSIONID=<value>; " + attributes}), and a second page sends it back.
     */
    protected static RecordingData settingSessionCookie(String base, String value, String attributes) {
        FlowBuilder f = new FlowBuilder(base);
        f.get("/", r -> r.html(Sites.HOME_ANON).setCookie("SESSIONID=" + value
                + (attributes.isBlank() ? "" : "; " + attributes)));
        f.get("/cart", r -> r.html("<p>your cart</p>"));
        return f.build();
    }

    /**
     * One probe result about {@code credential} (a cookie's name, or a token's header): a vulnerable one sent the
     * exchanges {@code sent}, the others none; its detail is {@code "the probe's own words: " + verdict}.
     */
    protected static AnalysisInputs probed(ProbeKind kind, String credential, ProbeVerdict verdict, List<Long> sent) {
        return AnalysisInputs.NONE.withProbes(List.of(new ProbeEvidence(kind, credential,
                verdict == ProbeVerdict.VULNERABLE ? sent : List.of(), verdict, "the probe's own words: " + verdict)));
    }

    /**
     * A visit whose session credential is {@code credential}: the single-page app's HS256 bearer token for
     * {@code Authorization}, the weak demo shop's {@code SESSIONID} cookie otherwise.
     */
    protected static RecordingData visitCarrying(String credential) {
        return credential.equals("Authorization")
                ? Sites.singlePageApp(TestJwts.hs256("{\"sub\":\"a\"}", "Zq8vR2mT9kV4xR1pL8sN3wZ6cY0hF5jD"), false)
                : Sites.weakDemo();
    }

    /**
     * The cases of a rule a probe decides for a bearer token as for a cookie ({@link #visitCarrying}): each
     * verdict about {@code Authorization}, and a vulnerable one about {@code SESSIONID}; with the status each
     * leads to. For {@code @MethodSource("dev.sessioninspector.testkit.RuleContract#verdictsOnEitherCredential")}.
     */
    public static Stream<Arguments> verdictsOnEitherCredential() {
        return Stream.of(Arguments.of(ProbeVerdict.VULNERABLE, "Authorization", CheckStatus.FAIL),
                Arguments.of(ProbeVerdict.SAFE, "Authorization", CheckStatus.PASS),
                Arguments.of(ProbeVerdict.INCONCLUSIVE, "Authorization", CheckStatus.INCONCLUSIVE),
                Arguments.of(ProbeVerdict.VULNERABLE, "SESSIONID", CheckStatus.FAIL));
    }

    /**
     * For a rule an active probe decides: runs it on {@code site} with one {@code kind} probe result about
     * {@code credential} and checks that the status is {@code expected}, that the check's detail carries the
     * probe's own words, and that a fail's single finding is about that credential with exactly the exchanges
     * the probe sent (3 and 4) as evidence, while a pass or an inconclusive says it comes from an active probe.
     */
    protected Run assertTheProbeDecides(RecordingData site, ProbeKind kind, String credential, ProbeVerdict verdict,
            CheckStatus expected) {
        List<Long> sent = List.of(3L, 4L);
        Run r = run(site, probed(kind, credential, verdict, sent));
        assertThat(r.status()).isEqualTo(expected);
        assertThat(r.detail()).contains("the probe's own words: " + verdict);
        if (expected == CheckStatus.FAIL) {
            assertThat(r.finding().cookie()).isEqualTo(credential);
            assertThat(r.evidenceExchanges()).containsExactlyElementsOf(sent);
        } else {
            assertThat(r.detail()).startsWith("active probe");
        }
        return r;
    }

    /** Runs the rule alone over a passive recording. */
    protected Run run(RecordingData data) {
        return run(data, AnalysisInputs.NONE);
    }

    /** Runs the rule alone over a recording with probe results, samples and limits. */
    protected Run run(RecordingData data, AnalysisInputs inputs) {
        AnalysisResult r = new AnalysisEngine(List.of(rule()), statistics()).analyze(data, inputs);
        Run run = new Run(data, r.check(rule().id()).orElseThrow(), r.findings(rule().id()));
        runs.add(run);
        return run;
    }

    @AfterEach
    void everyFindingRaisedHonoursTheContract() {
        RuleInfo info = rule().info();
        for (Run run : runs) {
            assertThat(run.check().rule()).isEqualTo(info.id());
            assertThat(run.detail()).as("the check's detail").isNotBlank();
            assertThat(run.status() == CheckStatus.FAIL).as("a fail has findings, findings come with a fail: " + run)
                    .isEqualTo(!run.findings().isEmpty());
            for (Finding f : run.findings()) {
                String what = info.id() + " finding '" + f.title() + "'";
                assertThat(f.rule()).as(what).isEqualTo(info.id());
                assertThat(f.title()).as(what).isNotBlank();
                assertThat(f.evidence()).as(what + ": evidence").isNotEmpty().allSatisfy(e -> {
                    assertThat(e.detail()).as(what + ": evidence detail").isNotBlank();
                    assertThat(run.data().exchange(e.exchange())).as(what + ": exchange " + e.exchange()
                            + " exists in the recording").isPresent();
                });
                if (info.severityNote().isEmpty()) {
                    assertThat(f.severity()).as(what + ": severity").isEqualTo(info.severity());
                } else {
                    assertThat(f.severity()).as(what + ": severity, never above the rule's")
                            .isLessThanOrEqualTo(info.severity());
                }
                assertThat(f.references()).as(what + ": references").isEqualTo(info.references())
                        .allMatch(RuleInfo::wellFormedReference);
                assertThat(f.remediation()).as(what + ": remediation").isNotBlank();
            }
        }
    }

    @Test
    void theRuleIsCataloguedWithWellFormedMetadata() {
        RuleInfo info = rule().info();
        assertThat(Rules.byId(info.id()).map(Object::getClass)).as("in the catalogue").contains(rule().getClass());
        assertThat(info.references()).isNotEmpty().allMatch(RuleInfo::wellFormedReference)
                .endsWith("CWE-" + info.cwe());
        assertThat(info.examples()).isNotEmpty().allSatisfy(e -> assertThat(e.evidence()).isNotEmpty());
        assertThat(info.description()).hasSizeGreaterThan(60);
    }
}
