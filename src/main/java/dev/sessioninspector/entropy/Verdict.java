package dev.sessioninspector.entropy;

import java.util.List;

/**
 * The answer to "could an attacker guess a live session ID?", as the {@code session.id-too-short} and
 * {@code session.id-predictable} rules need it.
 *
 * @param estimatedRandomBits random content per token: the raw length estimate (log₂ of each position's
 *                            alphabet), less positions that fail the tests (two or more at the family-wise
 *                            level, or one {@link #DECISIVE} times beyond it) or belong to a counter or
 *                            timestamp, capped by what repeats and {@code java.util.Random} allow
 * @param tooShort            {@code estimatedRandomBits} is under 128
 * @param predictable         {@code java.util.Random} output, repeating tokens, an unsigned JWT, or a counter, clock
 *                            or decisive test failure (family-wise significance 0.1 %, Bonferroni over all
 *                            tests) that leaves under 128 bits of random content
 * @param reasons             one sentence per reason for either flag, empty when neither is set
 * @param notes               structure or test failures that do not make the ID guessable on their own
 */
public record Verdict(double estimatedRandomBits, boolean tooShort, boolean predictable, List<String> reasons,
        List<String> notes) {
    /** Minimum random content the rules accept (OWASP ASVS: 128 bits of entropy). */
    public static final double MIN_BITS = 128;
    /** Family-wise significance for "decisively fails". */
    public static final double FAMILY_WISE_ALPHA = 0.001;
    /**
     * How much beyond the family-wise level a lone failing position must be to lose its bits (P under
     * {@code FAMILY_WISE_ALPHA × DECISIVE / tests}); a real bias at 200 samples lies far below it.
     */
    public static final double DECISIVE = 0.001;

    public Verdict {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        if (!(estimatedRandomBits >= 0)) {
            throw new IllegalArgumentException("estimated bits must be >= 0");
        }
    }

    /** Either flag set. */
    public boolean flagged() {
        return tooShort || predictable;
    }
}
