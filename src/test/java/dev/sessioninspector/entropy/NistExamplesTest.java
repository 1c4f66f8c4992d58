package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The worked examples of NIST SP 800-22 Rev 1a section 2 whose input strings the publication prints,
 * reproduced to the 6 decimals NIST gives (7 for the cumulative-sums example).
 */
class NistExamplesTest {
    /** The 100-bit ε used by the §2.1.8, 2.2.8, 2.3.8, 2.6.8, 2.12.8 and 2.13.8 examples. */
    static final String EPSILON_100 = "11001001000011111101101010100010001000010110100011"
            + "00001000110100110001001100011001100010100010111000";
    /** The 128-bit ε of §2.4.8. */
    static final String EPSILON_128 = "11001100000101010110110001001100111000000000001001"
            + "00110101010001000100111101011010000000110101111100" + "1100111001101101100010110010";
    private static final double SIX = 5e-7;

    private static BitSequence bits(String s) {
        return BitSequence.parse(s);
    }

    @Test
    void frequency() {
        BitTestResult small = NistFrequencyTests.frequency(bits("1011010101"));
        assertThat(small.statistic()).isCloseTo(0.632455532, within(1e-9));
        assertThat(small.pValue()).isCloseTo(0.527089, within(SIX));
        assertThat(NistFrequencyTests.frequency(bits(EPSILON_100)).pValue()).isCloseTo(0.109599, within(SIX));
    }

    @Test
    void blockFrequency() {
        BitTestResult small = NistFrequencyTests.blockFrequency(bits("0110011010"), 3);
        assertThat(small.statistic()).isCloseTo(1.0, within(1e-12));
        assertThat(small.pValue()).isCloseTo(0.801252, within(SIX));
        BitTestResult big = NistFrequencyTests.blockFrequency(bits(EPSILON_100), 10);
        assertThat(big.statistic()).isCloseTo(7.2, within(1e-12));
        assertThat(big.pValue()).isCloseTo(0.706438, within(SIX));
    }

    @Test
    void runs() {
        BitTestResult small = NistFrequencyTests.runs(bits("1001101011"));
        assertThat(small.statistic()).isEqualTo(7.0);
        assertThat(small.pValue()).isCloseTo(0.147232, within(SIX));
        BitTestResult big = NistFrequencyTests.runs(bits(EPSILON_100));
        assertThat(big.statistic()).isEqualTo(52.0);
        assertThat(big.pValue()).isCloseTo(0.500798, within(SIX));
    }

    @Test
    void runsReportsZeroWhenTheFrequencyPrerequisiteFails() {
        BitTestResult r = NistFrequencyTests.runs(bits("1111111111111111111111111111111111110000"));
        assertThat(r.pValue()).isZero();
        assertThat(r.note()).contains("prerequisite");
    }

    @Test
    void longestRunOfOnes() {
        BitTestResult r = NistLongestRunTest.longestRunOfOnes(bits(EPSILON_128));
        assertThat(r.note()).contains("M=8").contains("nu=[4, 9, 3, 0]");
        // §2.4.8 prints chi2 = 4.882457, P = 0.180609 (exact class probabilities, as the reference code uses)
        assertThat(r.statistic()).isCloseTo(4.882457, within(SIX));
        assertThat(r.pValue()).isCloseTo(0.180609, within(SIX));
    }

    @Test
    void binaryMatrixRank() {
        // the publication's 3×3 example uses §2.5.4's rounded large-matrix probabilities, not the 3×3 ones
        BitTestResult r = NistMatrixRankTest.binaryMatrixRank(bits("01011001001010101101"), 3, 3,
                NistMatrixRankTest.PUBLISHED_ASYMPTOTIC);
        assertThat(r.statistic()).isCloseTo(0.596953, within(SIX));
        assertThat(r.pValue()).isCloseTo(0.741948, within(SIX));
    }

    @Test
    void gf2RankOfKnownMatrices() {
        assertThat(NistMatrixRankTest.rank(new long[] {0b010, 0b110, 0b010}, 3)).isEqualTo(2);
        assertThat(NistMatrixRankTest.rank(new long[] {0b101, 0b010, 0b110}, 3)).isEqualTo(3);
        assertThat(NistMatrixRankTest.rank(new long[] {0, 0, 0}, 3)).isZero();
        long[] identity = new long[32];
        for (int i = 0; i < 32; i++) {
            identity[i] = 1L << i;
        }
        assertThat(NistMatrixRankTest.rank(identity, 32)).isEqualTo(32);
    }

