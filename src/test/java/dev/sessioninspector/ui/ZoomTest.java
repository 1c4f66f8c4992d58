package dev.sessioninspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoomTest {
    @Test
    void stepsLikeABrowser() {
        assertThat(Zoom.next(100, +1)).isEqualTo(110);
        assertThat(Zoom.next(100, -1)).isEqualTo(90);
        assertThat(Zoom.next(300, +1)).as("stops at the top").isEqualTo(300);
        assertThat(Zoom.next(50, -1)).as("stops at the bottom").isEqualTo(50);
    }

    @Test
    void snapsAnOddValueToTheNeighbouringStep() {
        assertThat(Zoom.next(105, +1)).isEqualTo(110);
        assertThat(Zoom.next(105, -1)).isEqualTo(100);
        assertThat(Zoom.next(1000, -1)).isEqualTo(300);
    }
}
