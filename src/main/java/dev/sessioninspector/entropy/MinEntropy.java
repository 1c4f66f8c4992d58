package dev.sessioninspector.entropy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conservative second figure beside effective entropy: NIST SP 800-90B §6.3 (non-IID track) min-entropy
 * estimates of each extracted bit's sequence across tokens, summed over the token (each position weighted as
 * effective entropy weights it; counters, clocks and structural caps count as there).
 *
 * @param bitsPerToken the sum over bits of the lowest estimate for each bit
 * @param ceilingBits  the most this sample size lets the estimators say (the most-common-value bound of a
 *                     perfectly balanced bit, summed): no token can score higher with this many samples
 * @param samples      tokens analysed
 * @param estimators   each estimator's sum over bits, in bits per token (NaN: the estimator did not apply to
 *                     every bit, e.g. compression below 6,006 samples)
 */
public record MinEntropy(double bitsPerToken, double ceilingBits, int samples, Map<String, Double> estimators) {
    public MinEntropy {
        estimators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(estimators));
        if (!(bitsPerToken >= 0) || !(ceilingBits >= 0) || samples < 0) {
            throw new IllegalArgumentException("inconsistent min-entropy");
        }
    }
}
