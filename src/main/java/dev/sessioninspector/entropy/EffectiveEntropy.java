package dev.sessioninspector.entropy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Effective entropy at a significance level, with a family-wise correction instead of Burp's "lowest P-value
 * of any test": each extracted bit's family is its own tests plus its character position's two tests,
 * combined by Holm's step-down method, and the bits' combined P-values are corrected again by Holm across the
 * whole token. A bit is lost at level α only when the token-wide adjusted P-value is below α, so a good
 * generator loses any bits at all in at most a fraction α of samples (the calibration test measures how
 * often it happens against a CSPRNG with the same alphabet, length and sample size), while a real weakness,
 * whose P-values are orders of magnitude smaller, still is.
 */
final class EffectiveEntropy {
    private EffectiveEntropy() {
    }

    /**
     * Token-wide Holm-adjusted P-value of each bit (in {@code bits} order); a bit whose family has no P-value
     * (too few samples) gets 1.
     */
    static double[] adjustedPValues(List<PositionStats> positions, List<BitPositionStats> bits) {
        PositionStats[] byPosition = new PositionStats[positions.size()];
        for (PositionStats p : positions) {
            byPosition[p.position()] = p;
        }
        double[] family = new double[bits.size()];
        for (int i = 0; i < bits.size(); i++) {
            BitPositionStats b = bits.get(i);
            PositionStats p = byPosition[b.position()];
            family[i] = holmMinimum(b.frequencyPValue(), b.runsPValue(), b.pokerPValue(), b.longRunPValue(),
                    b.spectralPValue(), b.correlationPValue(), p.uniformityPValue(), p.transitionPValue());
        }
        return holm(family);
    }

    /** Effective entropy at each level of {@link EntropyAtLevel#LEVELS}, at most {@code cap}. */
    static List<EntropyAtLevel> atLevels(int n, List<PositionStats> positions, List<BitPositionStats> bits,
            Set<Integer> structured, double cap) {
        double[] adjusted = adjustedPValues(positions, bits);
        List<EntropyAtLevel> out = new ArrayList<>();
        for (double level : EntropyAtLevel.LEVELS) {
            int[] passing = new int[positions.size()];
            for (int i = 0; i < bits.size(); i++) {
                if (adjusted[i] >= level) {
                    passing[bits.get(i).position()]++;
                }
            }
            double total = 0;
            for (PositionStats p : positions) {
                if (p.bitsPerCharacter() == 0 || structured.contains(p.position())) {
                    continue;
                }
                total += p.maxBits() * passing[p.position()] / p.bitsPerCharacter() * p.samples() / n;
            }
            out.add(new EntropyAtLevel(level, Math.min(cap, total)));
        }
        return out;
    }

    /** The family's Holm-adjusted P-value for its first rejection: k · (smallest P), at most 1; NaN ignored. */
    static double holmMinimum(double... pValues) {
        int k = 0;
        double min = 1;
        for (double p : pValues) {
            if (!Double.isNaN(p)) {
                k++;
                min = Math.min(min, p);
            }
        }
        return k == 0 ? 1 : Math.min(1, k * min);
    }

    /** Holm's step-down adjusted P-values: p̃₍ᵢ₎ = max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎). */
    static double[] holm(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
