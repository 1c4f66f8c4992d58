package dev.sessioninspector.analysis;

import java.util.List;

/**
 * What the ID rules need to know about a sample of session tokens; computed by the entropy package
 * ({@link EntropyTokenStats}), replaceable in tests.
 */
public interface TokenStats {
    /** How many tokens the statistics rest on. */
    int sampleSize();

    /** The estimated random content of one token, in bits. */
    double estimatedRandomBits();

    /** True when the tokens can be predicted: a counter, a clock, a weak generator, failed randomness tests. */
    boolean predictable();

    /** One sentence per reason the tokens are short or predictable; empty when neither. */
    List<String> reasons();

    /** True when the sample is large enough that a clean result counts as a pass (not just indicative). */
    boolean enoughToPass();

    /** One sentence for a report, e.g. "500 tokens, ~121 estimated random bits". */
    String summary();
}