    @Test
    void matrixRowsReadFromTheWordsAreTheBitsInOrder() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        BitSequence.Builder b = BitSequence.builder(200_000);
        for (int i = 0; i < 200_000; i++) {
            b.append(random.nextInt(8) == 0 ? 1 : 0); // sparse: many matrices below full rank
        }
        BitSequence bits = b.build();
        for (int[] shape : new int[][] {{3, 3}, {5, 7}, {32, 32}, {20, 40}, {64, 64}}) {
            int rows = shape[0];
            int cols = shape[1];
            int full = 0;
            int fullMinusOne = 0;
            for (int k = 0; k < bits.length() / (rows * cols); k++) {
                long[] m = new long[rows];
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        m[r] = (m[r] << 1) | bits.bit(k * rows * cols + r * cols + c);
                    }
                }
                int rank = NistMatrixRankTest.rank(m, cols);
                full += rank == Math.min(rows, cols) ? 1 : 0;
                fullMinusOne += rank == Math.min(rows, cols) - 1 ? 1 : 0;
            }
            assertThat(NistMatrixRankTest.binaryMatrixRank(bits, rows, cols).note()).as("%dx%d", rows, cols)
                    .contains(", F_M=" + full + ", F_M-1=" + fullMinusOne);
        }
    }

    @Test
    void discreteFourierTransform() {
        // SP 800-22's §2.6 examples print N1 values (4 of 5, 46 of 50) that their own inputs do not give: every
        // one of the 10-bit example's first five DFT moduli (0, 2, 4.47, 2, 4.47) is below T = 5.47, and the
        // 100-bit example has exactly two peaks above T = 17.31 (j = 21, 26). The reference code, and other
        // independent implementations, give N1 = 5 and 48, hence P = 0.468160 and 0.646355:
        BitTestResult small = NistSpectralTest.discreteFourierTransform(bits("1001010011"));
        assertThat(small.note()).startsWith("N1=5,");
        assertThat(small.pValue()).isCloseTo(0.468160, within(SIX));
        BitTestResult big = NistSpectralTest.discreteFourierTransform(bits(EPSILON_100));
        assertThat(big.note()).startsWith("N1=48,");
        assertThat(big.pValue()).isCloseTo(0.646355, within(SIX));
        // ... and the publication's d and P do follow from the N1 it states:
        assertThat(NistSpectralTest.statistic(10, 4)).isCloseTo(-2.176429, within(SIX));
        assertThat(NistSpectralTest.pValue(NistSpectralTest.statistic(10, 4))).isCloseTo(0.029523, within(SIX));
        assertThat(NistSpectralTest.statistic(100, 46)).isCloseTo(-1.376494, within(SIX));
        assertThat(NistSpectralTest.pValue(NistSpectralTest.statistic(100, 46))).isCloseTo(0.168669, within(SIX));
    }

    @Test
    void spectralTestCatchesAPeriodicSequence() {
        StringBuilder periodic = new StringBuilder();
        for (int i = 0; i < 4096; i++) {
            periodic.append("0011".charAt(i % 4));
        }
        assertThat(NistSpectralTest.discreteFourierTransform(bits(periodic.toString())).pValue()).isLessThan(1e-6);
    }

    @Test
    void serial() {
        BitTestResult r = NistSerialTests.serial(bits("0011011101"), 3);
        assertThat(r.statistic()).isCloseTo(1.6, within(1e-12));
        assertThat(r.pValues()).hasSize(2);
        assertThat(r.pValues().get(0)).isCloseTo(0.808792, within(SIX));
        assertThat(r.pValues().get(1)).isCloseTo(0.670320, within(SIX));
    }

    @Test
    void approximateEntropy() {
        BitTestResult small = NistSerialTests.approximateEntropy(bits("0100110101"), 3);
        assertThat(small.statistic()).isCloseTo(10.043859, within(1e-5));
        assertThat(small.pValue()).isCloseTo(0.261961, within(SIX));
        BitTestResult big = NistSerialTests.approximateEntropy(bits(EPSILON_100), 2);
        assertThat(big.statistic()).isCloseTo(5.550792, within(SIX));
        assertThat(big.pValue()).isCloseTo(0.235301, within(SIX));
    }

    @Test
    void cumulativeSums() {
        BitTestResult small = NistFrequencyTests.cumulativeSums(bits("1011010111"), false);
        assertThat(small.statistic()).isEqualTo(4.0);
        assertThat(small.pValue()).isCloseTo(0.411659, within(SIX)); // printed 0.4116588; 0.41165862 here
        BitTestResult both = NistFrequencyTests.cumulativeSums(bits(EPSILON_100));
        assertThat(both.note()).contains("z_forward=16").contains("z_backward=19");
        assertThat(both.pValues().get(0)).isCloseTo(0.219194, within(SIX));
        assertThat(both.pValues().get(1)).isCloseTo(0.114866, within(SIX));
    }

    @Test
    void fftAgreesWithTheDirectTransformForAnyLength() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        // powers of two, mixed radix (4, 2, 5, 3, 7), Bluestein (odd 4099, and 8198 whose half is the prime 4099),
        // the real split over a half of each kind
        for (int n : new int[] {65, 100, 128, 250, 1000, 1024, 1050, 3125, 4099, 8198, 10_000}) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextBoolean() ? 1 : -1;
            }
            double[] fast = Fft.magnitudes(x, n);
            double[] power = null;
            if (n % 2 == 0) {
                double[] even = new double[n / 2];
                double[] odd = new double[n / 2];
                for (int k = 0; k < n / 2; k++) {
                    even[k] = x[2 * k];
                    odd[k] = x[2 * k + 1];
                }
                power = Fft.realPowerSpectrum(even, odd);
            }
            for (int j : new int[] {0, 1, n / 3, n / 2 - 1, n / 2, n / 2 + 1, n - 1}) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < n; k++) {
                    double a = -2 * Math.PI * ((long) j * k % n) / n;
                    re += x[k] * Math.cos(a);
                    im += x[k] * Math.sin(a);
                }
                assertThat(fast[j]).as("n=%d j=%d", n, j).isCloseTo(Math.hypot(re, im), within(1e-7));
                if (power != null && j < n / 2) {
                    assertThat(Math.sqrt(power[j])).as("real split, n=%d j=%d", n, j)
                            .isCloseTo(Math.hypot(re, im), within(1e-7));
                }
            }
        }
    }
}
