package dev.sessioninspector.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.entropy.IssueWindow;
import dev.sessioninspector.entropy.StructureFinding;
import dev.sessioninspector.testkit.TokenSamples;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What ends a sample early: the generator the tokens so far show, and only that. */
class GeneratorCheckTest {
    private static final Instant NOW = Instant.now();
    private static final IssueWindow WINDOW = IssueWindow.endingAt(NOW);

    private static Optional<StructureFinding.Kind> found(List<String> tokens) {
        return GeneratorCheck.STRUCTURE.find(tokens, WINDOW).map(StructureFinding::kind);
    }

    @Test
    void aCounterOrAClockIsFoundFromTwentyTokensOn() {
        List<String> counter = new ArrayList<>();
        for (int i = 1; i <= GeneratorCheck.MIN_FOR_COUNTER; i++) {
            counter.add("SESS" + (100_000 + i));
        }
        assertThat(found(counter)).contains(StructureFinding.Kind.COUNTER);
        assertThat(found(counter.subList(0, GeneratorCheck.MIN_FOR_COUNTER - 1))).isEmpty();
        List<String> seconds = new ArrayList<>();
        for (int i = 0; i < GeneratorCheck.MIN_FOR_COUNTER; i++) {
            seconds.add(Long.toString(NOW.getEpochSecond() - 30 + i));
        }
        assertThat(found(seconds)).contains(StructureFinding.Kind.TIMESTAMP);
    }

    @Test
    void aDigestOfTheClockIsFoundInFiveTokens() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < GeneratorWatch.FIRST; i++) {
            tokens.add(TokenSamples.digest("SHA-1", Long.toString(NOW.getEpochSecond() - 10 + i)));
        }
        assertThat(found(tokens)).contains(StructureFinding.Kind.HASHED_CLOCK);
    }

    @Test
    void randomTokensAndAClockBesideEnoughRandomBitsEndNothing() {
        SecureRandom random = new SecureRandom();
        List<String> hex = new ArrayList<>();
        List<String> stamped = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            byte[] b = new byte[20];
            random.nextBytes(b);
            hex.add(HexFormat.of().formatHex(b, 0, 16));
            stamped.add((NOW.getEpochSecond() - 80 + i) + HexFormat.of().formatHex(b)); // 160 random bits
        }
        for (int n : new int[] {GeneratorWatch.FIRST, 20, 80}) {
            assertThat(found(hex.subList(0, n))).as(n + " random tokens").isEmpty();
        }
        // the clock is there, but 128 random bits beside it: the sample goes on to judge them
        assertThat(GeneratorCheck.STRUCTURE.find(stamped, WINDOW)).isEmpty();
        assertThat(dev.sessioninspector.entropy.TokenAnalyzer.analyze(stamped).structure()
                .has(StructureFinding.Kind.TIMESTAMP)).isTrue();
    }

    @Test
    void theWatchChecksAtFiveTwentyEightyTokensAndStopsAfterTheFirstFind() throws Exception {
        List<Integer> checked = new CopyOnWriteArrayList<>();
        CountDownLatch twoChecks = new CountDownLatch(2);
        CountDownLatch found = new CountDownLatch(1);
        GeneratorCheck check = (tokens, window) -> {
            checked.add(tokens.size());
            twoChecks.countDown();
            return tokens.size() >= 80 ? Optional.of(StructureFinding.global(StructureFinding.Kind.COUNTER, "counts"))
                    : Optional.empty();
        };
        List<StructureFinding> reported = new CopyOnWriteArrayList<>();
        try (GeneratorWatch watch = new GeneratorWatch(check, java.time.Clock.systemUTC(), f -> {
            reported.add(f);
            found.countDown();
        })) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                tokens.add("t" + i);
                watch.offer(tokens);
            }
            assertThat(twoChecks.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 40; i < 400; i++) {
                tokens.add("t" + i);
                watch.offer(tokens);
            }
            assertThat(found.await(10, TimeUnit.SECONDS)).isTrue();
            // a check due while one runs takes the newest tokens when it ends: 80 or, if that was overtaken, 320
            assertThat(checked).startsWith(5, 20);
            assertThat(checked.get(checked.size() - 1)).isIn(80, 320);
            int checks = checked.size();
            for (int i = 400; i < 1300; i++) {
                tokens.add("t" + i);
                watch.offer(tokens);
            }
            assertThat(checked).as("no check after the find").hasSize(checks);
            assertThat(reported).hasSize(1);
        }
    }

    @Test
    void aCheckThatThrowsFindsNothingAndTheNextCheckStillRuns() throws Exception {
        CountDownLatch firstCheck = new CountDownLatch(1);
        CountDownLatch found = new CountDownLatch(1);
        GeneratorCheck check = (tokens, window) -> {
            if (tokens.size() < 20) {
                firstCheck.countDown();
                throw new IllegalStateException("a token the analysis cannot take");
            }
            return Optional.of(StructureFinding.global(StructureFinding.Kind.COUNTER, "counts"));
        };
        try (GeneratorWatch watch = new GeneratorWatch(check, java.time.Clock.systemUTC(), f -> found.countDown())) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < GeneratorWatch.FIRST; i++) {
                tokens.add("t" + i);
                watch.offer(tokens);
            }
            assertThat(firstCheck.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = GeneratorWatch.FIRST; i < 20; i++) {
                tokens.add("t" + i);
                watch.offer(tokens);
            }
            assertThat(found.await(10, TimeUnit.SECONDS)).as("the check at 20 tokens ran").isTrue();
        }
    }
}
