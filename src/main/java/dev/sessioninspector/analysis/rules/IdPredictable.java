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
 * {@code session.id-predictable}: IDs are sequential, time-based, or fail the randomness tests. A token
 * sample's statistics decide; without one, the recording's own values decide only when they visibly count
 * or carry the clock.
 */
public final class IdPredictable extends AbstractRule {
    public static final String ID = "session.id-predictable";

    public IdPredictable() {
        super(ID, Severity.HIGH, 330, "WSTG-SESS-01", "ASVS 3.2.4", "Predictable session IDs",
                "Looks for session IDs that count up, carry the time they were issued, or fail statistical "
                        + "randomness tests over a token sample. Anyone who sees one ID can then guess the "
                        + "IDs of other users.");
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
            List<ObservedValue> issued = seen.stream().filter(ObservedValue::issued).toList();
            Optional<String> counter = TokenShape.counter(issued.stream().map(ObservedValue::value).toList());
            Optional<String> clock = Optional.empty();
            ObservedValue clockValue = null;
            for (ObservedValue v : issued) {
                clock = TokenShape.clock(v.value(), v.time());
                if (clock.isPresent()) {
                    clockValue = v;
                    break;
                }
            }
            Optional<TokenStats> stats = ctx.tokenStats(name).filter(s -> s.sampleSize() >= IdTooShort.MIN_SAMPLE);
            if (counter.isPresent()) {
                findings.add(finding(ctx, name, name + " values are sequential",
                        IdTooShort.evidence(issued, name, counter.get())));
            } else if (clock.isPresent()) {
                findings.add(finding(ctx, name, name + " values carry the time they were issued", List.of(
                        new Evidence(clockValue.exchangeId(), "issued " + name + "=" + abbrev(clockValue.value())
                                + ", which " + clock.get()))));
            } else if (stats.isPresent()) {
                TokenStats s = stats.get();
                String why = String.join("; ", s.reasons());
                if (!s.predictable()) {
                    if (s.enoughToPass()) {
                        passed.add(name + ": " + s.summary());
                    } else {
                        unsure.add(name + ": nothing predictable in " + s.sampleSize() + " tokens, but that few "
                                + "are only indicative; collect 100 or more");
                    }
                } else if (seen.isEmpty()) {
                    unsure.add(name + ": the sample is predictable (" + why + ") but the recording has no exchange "
                            + "carrying " + name);
                } else {
                    findings.add(finding(ctx, name, name + " values are predictable",
                            IdTooShort.evidence(seen, name, (why.isEmpty() ? "the sample is predictable" : why)
                                    + " (" + s.summary() + ")")));
                }
            } else {
                unsure.add(name + ": no counter or clock in " + plural(issued.size(), "issued value") + "; "
                        + "collect a sample (sample --token " + name + ", or scan --samples N) to test randomness");
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
}
