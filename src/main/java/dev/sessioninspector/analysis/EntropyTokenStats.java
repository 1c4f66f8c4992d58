package dev.sessioninspector.analysis;

import dev.sessioninspector.entropy.Reliability;
import dev.sessioninspector.entropy.StructureFinding;
import dev.sessioninspector.entropy.TokenAnalysis;
import dev.sessioninspector.entropy.TokenAnalyzer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** {@link TokenStats} from the entropy package's {@link TokenAnalyzer}. */
public final class EntropyTokenStats implements TokenStats {
    /**
     * Analyses issued tokens with {@link TokenAnalyzer}, searching digests of the clock around their issue times;
     * empty when no token is usable.
     */
    public static final TokenStatsCalculator CALCULATOR = issued -> {
        try {
            return Optional.of(new EntropyTokenStats(TokenAnalyzer.analyze(issued.tokens(), issued.window(),
                    Jwt::members)));
        } catch (IllegalArgumentException noTokens) {
            return Optional.empty();
        }
    };

    private final TokenAnalysis analysis;

    public EntropyTokenStats(TokenAnalysis analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /** The full analysis, for reports that chart it. */
    public TokenAnalysis analysis() {
        return analysis;
    }

    @Override
    public int sampleSize() {
        return analysis.samples();
    }

    @Override
    public double estimatedRandomBits() {
        return analysis.verdict().estimatedRandomBits();
    }

    @Override
    public boolean predictable() {
        return analysis.verdict().predictable();
    }

    @Override
    public List<String> reasons() {
        return analysis.verdict().reasons();
    }

    @Override
    public Optional<String> generator() {
        return analysis.structure().findings().stream()
                .filter(f -> f.kind().hashed() || f.kind() == StructureFinding.Kind.JAVA_UTIL_RANDOM)
                .map(StructureFinding::description).findFirst();
    }

    @Override
    public boolean enoughToPass() {
        return analysis.reliability().level() != Reliability.Level.INDICATIVE;
    }

    @Override
    public String summary() {
        return String.format(Locale.ROOT, "%d tokens, ~%.0f estimated random bits (%s, %s)", analysis.samples(),
                estimatedRandomBits(), analysis.structure().layout(),
                analysis.reliability().level().name().toLowerCase(Locale.ROOT));
    }
}
