package dev.sessioninspector.entropy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The generator behind the tokens, when their structure alone gives it away: a digest of a counter, of the clock
     * or of the previous token, or {@code java.util.Random} output (certain at any sample size), else a counter or a
     * clock when the verdict is predictable (under 128 random bits remain beside it). Empty when none; a clock beside
     * enough random bits is no generator found.
     */
    public Optional<StructureFinding> generator() {
        List<StructureFinding> findings = structure.findings();
        Optional<StructureFinding> certain = findings.stream()
                .filter(f -> f.kind().hashed() || f.kind() == StructureFinding.Kind.JAVA_UTIL_RANDOM).findFirst();
        if (certain.isPresent() || !verdict.predictable()) {
            return certain;
        }
        return findings.stream().filter(f -> f.kind() == StructureFinding.Kind.COUNTER
                || f.kind() == StructureFinding.Kind.TIMESTAMP).findFirst();
    }

    /** Effective entropy at {@code significance} (one of {@link EntropyAtLevel#LEVELS}). */
    public double effectiveEntropyAt(double significance) {
        return effectiveEntropy.stream().filter(e -> e.significance() == significance).findFirst()
                .map(EntropyAtLevel::bits)
                .orElseThrow(() -> new IllegalArgumentException("no level " + significance));
    }
}
