package dev.sessioninspector.entropy;

import static dev.sessioninspector.entropy.SpecialFunctions.igamc;

import java.util.Arrays;

/**
 * NIST SP 800-22 Rev 1a §2.4, the longest run of ones in a block, with the block length chosen from n as
 * the publication's table prescribes (M = 8 for n ≥ 128, 128 for n ≥ 6,272, 10⁴ for n ≥ 750,000) and the
 * class probabilities of §3.4 / the reference implementation.
 */
public final class NistLongestRunTest {
    private static final double[] PI_8 = {0.21484375, 0.3671875, 0.23046875, 0.1875};
    private static final double[] PI_128 = {0.1174035788, 0.242955959, 0.249363483, 0.17517706, 0.102701071,
        0.112398847};
    private static final double[] PI_10000 = {0.0882, 0.2092, 0.2483, 0.1933, 0.1208, 0.0675, 0.0727};

    private NistLongestRunTest() {
    }

    public static BitTestResult longestRunOfOnes(BitSequence bits) {
        int n = bits.length();
        int m;
        int lowest;
        double[] pi;
        if (n < 128) {
            return BitTestResult.notApplicable("longestRunOfOnes", "needs at least 128 bits, has " + n);
        } else if (n < 6272) {
            m = 8;
            lowest = 1;
            pi = PI_8;
        } else if (n < 750_000) {
            m = 128;
            lowest = 4;
            pi = PI_128;
        } else {
            m = 10_000;
            lowest = 10;
            pi = PI_10000;
        }
        int k = pi.length - 1;
        int blocks = n / m;
        int[] nu = new int[pi.length];
        for (int b = 0; b < blocks; b++) {
            int longest = longestRun(bits, b * m, m);
            int cls = Math.min(Math.max(longest, lowest), lowest + k) - lowest;
            nu[cls]++;
        }
        double chi2 = 0;
        for (int i = 0; i <= k; i++) {
            double expected = blocks * pi[i];
            chi2 += (nu[i] - expected) * (nu[i] - expected) / expected;
        }
        return BitTestResult.of("longestRunOfOnes", chi2, "M=" + m + ", N=" + blocks + ", nu=" + Arrays.toString(nu),
                igamc(k / 2.0, chi2 / 2.0));
    }

    private static int longestRun(BitSequence bits, int from, int length) {
        int longest = 0;
        int run = 0;
        for (int i = from; i < from + length; i++) {
            if (bits.bit(i) == 1) {
                run++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        return longest;
    }
}
