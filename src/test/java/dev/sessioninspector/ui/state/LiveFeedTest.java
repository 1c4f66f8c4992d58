package dev.sessioninspector.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.browser.engine.FxRunner;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.StoredBatch;
import dev.sessioninspector.ui.inspect.ViewFixtures;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live feed: committed batches reach the views in order, one hand-off in flight, nothing lost. */
class LiveFeedTest {
    private final RecordingData data = ViewFixtures.synthetic(30);

    /** An FX thread the test turns by hand. */
    private static final class ManualFx implements FxRunner {
        final ArrayDeque<Runnable> queued = new ArrayDeque<>();

        @Override
        public void run(Runnable work) {
            queued.add(work);
        }

        void turn() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    private StoredBatch batch(int from, int to) {
        return new StoredBatch(data.exchanges().subList(from, to), List.of(), List.of(), List.of());
    }

    @Test
    void batchesThatQueueWhileTheFxThreadIsBusyArriveTogetherInOrder() {
        ManualFx fx = new ManualFx();
        List<StoredBatch> seen = new ArrayList<>();
        LiveFeed feed = new LiveFeed(fx, seen::add, java.time.Duration.ZERO);
        feed.batchCommitted(batch(0, 5));
        feed.batchCommitted(batch(5, 12));
        feed.batchCommitted(batch(12, 13));
        assertThat(fx.queued).as("one hand-off however many commits").hasSize(1);
        fx.turn();
        assertThat(seen).singleElement().satisfies(b -> assertThat(b.exchanges())
                .containsExactlyElementsOf(data.exchanges().subList(0, 13)));

        feed.batchCommitted(batch(13, 30));
        assertThat(fx.queued).hasSize(1);
        fx.turn();
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1).exchanges()).extracting(Exchange::id).first().isEqualTo(14L);
    }

    @Test
    void handOffsKeepTheirIntervalAndWhatCommitsMeanwhileWaitsForTheNext() throws Exception {
        ManualFx fx = new ManualFx();
        List<StoredBatch> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        LiveFeed feed = new LiveFeed(work -> {
            synchronized (fx) {
                fx.run(work);
            }
        }, seen::add, java.time.Duration.ofMillis(200));
        feed.batchCommitted(batch(0, 1));
        synchronized (fx) {
            assertThat(fx.queued).as("the first at once").hasSize(1);
            fx.turn();
        }
        feed.batchCommitted(batch(1, 2));
        feed.batchCommitted(batch(2, 3));
        synchronized (fx) {
            assertThat(fx.queued).as("the next waits for the interval").isEmpty();
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            synchronized (fx) {
                if (!fx.queued.isEmpty()) {
                    fx.turn();
                    break;
                }
            }
            Thread.sleep(10);
        }
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1).exchanges()).containsExactlyElementsOf(data.exchanges().subList(1, 3));
    }

    @Test
    void aViewAppendsAndRebuildsFromWhatWasCommittedNotFromTheStore() throws Exception {
        try (InspectorState state = new InspectorState(FxRunner.DIRECT)) {
            List<Integer> built = java.util.Collections.synchronizedList(new ArrayList<>());
            LiveRebuild<Integer> live = new LiveRebuild<>(state, d -> d.exchanges().size(), built::add);
            state.onAppended(live::append);
            live.append(batch(0, 3));
            assertThat(built).as("no recording on screen: ignored").isEmpty();

            live.reset(new RecordingData(data.recording(), List.of(), List.of(), List.of(), List.of()));
            LiveFeed feed = new LiveFeed(state.fx(), state::append, java.time.Duration.ofMillis(50));
            feed.batchCommitted(batch(0, 10));
            feed.batchCommitted(batch(10, 25));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while ((built.isEmpty() || !Integer.valueOf(25).equals(built.get(built.size() - 1))) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(built).last().isEqualTo(25);
            assertThat(built).isSorted();
        }
    }
}
