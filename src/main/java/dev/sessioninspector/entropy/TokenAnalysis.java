package dev.sessioninspector.entropy;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@link TokenAnalyzer} found, shaped for charts: per-position bars and heat map
 * ({@link #positions}), bit tests ({@link #bits}), effective entropy by significance level, the structure,
 * the verdict, and how reliable the sample is.
 *
 * @param samples          tokens analysed
 * @param structure        encoding, wrappers, JWT layout, counters/timestamps/LCG/repeats
 * @param positions        character-level statistics per position of the core token
 * @param bits             bit-level statistics per extracted bit
 * @param fipsFailures     extracted bits failing the (recalibrated) FIPS 140-2 tests
 * @param effectiveEntropy bits of effective entropy at each level of {@link EntropyAtLevel#LEVELS}
 * @param rawBits          raw length estimate: Σ log₂(alphabet size) over positions, weighted by presence
 * @param verdict          the rules' answer
 * @param reliability      how far the sample size lets this be trusted
 * @param minEntropy       SP 800-90B min-entropy estimates, the conservative second figure
 */
public record TokenAnalysis(int samples, StructureReport structure, List<PositionStats> positions,
        List<BitPositionStats> bits, int fipsFailures, List<EntropyAtLevel> effectiveEntropy, double rawBits,
        Verdict verdict, Reliability reliability, MinEntropy minEntropy) {
    public TokenAnalysis {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(minEntropy, "minEntropy");
        positions = List.copyOf(positions);
        bits = List.copyOf(bits);
        effectiveEntropy = List.copyOf(effectiveEntropy);
        if (samples < 1 || fipsFailures < 0 || !(rawBits >= 0)) {
            throw new IllegalArgumentException("inconsistent token analysis");
        }
    }

    /** Effective entropy at {@code significance} (one of {@link EntropyAtLevel#LEVELS}). */
    public double effectiveEntropyAt(double significance) {
        return effectiveEntropy.stream().filter(e -> e.significance() == significance).findFirst()
                .map(EntropyAtLevel::bits)
                .orElseThrow(() -> new IllegalArgumentException("no level " + significance));
    }
}
