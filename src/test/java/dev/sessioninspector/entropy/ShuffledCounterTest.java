package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A counter sampled by several threads arrives out of order; a dense block of distinct values is still a counter. */
class ShuffledCounterTest {

    @Test
    void aFourDigitCounterFullyShuffledIsStillACounter() {
        List<Long> values = new ArrayList<>();
        for (long i = 0; i < 150; i++) {
            values.add(1000 + i);
        }
        Collections.shuffle(values, new Random(7));
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        assertThat(SequenceDetectors.isCounter(v, 10_000)).isTrue();
    }

    @Test
    void randomFourDigitNumbersAreNot() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            long[] v = random.longs(150, 0, 10_000).toArray();
            assertThat(SequenceDetectors.isCounter(v, 10_000)).isFalse();
        }
    }

    @Test
    void randomThreeHexDigitWindowsOfASmallSampleAreNot() {
        Random random = new Random(13);
        for (int round = 0; round < 500; round++) {
            long[] v = random.longs(20, 0, 4096).toArray();
            assertThat(SequenceDetectors.isCounter(v, 4096)).isFalse();
        }
    }
}
