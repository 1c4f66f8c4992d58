package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One bit position of a good generator drifts to 62 % ones in a 300-token sample now and then (about one sample
 * in a hundred over 128 bits). That is the frequency test's call, at its own P-value; NIST's runs test reports
 * P = 0 when its frequency prerequisite fails, and counting that as a certain failure flagged ~1 % of
 * SecureRandom samples as predictable.
 */
class BiasedBitFalseAlarmTest {

    @Test
    void aSinglePositionSlightlyBiasedIsNotCalledPredictable() throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(20261126L);
        List<Boolean> ones = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ones.add(i < 186);
        }
        java.util.Collections.shuffle(ones, random);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[16];
            random.nextBytes(b);
            // top bit of the first byte: 186 ones in 300 (62 %), in random order, |pi - 1/2| = 0.12 >= 2/sqrt(300) = 0.115
            b[0] = (byte) (ones.get(i) ? (b[0] | 0x80) : (b[0] & 0x7f));
            tokens.add(HexFormat.of().formatHex(b));
        }
        TokenAnalysis analysis = TokenAnalyzer.analyze(tokens);
        assertThat(analysis.verdict().predictable()).as(analysis.verdict().reasons().toString()).isFalse();
        assertThat(analysis.verdict().tooShort()).isFalse();
    }
}
