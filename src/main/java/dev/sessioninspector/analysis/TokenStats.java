package dev.sessioninspector.analysis;

import java.util.List;
import java.util.Optional;

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

    /**
     * The generator found behind the tokens, named with the next value it predicts (a digest of a counter, of the
     * clock or of the previous token; {@code java.util.Random}): certain at any sample size. Empty when none.
     */
    Optional<String> generator();

    /** One sentence per reason the tokens are short or predictable; empty when neither. */
    List<String> reasons();

    /** True when the sample is large enough that a clean result counts as a pass (not just indicative). */
    boolean enoughToPass();

    /** One sentence for a report, e.g. "500 tokens, ~121 estimated random bits". */
    String summary();
}
