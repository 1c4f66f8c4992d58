package dev.sessioninspector.capture;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One thread that runs tasks in the order they were submitted, waking at most once per
 * {@code coalesce} interval: a page load of a hundred exchanges costs the browser a few thread wake-ups
 * instead of a hundred (on a busy two-core machine each wake-up is a context switch the page pays for).
 */
final class CoalescingWorker {
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean signalled = new AtomicBoolean();
    private final long coalesceNanos;
    private final Thread thread;
    private volatile boolean stopping;
    /** A flush waits: skip the coalescing pause (its unpark may have been absorbed by the first park). */
    private volatile boolean urgent;

    CoalescingWorker(String name, Duration coalesce) {
        this.coalesceNanos = coalesce.toNanos();
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code task}; false once the worker is shutting down. */
    boolean submit(Runnable task) {
        if (stopping) {
            return false;
        }
        queue.add(task);
        if (!signalled.getAndSet(true)) {
            LockSupport.unpark(thread);
        }
        return true;
    }

    /** Waits until every task queued before this call has run; false on timeout. */
    boolean flush(Duration timeout) {
        if (stopping) {
            return shutdown(timeout); // everything queued runs before the thread ends
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(() -> done.complete(null));
        urgent = true;
        signalled.set(true);
        LockSupport.unpark(thread);
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Refuses new tasks, runs those queued, and waits up to {@code timeout} for that; false on timeout. */
    boolean shutdown(Duration timeout) {
        stopping = true;
        LockSupport.unpark(thread);
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private void loop() {
        while (true) {
            boolean last = stopping;
            Runnable task;
            while ((task = queue.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // tasks report their own failures; the worker must outlive any of them
                }
            }
            if (last) {
                return;
            }
            if (!signalled.get()) {
                LockSupport.park(this);
            }
            if (!stopping && !urgent && coalesceNanos > 0) {
                // let more work gather before draining; flush() and shutdown() unpark to cut this short
                LockSupport.parkNanos(this, coalesceNanos);
            }
            urgent = false;
            signalled.set(false);
        }
    }
}
