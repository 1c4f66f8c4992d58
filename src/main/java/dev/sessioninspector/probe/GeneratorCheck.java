package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.Jwt;
import dev.sessioninspector.entropy.IssueWindow;
import dev.sessioninspector.entropy.StructureFinding;
import dev.sessioninspector.entropy.TokenAnalyzer;
import java.util.List;
import java.util.Optional;

/**
 * Looks at the tokens a sample has collected so far for the generator behind them, so the sample can end once it
 * is found instead of collecting all it was asked for ({@link TokenSampler}): a counter, a clock, a digest of either
 * or of the previous token, {@code java.util.Random}.
 */
@FunctionalInterface
public interface GeneratorCheck {
    /**
     * The fewest tokens a counter or a clock is taken as found from: the ID rules judge no smaller sample by its
     * statistics (a digest or {@code java.util.Random} found is certain at any size).
     */
    int MIN_FOR_COUNTER = 20;

    /**
     * The generator found behind {@code tokens} (in the order they were issued, within {@code window}), or empty.
     */
    Optional<StructureFinding> find(List<String> tokens, IssueWindow window);

    /** Never finds one: the sample collects all it was asked for. */
    GeneratorCheck NONE = (tokens, window) -> Optional.empty();

    /**
     * The token analysis's own judgement ({@link dev.sessioninspector.entropy.TokenAnalysis#generator()}, JWTs read
     * as the rules read them), a counter or a clock only from {@link #MIN_FOR_COUNTER} tokens on.
     */
    GeneratorCheck STRUCTURE = (tokens, window) -> {
        Optional<StructureFinding> found;
        try {
            found = TokenAnalyzer.analyze(tokens, window, Jwt::members).generator();
        } catch (IllegalArgumentException unusable) {
            return Optional.empty(); // no token left, or one too long to analyse
        }
        return found.filter(f -> f.kind().hashed() || f.kind() == StructureFinding.Kind.JAVA_UTIL_RANDOM
                || tokens.size() >= MIN_FOR_COUNTER);
    };
}
