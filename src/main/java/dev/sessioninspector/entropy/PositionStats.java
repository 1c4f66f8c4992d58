package dev.sessioninspector.entropy;

import java.util.List;

/**
 * Character-level statistics of one position of the core token, for per-position bars and the character
 * heat map.
 *
 * @param position         0-based character position
 * @param samples          tokens long enough to have this position
 * @param charsetSize      distinct characters observed here
 * @param alphabetSize     characters this position is judged to draw from: the encoding's whole alphabet
 *                         when the observed count is plausible for uniform draws from it, else the observed set
 * @param characters       the alphabet in digit order (heat-map rows)
 * @param counts           occurrences of each of {@code characters}
 * @param shannonBits      entropy of the observed distribution, −Σ p·log₂ p
 * @param maxBits          log₂ of the alphabet size: what a perfect generator puts here
 * @param uniformityPValue χ² count test against a uniform distribution over the alphabet (NaN: constant, or under one draw per character)
 * @param transitionPValue χ² test that successive tokens' characters differ by uniform steps (NaN: under one pair per character)
 * @param bitsPerCharacter bits extracted from this position for bit-level tests (⌊log₂ alphabet⌋)
 */
public record PositionStats(int position, int samples, int charsetSize, int alphabetSize, String characters,
        List<Integer> counts, double shannonBits, double maxBits, double uniformityPValue, double transitionPValue,
        int bitsPerCharacter) {
    public PositionStats {
        counts = List.copyOf(counts);
        if (position < 0 || samples < 0 || charsetSize < 0 || alphabetSize < charsetSize
                || counts.size() != characters.length() || alphabetSize != characters.length()) {
            throw new IllegalArgumentException("inconsistent statistics for position " + position);
        }
    }

    /** True when neither character test rejects randomness at {@code alpha} (a test that could not run does not). */
    public boolean passes(double alpha) {
        return !(uniformityPValue < alpha) && !(transitionPValue < alpha);
    }
}
