package dev.sessioninspector.entropy;

/**
 * Effective entropy at one significance level: the bits whose character and bit tests all have P-values
 * at or above it, as Burp Sequencer charts them.
 *
 * @param significance the level as a fraction (0.01 = 1 %)
 * @param bits         effective entropy in bits
 */
public record EntropyAtLevel(double significance, double bits) {
    /** Burp Sequencer's levels, 0.001 % … 10 %. */
    public static final double[] LEVELS = {0.00001, 0.0001, 0.001, 0.01, 0.1};
    /** The multiple-testing correction behind the figures, as reports name it. */
    public static final String CORRECTION = "Holm within each bit's tests and its position's, then Holm across "
            + "all bits (family-wise)";

    public EntropyAtLevel {
        if (!(significance > 0 && significance < 1) || !(bits >= 0)) {
            throw new IllegalArgumentException("bad effective entropy " + bits + " at " + significance);
        }
    }

    /** The level as Burp writes it: {@code 0.001%}, {@code 1%}. */
    public String label() {
        return java.math.BigDecimal.valueOf(significance * 100).stripTrailingZeros().toPlainString() + "%";
    }
}
