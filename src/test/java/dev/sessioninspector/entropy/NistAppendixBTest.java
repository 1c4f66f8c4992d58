package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SP 800-22 Rev 1a Appendix B: the P-values of the first 1,000,000 bits of e (as NIST's {@code data/data.e}
 * holds them: "10" for the integer part, then the fraction) for the tests this project implements with the
 * appendix's parameters. The bits are computed here (binary splitting of Σ 1/k!), not shipped.
 */
class NistAppendixBTest {
    private static final double SIX = 5e-7;
    private static BitSequence e;

    @BeforeAll
    static void computeE() {
        e = binaryExpansionOfE(1_000_000);
    }

    /** The first {@code n} bits of e in binary, most significant first: floor(e · 2^(n−2)). */
    static BitSequence binaryExpansionOfE(int n) {
        double log2Factorial = 0;
        int terms = 1;
        while (log2Factorial < n + 64) {
            terms++;
            log2Factorial += Math.log(terms) / Math.log(2);
        }
        BigInteger[] pq = sumOfReciprocalFactorials(0, terms);
        BigInteger value = pq[0].add(pq[1]).shiftLeft(n - 2).divide(pq[1]);
        BitSequence.Builder b = BitSequence.builder(n);
        for (int i = n - 1; i >= 0; i--) {
            b.append(value.testBit(i) ? 1 : 0);
        }
        return b.build();
    }

    /** {P, Q} with P/Q = Σ_{k=a+1}^{b} a!/k! (binary splitting). */
    private static BigInteger[] sumOfReciprocalFactorials(long a, long b) {
        if (b - a == 1) {
            return new BigInteger[] {BigInteger.ONE, BigInteger.valueOf(b)};
        }
        long m = (a + b) / 2;
        BigInteger[] left = sumOfReciprocalFactorials(a, m);
        BigInteger[] right = sumOfReciprocalFactorials(m, b);
        return new BigInteger[] {left[0].multiply(right[1]).add(right[0]), left[1].multiply(right[1])};
    }

    @Test
    void theBitsAreEs() {
        assertThat(e.length()).isEqualTo(1_000_000);
        assertThat(e.toString()).startsWith("10" + "1011011111100001010100010110001010001010111011010");
    }

    @Test
    void binaryMatrixRankMatchesTheReferenceCode() {
        BitTestResult rank = NistMatrixRankTest.binaryMatrixRank(e);
        assertThat(rank.pValue()).isCloseTo(0.306156, within(SIX));
        // §2.5.4's rounded probabilities give the value this project printed before (issue 12)
        assertThat(NistMatrixRankTest.binaryMatrixRank(e, 32, 32, NistMatrixRankTest.PUBLISHED_ASYMPTOTIC)
                .pValue()).isCloseTo(0.307543, within(SIX));
    }

    @Test
    void exactClassProbabilitiesForThirtyTwoByThirtyTwo() {
        double[] p = NistMatrixRankTest.classProbabilities(32, 32);
        assertThat(p[0]).isCloseTo(0.2887880952, within(1e-9));
        assertThat(p[1]).isCloseTo(0.5775761902, within(1e-9));
        assertThat(p[2]).isCloseTo(0.1336357146, within(1e-9));
    }

    @Test
    void theOtherTestsMatchAppendixB() {
        assertThat(NistFrequencyTests.frequency(e).pValue()).isCloseTo(0.953749, within(SIX));
        assertThat(NistFrequencyTests.blockFrequency(e, 128).pValue()).isCloseTo(0.211072, within(SIX));
        assertThat(NistFrequencyTests.runs(e).pValue()).isCloseTo(0.561917, within(SIX));
        assertThat(NistLongestRunTest.longestRunOfOnes(e).pValue()).isCloseTo(0.718945, within(SIX));
        assertThat(NistSpectralTest.discreteFourierTransform(e).pValue()).isCloseTo(0.847187, within(SIX));
        assertThat(NistSerialTests.approximateEntropy(e, 10).pValue()).isCloseTo(0.700073, within(SIX));
        assertThat(NistSerialTests.serial(e, 16).pValues()).satisfiesExactly(
                p -> assertThat(p).isCloseTo(0.766182, within(SIX)),
                p -> assertThat(p).isCloseTo(0.462921, within(SIX)));
        assertThat(List.of(NistFrequencyTests.cumulativeSums(e, false).pValue(),
                NistFrequencyTests.cumulativeSums(e, true).pValue())).satisfiesExactly(
                        p -> assertThat(p).isCloseTo(0.669886, within(SIX)),
                        p -> assertThat(p).isCloseTo(0.724265, within(SIX)));
    }
}
