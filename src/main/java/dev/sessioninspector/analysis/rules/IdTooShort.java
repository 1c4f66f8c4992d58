package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ObservedValue;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.TokenStats;
import dev.sessioninspector.model.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code session.id-too-short}: the session ID's estimated random content is under 128 bits. A sample's
 * statistics decide; without one, the values in the recording decide only when even their length and
 * alphabet cannot hold 128 bits.
 */
public final class IdTooShort extends SessionIdValueRule {
    public static final String ID = "session.id-too-short";
    static final double MIN_BITS = 128;
    static final RuleInfo INFO = RuleInfo.of(ID, Severity.HIGH)
            .cwe(331).references("WSTG-SESS-01", "ASVS 3.2.2")
            .title("Session ID too short")
            .description("Estimates the random content of the session ID: from a token sample's statistics when one "
                    + "was collected, else as an upper bound from the length and alphabet of the values seen. "
                    + "Under 128 bits, IDs can be guessed or brute-forced.")
            .example("SESSIONID holds at most 32 random bits",
                    "issued SESSIONID=0001cf94: at most 32 bits (8 characters from a 16-symbol alphabet)")
            .example("JSESSIONID has ~61 bits of randomness (under 128)",
                    "issued JSESSIONID=9C1F0A7B…: sample of 200 tokens: ~61 estimated random bits")
            .build();

    public IdTooShort() {
        super(INFO);
    }

    @Override
    void judge(SessionContext ctx, String name, List<ObservedValue> seen, Optional<TokenStats> sample, Verdicts out) {
        List<String> values = seen.stream().map(ObservedValue::value).toList();
        double bound = TokenShape.maxBits(values);
        if (!values.isEmpty() && bound < MIN_BITS) {
            int longest = values.stream().mapToInt(String::length).max().orElse(0);
            out.findings.add(finding(ctx, name, name + " holds at most " + Math.round(bound) + " random bits",
                    evidence(seen, name, "at most " + Math.round(bound) + " bits (" + plural(longest, "character")
                            + " from a " + TokenShape.alphabet(values) + "-symbol alphabet)")));
        } else if (sample.isPresent()) {
            TokenStats s = sample.get();
            long bits = Math.round(s.estimatedRandomBits());
            judgeSample(ctx, name, seen, s, s.estimatedRandomBits() < MIN_BITS
                    ? Optional.of("sample of " + s.sampleSize() + " tokens: ~" + bits + " estimated random bits")
                    : Optional.empty(), name + " has ~" + bits + " bits of randomness (under 128)", out);
        } else if (values.isEmpty()) {
            out.unsure.add(name + ": no value seen");
        } else {
            out.unsure.add(name + ": " + plural(values.size(), "value") + " seen, up to " + Math.round(bound)
                    + " bits by length and alphabet; " + collectHint(name) + " to measure it");
        }
    }
}
