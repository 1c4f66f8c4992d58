package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ObservedValue;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.TokenStats;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code session.id-too-short}: the session ID's estimated random content is under 128 bits. A sample's
 * statistics decide; without one, the values in the recording decide only when even their length and
 * alphabet cannot hold 128 bits.
 */
public final class IdTooShort extends AbstractRule {
    public static final String ID = "session.id-too-short";
    static final double MIN_BITS = 128;
    static final int MIN_SAMPLE = 20;

    public IdTooShort() {
        super(ID, Severity.HIGH, 331, "WSTG-SESS-01", "ASVS 3.2.2", "Session ID too short",
                "Estimates the random content of the session ID: from a token sample's statistics when one was "
                        + "collected, else as an upper bound from the length and alphabet of the values seen. "
                        + "Under 128 bits, IDs can be guessed or brute-forced.");
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        RuleOutcome unusable = sessionValuesUnusable(ctx);
        if (unusable != null) {
            return unusable;
        }
        List<Finding> findings = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        List<String> unsure = new ArrayList<>();
        for (String name : ctx.sessionCookieNames()) {
            List<ObservedValue> seen = ctx.values(name);
            List<String> values = seen.stream().map(ObservedValue::value).toList();
            Optional<TokenStats> stats = ctx.tokenStats(name).filter(s -> s.sampleSize() >= MIN_SAMPLE);
            double bound = TokenShape.maxBits(values);
            if (!values.isEmpty() && bound < MIN_BITS) {
                findings.add(finding(ctx, name, name + " holds at most " + Math.round(bound) + " random bits",
                        evidence(seen, name, "at most " + Math.round(bound) + " bits ("
                                + plural(values.stream().mapToInt(String::length).max().orElse(0), "character") + " from a " + TokenShape.alphabet(values) + "-symbol alphabet)")));
            } else if (stats.isPresent()) {
                TokenStats s = stats.get();
                if (s.estimatedRandomBits() < MIN_BITS) {
                    List<Evidence> ev = evidence(seen, name, "sample of " + s.sampleSize() + " tokens: ~"
                            + Math.round(s.estimatedRandomBits()) + " estimated random bits");
                    if (ev.isEmpty()) {
                        unsure.add(name + ": the sample shows ~" + Math.round(s.estimatedRandomBits())
                                + " bits but the recording has no exchange carrying " + name);
                    } else {
                        findings.add(finding(ctx, name, name + " has ~" + Math.round(s.estimatedRandomBits())
                                + " bits of randomness (under 128)", ev));
                    }
                } else if (s.enoughToPass()) {
                    passed.add(name + ": " + s.summary());
                } else {
                    unsure.add(name + ": " + s.summary() + " looks long enough, but " + s.sampleSize()
                            + " tokens are only indicative; collect 100 or more");
                }
            } else if (values.isEmpty()) {
                unsure.add(name + ": no value seen");
            } else {
                unsure.add(name + ": " + plural(values.size(), "value") + " seen, up to " + Math.round(bound)
                        + " bits by length and alphabet; collect a sample (sample --token " + name
                        + ", or scan --samples N) to measure it");
            }
        }
        if (!findings.isEmpty()) {
            return fail(findings.stream().map(Finding::title).reduce((a, b) -> a + "; " + b).orElse(""), findings);
        }
        if (!unsure.isEmpty()) {
            return inconclusive(String.join("; ", unsure));
        }
        return pass(String.join("; ", passed));
    }

    static List<Evidence> evidence(List<ObservedValue> seen, String name, String detail) {
        return seen.stream().limit(3)
                .map(v -> new Evidence(v.exchangeId(), (v.issued() ? "issued " : "sent ") + name + "="
                        + abbrev(v.value()) + ": " + detail))
                .toList();
    }
}
