package dev.sessioninspector.analysis;

import java.util.Optional;

/** Turns the tokens a server issued into {@link TokenStats}; empty when they are too few to say anything. */
@FunctionalInterface
public interface TokenStatsCalculator {
    Optional<TokenStats> analyze(IssuedTokens issued);

    /** A calculator that never has statistics, so the ID rules stay inconclusive rather than guess. */
    TokenStatsCalculator NONE = issued -> Optional.empty();
}
