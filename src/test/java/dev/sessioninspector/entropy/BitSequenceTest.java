package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BitSequenceTest {
    @Test
    void parsesZerosAndOnesIgnoringWhitespace() {
        BitSequence b = BitSequence.parse("10 1\n1\t0");
        assertThat(b.length()).isEqualTo(5);
        assertThat(b.toString()).isEqualTo("10110");
        assertThat(b.countOnes()).isEqualTo(3);
    }

    @Test
    void rejectsOtherCharactersNamingTheFirst() {
        assertThatThrownBy(() -> BitSequence.parse("0101x01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'").hasMessageContaining("offset 4");
        assertThatThrownBy(() -> BitSequence.parse("01\u000101"))
                .hasMessageContaining("\\u0001");
    }

    @Test
    void theAsciiScanReadsWhatParseReadsAcrossWordBoundaries() {
        SplittableRandom random = new SplittableRandom(2);
        String spaces = " \t\n\u000B\f\r\u001C\u001D\u001E\u001F";
        for (int n : new int[] {0, 1, 63, 64, 65, 128, 1000}) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                text.append(random.nextBoolean() ? '1' : '0');
                if (random.nextInt(5) == 0) {
                    text.append(spaces.charAt(random.nextInt(spaces.length())));
                }
            }
            BitSequence fast = BitSequence.parseAscii(text.toString().getBytes(StandardCharsets.US_ASCII));
            assertThat(fast).as("n=%d", n).isEqualTo(BitSequence.parse(text));
            assertThat(fast.length()).isEqualTo(n);
        }
    }

    @Test
    void theAsciiScanLeavesAnythingElseToParse() {
        for (String text : new String[] {"0101x01", "01\u000101", "\uFEFF0101", "01\u00A001", "01\u200301", "012"}) {
            assertThat(BitSequence.parseAscii(text.getBytes(StandardCharsets.UTF_8))).as(text).isNull();
        }
    }

    @Test
    void bytesAreReadMostSignificantBitFirst() {
        assertThat(BitSequence.ofBytes(new byte[] {(byte) 0xA5, 0x01}).toString()).isEqualTo("1010010100000001");
    }

    @Test
    void countsAndTransitionsMatchANaiveLoopAcrossWordBoundaries() {
        SplittableRandom random = new SplittableRandom(1);
        for (int n : new int[] {1, 2, 63, 64, 65, 127, 128, 129, 1000}) {
            int[] raw = new int[n];
            for (int i = 0; i < n; i++) {
                raw[i] = random.nextInt(2);
            }
            BitSequence b = BitSequence.of(raw);
            int transitions = 0;
            for (int i = 0; i + 1 < n; i++) {
                transitions += raw[i] != raw[i + 1] ? 1 : 0;
            }
            assertThat(b.transitions()).as("n=%d", n).isEqualTo(transitions);
            int from = n / 3;
            int to = n - n / 5;
            int ones = 0;
            for (int i = from; i < to; i++) {
                ones += raw[i];
            }
            assertThat(b.countOnes(from, to)).isEqualTo(ones);
            assertThat(b.prefix(to).countOnes()).isEqualTo(b.countOnes(0, to));
        }
    }

    @Test
    void equalityIsByContent() {
        assertThat(BitSequence.parse("0110")).isEqualTo(BitSequence.of(0, 1, 1, 0))
                .isNotEqualTo(BitSequence.parse("01100"));
    }
}
