package dev.sessioninspector.entropy;

import java.util.List;
import java.util.Objects;

/**
 * The bit-level battery's outcome: the NIST SP 800-22 tests of DESIGN §7 with NIST's default parameters,
 * and FIPS 140-2 over consecutive 20,000-bit blocks ({@code fips140_2} is null below 100 bits).
 */
public record BitBatteryResult(int bits, BitTestResult frequency, BitTestResult blockFrequency, BitTestResult runs,
        BitTestResult longestRunOfOnes, BitTestResult binaryMatrixRank, BitTestResult discreteFourierTransform,
        BitTestResult serial, BitTestResult approximateEntropy, BitTestResult cumulativeSums, FipsResult fips140_2) {
    public BitBatteryResult {
        if (bits < 0) {
            throw new IllegalArgumentException("bits < 0");
        }
        for (BitTestResult r : List.of(frequency, blockFrequency, runs, longestRunOfOnes, binaryMatrixRank,
                discreteFourierTransform, serial, approximateEntropy, cumulativeSums)) {
            Objects.requireNonNull(r, "every NIST test has a result");
        }
    }

    /** The NIST results in the order of DESIGN §7. */
    public List<BitTestResult> nistTests() {
        return List.of(frequency, blockFrequency, runs, longestRunOfOnes, binaryMatrixRank, discreteFourierTransform,
                serial, approximateEntropy, cumulativeSums);
    }

    /** True when every applicable NIST P-value is at least {@code alpha} and every FIPS block passed. */
    public boolean passes(double alpha) {
        return nistTests().stream().allMatch(t -> t.passes(alpha)) && (fips140_2 == null || fips140_2.allPassed());
    }
}
