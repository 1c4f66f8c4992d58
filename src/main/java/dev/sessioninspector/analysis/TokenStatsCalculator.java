package dev.sessioninspector.analysis;

import java.util.List;
import java.util.Optional;

/** Turns a sample of tokens into {@link TokenStats}; empty when the sample is too small to say anything. */
@FunctionalInterface
public interface TokenStatsCalculator {
    Optional<TokenStats> analyze(List<String> tokens);

    /** A calculator that never has statistics, so the ID rules stay inconclusive rather than guess. */
    TokenStatsCalculator NONE = tokens -> Optional.empty();
}
