package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Decimals.fixed writes what String.format(Locale.ROOT, "%.Nf") writes. */
class DecimalsTest {
    @Test
    void edgeCasesAreTheFormattersText() {
        double[] values = {0, -0.0, 1, -1, 0.5, 0.0000005, 0.0000015, 0.0000025, -0.0000005, -0.0000004, 0.1234565,
            0.9999995, 0.99999949, 1e-300, -1e-300, 1e20, 123456789.123456789, Double.MIN_VALUE, Double.MAX_VALUE,
            0.953749, 0.2110715, 2.5e-7, 0.30615649999999997, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double v : values) {
            for (int digits : new int[] {0, 1, 6}) {
                assertThat(Decimals.fixed(v, digits)).as("%s, %d", v, digits)
                        .isEqualTo(String.format(Locale.ROOT, "%." + digits + "f", v));
            }
        }
    }

    @Test
    void randomPValuesAndStatisticsAreTheFormattersText() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> Math.round(random.nextDouble() * 1e7) / 1e7; // on the half of the sixth decimal, often
                case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 12));
                default -> Double.longBitsToDouble(random.nextLong());
            };
            assertThat(Decimals.fixed(v, 6)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.6f", v));
        }
    }
}
