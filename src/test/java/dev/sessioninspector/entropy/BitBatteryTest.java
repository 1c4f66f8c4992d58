package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BitBatteryTest {
    @Test
    void goodRandomBitsPassTheWholeBattery() throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(42L);
        byte[] bytes = new byte[1_000_000 / 8];
        random.nextBytes(bytes);
        BitBatteryResult r = BitBattery.run(BitSequence.ofBytes(bytes));
        assertThat(r.bits()).isEqualTo(1_000_000);
        assertThat(r.nistTests()).allMatch(BitTestResult::applicable);
        assertThat(r.serial().pValues()).hasSize(2);
        assertThat(r.cumulativeSums().pValues()).hasSize(2);
        assertThat(r.nistTests()).allMatch(t -> t.minPValue() >= 0.0001, "every P-value >= 0.0001");
        assertThat(r.fips140_2().blocks()).isEqualTo(50);
        assertThat(r.fips140_2().failedBlocks()).isLessThanOrEqualTo(1);
        assertThat(r.longestRunOfOnes().note()).contains("M=10000");
    }

    @Test
    void aBiasedOrPatternedSourceFails() {
        SplittableRandom random = new SplittableRandom(3);
        BitBatteryResult biased = BitBattery.run(FipsTest.randomBits(random, 200_000, 0.51));
        assertThat(biased.frequency().pValue()).isLessThan(1e-6);
        assertThat(biased.fips140_2().monobitFailures()).isPositive();

        // an LFSR-like pattern with perfect balance but short period is caught by serial and rank tests
        BitSequence.Builder b = BitSequence.builder(200_000);
        for (int i = 0; i < 200_000; i++) {
            b.append(Integer.bitCount(i & 0x2D) & 1);
        }
        BitBatteryResult patterned = BitBattery.run(b.build());
        assertThat(patterned.passes(0.001)).isFalse();
        assertThat(patterned.approximateEntropy().pValue()).isLessThan(1e-6);
    }

    @Test
    void shortSequencesSayWhichTestsDidNotApply() {
        BitBatteryResult r = BitBattery.run(BitSequence.parse("1011010101".repeat(20)));
        assertThat(r.frequency().applicable()).isTrue();
        assertThat(r.binaryMatrixRank().applicable()).isFalse();
        assertThat(r.binaryMatrixRank().note()).contains("38912");
        assertThat(r.serial().applicable()).isFalse();
        assertThat(r.approximateEntropy().applicable()).isFalse();
        assertThat(r.fips140_2().blockBits()).isEqualTo(200);
        assertThat(BitBattery.run(BitSequence.parse("0101")).fips140_2()).isNull();
    }
}
