package dev.sessioninspector.ui.probes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.testkit.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probes' countdown on a fake clock: the absolute probe's wait (many gaps, a request between two) counts down
 * the whole remaining lifetime without restarting at each gap; the idle probe's single wait counts down itself.
 */
class CountdownSleeperTest {
    private final FakeClock clock = new FakeClock();
    private final List<Duration> shown = new ArrayList<>();
    private final CountdownSleeper sleeper = new CountdownSleeper(shown::add, clock, clock::advance);

    /** A request to the signed-in page between two gaps takes this long. */
    private static final Duration REQUEST = Duration.ofMillis(40);

    @Test
    void theAbsoluteWaitCountsDownItsWholeLifetimeAcrossGaps() throws InterruptedException {
        Duration total = Duration.ofSeconds(63); // IdleTimeoutProbe.idleFor(60 s)
        Duration gap = Duration.ofSeconds(3); // AbsoluteTimeoutProbe.touchEvery(60 s)
        sleeper.expect(total);
        List<Duration> atGapStarts = new ArrayList<>();
        for (Duration busy = Duration.ZERO; busy.compareTo(total) < 0; busy = busy.plus(gap)) {
            int before = shown.size();
            sleeper.sleep(gap);
            atGapStarts.add(shown.get(before));
            clock.advance(REQUEST);
        }
        assertThat(shown.get(0)).as("starts from the whole wait").isEqualTo(total);
        assertThat(atGapStarts).hasSize(21);
        assertThat(atGapStarts.get(1)).as("the second gap does not restart at 3 s")
                .isEqualTo(total.minus(gap));
        assertThat(atGapStarts.get(10)).isGreaterThan(Duration.ofSeconds(30));
        for (int i = 1; i < shown.size(); i++) {
            assertThat(shown.get(i)).as("never goes up (step %d)", i).isLessThanOrEqualTo(shown.get(i - 1));
        }
        assertThat(shown.get(shown.size() - 1)).as("zero once, at the end").isZero();
        assertThat(shown.stream().filter(Duration::isZero)).hasSize(1);
        assertThat(shown.stream().filter(d -> d.compareTo(gap) > 0).count())
                .as("most of the wait shows more than one gap").isGreaterThan(shown.size() / 2);
    }

    @Test
    void aSingleWaitCountsDownItselfAndEndsOnZero() throws InterruptedException {
        sleeper.sleep(Duration.ofSeconds(2));
        assertThat(shown.get(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(shown).hasSize(9).last().isEqualTo(Duration.ZERO);
        assertThat(shown.get(4)).isEqualTo(Duration.ofSeconds(1));
    }
}
