package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SP 800-90B §6.3 estimators on sequences whose answers follow from the publication's formulas by hand, and
 * the token-level figure beside effective entropy (issue 12 §3).
 */
class MinEntropyTest {
    private static BitSequence bits(int n, java.util.function.IntUnaryOperator bit) {
        BitSequence.Builder b = BitSequence.builder(n);
        for (int i = 0; i < n; i++) {
            b.append(bit.applyAsInt(i));
        }
        return b.build();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void mostCommonValueIsTheUpperBoundOfTheCommonerBit() {
        // 750 ones in 1,000: p̂ = 0.75, p_u = 0.75 + Z·sqrt(0.75·0.25/999), Z the normal 0.995 quantile
        BitSequence s = bits(1000, i -> i % 4 == 0 ? 0 : 1);
        double z = 2.5758293035489004;
        double pu = 0.75 + z * Math.sqrt(0.75 * 0.25 / 999);
        assertThat(MinEntropyEstimators.mostCommonValue(s)).isCloseTo(-log2(pu), within(1e-12));
        assertThat(MinEntropyEstimators.ceiling(1000)).isCloseTo(-log2(0.5 + z * Math.sqrt(0.25 / 999)),
                within(1e-12));
    }

    @Test
    void markovOfAnAlternatingSequenceIsOneBitPer128() {
        // P(0→1) = P(1→0) = 1: the path 0101… of 128 bits has probability 1/2, so H = 1/128
        BitSequence s = bits(1000, i -> i % 2);
        assertThat(MinEntropyEstimators.markov(s)).isCloseTo(1.0 / 128, within(1e-12));
        assertThat(TupleEstimates.tupleAndLrs(s)[0]).isLessThan(0.02);
    }

    @Test
    void collisionOfPairsRepeatingAtOnce() {
        // 00 11 00 11 …: every collision comes at t = 2, σ̂ = 0, X̄′ = 2, so p = 1 and H = 0
        BitSequence s = bits(1000, i -> (i / 2) % 2);
        assertThat(MinEntropyEstimators.collision(s)).isZero();
    }

    @Test
    void aConstantBitHasNoEntropyAndRandomBitsReachTheCeiling() {
        for (double h : MinEntropyEstimators.estimate(bits(20_000, i -> 0))) {
            assertThat(Double.isNaN(h) || h == 0).as("estimate %s", h).isTrue();
        }
        var r = Generators.secure(5);
        BitSequence random = bits(20_000, i -> r.nextBoolean() ? 1 : 0);
        double[] e = MinEntropyEstimators.estimate(random);
        double ceiling = MinEntropyEstimators.ceiling(20_000);
        assertThat(e[0]).isGreaterThan(0.9).isLessThanOrEqualTo(ceiling);
        assertThat(e[2]).isGreaterThan(0.9); // Markov
        assertThat(e[3]).isBetween(0.3, 1.0); // compression applies from 6,006 bits
        assertThat(MinEntropyEstimators.compression(bits(2000, i -> 0))).isNaN();
    }

    @Test
    void tokensCarryTheConservativeFigureBesideEffectiveEntropy() {
        TokenAnalysis good = TokenAnalyzer.analyze(Generators.secureHex(2000, 16, 21));
        MinEntropy m = good.minEntropy();
        assertThat(m.ceilingBits()).isCloseTo(128 * MinEntropyEstimators.ceiling(2000), within(1e-9));
        assertThat(m.bitsPerToken()).isGreaterThan(80).isLessThanOrEqualTo(m.ceilingBits())
                .isLessThanOrEqualTo(good.effectiveEntropyAt(0.01));
        assertThat(m.estimators().keySet()).containsExactly("mostCommonValue", "collision", "markov", "compression",
                "tTuple", "lrs");
        assertThat(m.estimators().get("compression")).isNaN();

        List<String> biased = Generators.tokens(2000, i -> {
            char[] c = Generators.secureHex(1, 16, 1000 + i).get(0).toCharArray();
            c[0] = i % 3 == 0 ? c[0] : '0';
            return new String(c);
        });
        // the first character's 4 bits fall from the collision estimate's ~0.63 a bit (the lowest for random bits)
        // to the most common value's ~0.27 (a 0 bit about 5 times in 6): about 1.4 bits a token fewer
        assertThat(TokenAnalyzer.analyze(biased).minEntropy().bitsPerToken()).isLessThan(m.bitsPerToken() - 1);
    }
}
