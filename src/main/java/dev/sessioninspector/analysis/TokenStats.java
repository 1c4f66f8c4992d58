package dev.sessioninspector.analysis;

/**
 * What the ID rules need to know about a sample of session tokens; computed by the entropy package.
 */
public interface TokenStats {
    /** How many tokens the statistics rest on. */
    int sampleSize();

    /** The estimated random content of one token, in bits (effective entropy at the usual significance). */
    double estimatedRandomBits();

    /** True when the tokens count up or down (sequential IDs). */
    boolean counter();

    /** True when the tokens carry the time they were made. */
    boolean timestamp();

    /** True when the sample passes the randomness tests it was large enough for. */
    boolean passesRandomness();

    /** One sentence for a report, e.g. "500 tokens, ~121 effective bits, no structure". */
    String summary();
}
