package dev.sessioninspector.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CoalescingWorkerTest {
    @Test
    void runsTasksInSubmissionOrderFromManyThreads() throws Exception {
        CoalescingWorker worker = new CoalescingWorker("test-worker", Duration.ofMillis(5));
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = IntStream.range(0, 4).mapToObj(t -> new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            for (int i = 0; i < 500; i++) {
                int seq = i;
                worker.submit(() -> ran.add(t + ":" + seq));
            }
        })).toList();
        threads.forEach(Thread::start);
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(worker.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(ran).hasSize(2000);
        for (int t = 0; t < 4; t++) {
            String prefix = t + ":";
            List<Integer> mine = ran.stream().filter(s -> s.startsWith(prefix))
                    .map(s -> Integer.parseInt(s.substring(2))).toList();
            assertThat(mine).isEqualTo(IntStream.range(0, 500).boxed().toList());
        }
        assertThat(worker.shutdown(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void shutdownRunsWhatIsQueuedThenRefusesMore() throws Exception {
        CoalescingWorker worker = new CoalescingWorker("test-worker", Duration.ofSeconds(30));
        List<Integer> ran = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            worker.submit(() -> ran.add(n));
        }
        worker.submit(() -> {
            throw new IllegalStateException("a failing task does not stop the worker");
        });
        worker.submit(() -> ran.add(100));
        long t0 = System.nanoTime();
        assertThat(worker.shutdown(Duration.ofSeconds(5))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(ran).hasSize(101).isSorted();
        assertThat(worker.submit(() -> ran.add(-1))).isFalse();
        assertThat(worker.flush(Duration.ofSeconds(1))).isTrue();
        assertThat(ran).hasSize(101);
    }

    @Test
    void flushDoesNotWaitForTheCoalescingWindow() {
        CoalescingWorker worker = new CoalescingWorker("test-worker", Duration.ofSeconds(30));
        List<Integer> ran = new CopyOnWriteArrayList<>();
        worker.submit(() -> ran.add(1));
        long t0 = System.nanoTime();
        assertThat(worker.flush(Duration.ofSeconds(5))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(ran).containsExactly(1);
        worker.shutdown(Duration.ofSeconds(5));
    }
}
