package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.entropy.BitPositionStats;
import dev.sessioninspector.entropy.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * One row of the bit-test table: a test run on every extracted bit of the tokens, summed up. A test
 * passes when its worst P-value survives a Bonferroni correction over the bits tested at family-wise
 * significance 0.1 % (a few bits under 1 % are what chance gives a perfect generator).
 *
 * @param test      the test's name
 * @param standard  where it comes from (NIST SP 800-22, FIPS 140-2…)
 * @param tested    extracted bits the test could run on
 * @param failingAt1Percent bits with a P-value under 1 %
 * @param worstP    the smallest P-value (NaN when nothing was tested; FIPS has none)
 * @param passed    the verdict shown on the chip
 */
public record BitTestSummary(String test, String standard, int tested, int failingAt1Percent, double worstP,
        boolean passed) {
    public BitTestSummary {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(standard, "standard");
        if (tested < 0 || failingAt1Percent < 0 || failingAt1Percent > tested) {
            throw new IllegalArgumentException("inconsistent bit test summary");
        }
    }

    /** True when no bit was long enough for the test. */
    public boolean notRun() {
        return tested == 0;
    }

    /** Summaries of every bit-level test, in table order. */
    public static List<BitTestSummary> of(List<BitPositionStats> bits) {
        List<BitTestSummary> out = new ArrayList<>();
        out.add(summarise("Frequency (monobit)", "NIST SP 800-22", bits, BitPositionStats::frequencyPValue));
        out.add(summarise("Runs", "NIST SP 800-22", bits, BitPositionStats::runsPValue));
        out.add(summarise("Longest run", "NIST SP 800-22", bits, BitPositionStats::longRunPValue));
        out.add(summarise("Spectral (DFT)", "NIST SP 800-22", bits, BitPositionStats::spectralPValue));
        out.add(summarise("Poker (4-bit patterns)", "FIPS 140-2", bits, BitPositionStats::pokerPValue));
        out.add(summarise("Correlation between bits", "Sequencer", bits, BitPositionStats::correlationPValue));
        int fipsFailed = (int) bits.stream().filter(b -> !b.fipsPassed()).count();
        out.add(new BitTestSummary("Monobit, poker, runs, long run", "FIPS 140-2", bits.size(), fipsFailed,
                Double.NaN, !bits.isEmpty() && fipsFailed == 0));
        return out;
    }

    private static BitTestSummary summarise(String name, String standard, List<BitPositionStats> bits,
            ToDoubleFunction<BitPositionStats> p) {
        int tested = 0;
        int failing = 0;
        double worst = Double.NaN;
        for (BitPositionStats b : bits) {
            double v = p.applyAsDouble(b);
            if (Double.isNaN(v)) {
                continue;
            }
            tested++;
            failing += v < 0.01 ? 1 : 0;
            worst = Double.isNaN(worst) ? v : Math.min(worst, v);
        }
        boolean passed = tested > 0 && worst >= Verdict.FAMILY_WISE_ALPHA / tested;
        return new BitTestSummary(name, standard, tested, failing, worst, passed);
    }
}
