package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ObservedValue;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.TokenStats;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code session.id-predictable}: IDs are sequential, time-based, or fail the randomness tests. A token
 * sample's statistics decide; without one, the recording's own values decide only when they visibly count
 * or carry the clock.
 */
public final class IdPredictable extends SessionIdValueRule {
    public static final String ID = "session.id-predictable";
    static final RuleInfo INFO = RuleInfo.of(ID, Severity.HIGH)
            .cwe(330).references("WSTG-SESS-01", "ASVS 3.2.4")
            .title("Predictable session IDs")
            .description("Looks for session IDs that count up, carry the time they were issued, or fail statistical "
                    + "randomness tests over a token sample. Anyone who sees one ID can then guess the IDs of "
                    + "other users.")
            .example("SESSIONID values are sequential",
                    "issued SESSIONID=0001cf94: the values count up in small steps (0001cf94, 0001cf95, hex)")
            .example("sid values carry the time they were issued",
                    "issued sid=17649214…, which starts with the issue time in seconds (decimal 1764921422)")
            .build();

    public IdPredictable() {
        super(INFO);
    }

    @Override
    void judge(SessionContext ctx, String name, List<ObservedValue> seen, Optional<TokenStats> sample, Verdicts out) {
        List<ObservedValue> issued = seen.stream().filter(ObservedValue::issued).toList();
        Optional<String> counter = TokenShape.counter(issued.stream().map(ObservedValue::value).toList());
        if (counter.isPresent()) {
            out.findings.add(finding(ctx, name, name + " values are sequential", evidence(issued, name, counter.get())));
            return;
        }
        for (ObservedValue v : issued) {
            Optional<String> clock = TokenShape.clock(v.value(), v.time());
            if (clock.isPresent()) {
                out.findings.add(finding(ctx, name, name + " values carry the time they were issued", List.of(
                        new Evidence(v.exchangeId(), "issued " + name + "=" + abbrev(v.value()) + ", which "
                                + clock.get()))));
                return;
            }
        }
        if (sample.isPresent()) {
            TokenStats s = sample.get();
            String why = String.join("; ", s.reasons());
            judgeSample(ctx, name, seen, s, s.predictable()
                    ? Optional.of((why.isEmpty() ? "the sample is predictable" : why) + " (" + s.summary() + ")")
                    : Optional.empty(), name + " values are predictable", out);
        } else {
            out.unsure.add(name + ": no counter or clock in " + plural(issued.size(), "issued value") + "; "
                    + collectHint(name) + " to test randomness");
        }
    }
}
