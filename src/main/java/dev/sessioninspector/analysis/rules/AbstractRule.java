package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.Remediations;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What every rule shares: its identity, outcome helpers, findings with framework-specific remediation. */
abstract class AbstractRule implements Rule {
    static final String NEEDS_PROBE = "needs active probe: run scan or analyze --active";
    /** How sanitizers (ours, browsers', proxies') replace a secret value. */
    private static final java.util.regex.Pattern REDACTED = java.util.regex.Pattern.compile(
            "(?i)\\[(redacted|masked|filtered|hidden|removed)]|%5B(redacted|masked)%5D|\\*{3,}|<(hidden|removed)>"
                    + "|redacted|sanitized");

    private final RuleInfo info;
    private final String id;

    AbstractRule(RuleInfo info) {
        this.info = Objects.requireNonNull(info);
        this.id = info.id();
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    RuleOutcome pass(String detail) {
        return RuleOutcome.pass(id, detail);
    }

    RuleOutcome fail(String detail, List<Finding> findings) {
        return RuleOutcome.fail(id, detail, findings);
    }

    RuleOutcome inconclusive(String detail) {
        return RuleOutcome.inconclusive(id, detail);
    }

    RuleOutcome skipped(String detail) {
        return RuleOutcome.skipped(id, detail);
    }

    /** Fail with these findings, the detail naming each finding's title. */
    RuleOutcome fail(List<Finding> findings) {
        return fail(titles(findings), findings);
    }

    static String titles(List<Finding> findings) {
        return String.join("; ", findings.stream().map(Finding::title).toList());
    }

    /**
     * The usual end of a rule that judged several cookies: fail when any finding, else inconclusive when any
     * cookie could not be judged, else pass.
     */
    RuleOutcome conclude(List<Finding> findings, List<String> unsure, List<String> passed) {
        if (!findings.isEmpty()) {
            return fail(findings);
        }
        if (!unsure.isEmpty()) {
            return inconclusive(String.join("; ", unsure));
        }
        return pass(String.join("; ", passed));
    }

    /**
     * Inconclusive when every recorded value of a session cookie is a redaction marker (a sanitized HAR): rules
     * that compare or measure session IDs would otherwise judge the marker, not the IDs; likewise when no session
     * cookie was found. Null when there are real session values to judge.
     */
    RuleOutcome sessionValuesUnusable(SessionContext ctx) {
        return ctx.credentials().isEmpty() ? noSessionCookie(ctx) : redactedValues(ctx);
    }

    /** The part of {@link #sessionValuesUnusable} about redaction alone. */
    RuleOutcome redactedValues(SessionContext ctx) {
        for (String name : ctx.credentialNames()) {
            var values = ctx.values(name);
            if (!values.isEmpty() && values.stream().allMatch(v -> REDACTED.matcher(v.value()).matches())) {
                return inconclusive("the recorded values of " + name + " are redacted (a sanitized HAR?): "
                        + "import an unsanitized export to run this check");
            }
        }
        return null;
    }

    /** The outcome when no session cookie was found. */
    RuleOutcome noSessionCookie(SessionContext ctx) {
        List<String> seen = List.copyOf(ctx.traffic().names());
        return inconclusive("no session cookie or header token identified in the recording"
                + (seen.isEmpty() ? " (it has no cookies)" : " (cookies seen: " + String.join(", ", seen) + ")"));
    }

    Finding finding(SessionContext ctx, String cookie, String findingTitle, List<Evidence> evidence) {
        return finding(ctx, info.severity(), cookie, findingTitle, evidence);
    }

    Finding finding(SessionContext ctx, Severity actual, String cookie, String findingTitle, List<Evidence> evidence) {
        return new Finding(id, actual, findingTitle, cookie, dedupe(evidence),
                Remediations.forRule(id, ctx.framework()), info.references());
    }

    /** One evidence entry per exchange, in exchange order; details of a repeated exchange are joined. */
    static List<Evidence> dedupe(List<Evidence> evidence) {
        Map<Long, String> byExchange = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            byExchange.merge(e.exchange(), e.detail(), (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
        List<Evidence> out = new ArrayList<>();
        byExchange.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(en -> out.add(new Evidence(en.getKey(), en.getValue())));
        return out;
    }

    /**
     * The outcome from active probe results alone: fail with the probes' exchanges as evidence, pass when
     * all were safe, inconclusive when a probe could not tell, skipped when none ran. Null when none ran.
     */
    RuleOutcome fromProbes(SessionContext ctx, ProbeKind kind, String findingTitle) {
        List<ProbeEvidence> probes = ctx.inputs().probes(kind);
        if (probes.isEmpty()) {
            return null;
        }
        List<Finding> findings = new ArrayList<>();
        List<String> safe = new ArrayList<>();
        List<String> unsure = new ArrayList<>();
        for (ProbeEvidence p : probes) {
            switch (p.verdict()) {
                case VULNERABLE -> {
                    String cookie = p.cookie().isEmpty() ? primaryCookie(ctx) : p.cookie();
                    List<Evidence> ev = p.exchangesSent().stream()
                            .map(x -> new Evidence(x, "active probe: " + p.detail())).toList();
                    findings.add(finding(ctx, cookie, findingTitle, ev));
                }
                case SAFE -> safe.add(p.detail());
                case INCONCLUSIVE -> unsure.add(p.detail());
                default -> throw new IllegalStateException();
            }
        }
        if (!findings.isEmpty()) {
            return fail(probes.stream().filter(p -> p.verdict() == ProbeVerdict.VULNERABLE).map(ProbeEvidence::detail)
                    .reduce((a, b) -> a + "; " + b).orElse(""), findings);
        }
        if (!unsure.isEmpty()) {
            return inconclusive("active probe could not tell: " + String.join("; ", unsure));
        }
        return pass("active probe: " + String.join("; ", safe));
    }

    /** The strongest session credential's name (a cookie, or a token's header), or "" when none. */
    static String primaryCookie(SessionContext ctx) {
        return ctx.credentials().isEmpty() ? "" : ctx.credentials().get(0).name();
    }

    /** A cookie value shortened for reports: enough to recognise, not enough to reuse. */
    static String abbrev(String value) {
        return value.length() <= 10 ? value : value.substring(0, 8) + "…";
    }

    static String plural(long n, String word) {
        if (n == 1) {
            return n + " " + word;
        }
        return n + " " + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s");
    }
}
