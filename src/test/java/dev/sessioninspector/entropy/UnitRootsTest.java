package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitRootsTest {
    @Test
    void everyRootIsTheDirectOneWithinRounding() {
        for (int n : new int[] {1, 2, 3, 5, 8, 100, 1000, 4099, 500_000, 1_000_000}) {
            UnitRoots roots = new UnitRoots(n);
            int step = Math.max(1, n / 5000);
            for (int k = 0; k < n; k += step) {
                double angle = -2 * Math.PI * k / n;
                assertThat(roots.cos(k)).as("cos n=%d k=%d", n, k).isCloseTo(Math.cos(angle), within(4e-15));
                assertThat(roots.sin(k)).as("sin n=%d k=%d", n, k).isCloseTo(Math.sin(angle), within(4e-15));
            }
        }
    }
}
