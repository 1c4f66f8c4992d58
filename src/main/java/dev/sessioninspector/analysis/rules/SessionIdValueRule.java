package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.Jwt;
import dev.sessioninspector.analysis.ObservedValue;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.TokenStats;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule that judges the values of each session credential (their length, their randomness): every value the
 * recording shows (the flow's and those issued to the active probes) first, then the statistics over every issued
 * value, a token sample's included ({@link SessionContext#tokenStats}). Both {@code session.id-too-short} and
 * {@code session.id-predictable} have this shape.
 */
abstract class SessionIdValueRule extends AbstractRule {
    /** Fewer issued tokens than this are not judged by their statistics (a generator found is judged at any size). */
    static final int MIN_SAMPLE = 20;

    SessionIdValueRule(RuleInfo info) {
        super(info);
    }

    /** The verdicts on each cookie, concluded once all were judged. */
    static final class Verdicts {
        final List<Finding> findings = new ArrayList<>();
        final List<String> unsure = new ArrayList<>();
        final List<String> passed = new ArrayList<>();
    }

    /** Judges one session cookie from the values the recording shows and the sample's statistics, if any. */
    abstract void judge(SessionContext ctx, String name, List<ObservedValue> seen, Optional<TokenStats> sample,
            Verdicts out);

    @Override
    public final RuleOutcome evaluate(SessionContext ctx) {
        RuleOutcome unusable = sessionValuesUnusable(ctx);
        if (unusable != null) {
            return unusable;
        }
        Verdicts out = new Verdicts();
        for (String name : ctx.credentialNames()) {
            List<ObservedValue> seen = ctx.values(name);
            if (!seen.isEmpty() && seen.stream().allMatch(v -> Jwt.is(v.value()))) {
                out.passed.add(name + " carries JWTs, not opaque IDs: their strength is the signing key "
                        + "(token.weak-signing-key) and their lifetime (token.long-lived)");
                continue;
            }
            judge(ctx, name, ctx.allValues(name), ctx.tokenStats(name)
                    .filter(s -> s.sampleSize() >= MIN_SAMPLE || s.generator().isPresent()), out);
        }
        return conclude(out.findings, out.unsure, out.passed);
    }

    /**
     * A sample's verdict: a finding when it shows a weakness and the recording has an exchange to point at,
     * a pass when it shows none and is large enough, unsure otherwise.
     *
     * @param weakness what the sample shows wrong, or empty when nothing
     */
    void judgeSample(SessionContext ctx, String name, List<ObservedValue> seen, TokenStats s,
            Optional<String> weakness, String findingTitle, Verdicts out) {
        if (weakness.isPresent()) {
            if (seen.isEmpty()) {
                out.unsure.add(name + ": the sample shows " + weakness.get()
                        + " but the recording has no exchange carrying " + name);
            } else {
                out.findings.add(finding(ctx, name, findingTitle, evidence(seen, name, weakness.get())));
            }
        } else if (s.enoughToPass()) {
            out.passed.add(name + ": " + s.summary());
        } else {
            out.unsure.add(name + ": nothing wrong in " + plural(s.sampleSize(), "token") + " (" + s.summary()
                    + "), but that few are only indicative; collect 100 or more");
        }
    }

    /** How to get the sample this rule lacks. */
    static String collectHint(String name) {
        return "collect a sample (sample --token " + name + ", or scan --samples N)";
    }

    /** Up to three exchanges that issued or sent the cookie, each with what it shows. */
    static List<Evidence> evidence(List<ObservedValue> seen, String name, String detail) {
        return seen.stream().limit(3)
                .map(v -> new Evidence(v.exchangeId(), (v.issued() ? "issued " : "sent ") + name + "="
                        + abbrev(v.value()) + ": " + detail))
                .toList();
    }
}
