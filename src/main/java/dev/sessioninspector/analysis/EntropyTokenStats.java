package dev.sessioninspector.analysis;

/**
 * Adapts the entropy package's token analysis to {@link TokenStats}. Until that package is merged the
 * calculator has no statistics, so the ID rules stay inconclusive on samples instead of guessing.
 */
final class EntropyTokenStats {
    static final TokenStatsCalculator CALCULATOR = TokenStatsCalculator.NONE;

    private EntropyTokenStats() {
    }
}
