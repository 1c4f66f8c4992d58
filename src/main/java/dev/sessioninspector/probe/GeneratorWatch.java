package dev.sessioninspector.probe;

import dev.sessioninspector.entropy.IssueWindow;
import dev.sessioninspector.entropy.StructureFinding;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a {@link GeneratorCheck} on a sample's tokens as they come, on a thread of its own so the sampling never
 * waits for it: at {@value #FIRST} tokens, then each time the count has grown fourfold (5, 20, 80, 320…). A check
 * still running when the next is due runs on the newest tokens once it ends. The first generator found is handed
 * to {@code found}, once; no check runs after it, or after
 * {@link #close()}. A check that throws finds nothing; the next one is still made.
 */
final class GeneratorWatch implements AutoCloseable {
    /** Tokens before the first check: fewer show no generator. */
    static final int FIRST = 5;
    private static final int GROWTH = 4;

    private final GeneratorCheck check;
    private final Clock clock;
    private final Consumer<StructureFinding> found;
    private int due = FIRST;
    private boolean running;
    private boolean closed;
    private List<String> pending;

    GeneratorWatch(GeneratorCheck check, Clock clock, Consumer<StructureFinding> found) {
        this.check = Objects.requireNonNull(check, "check");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.found = Objects.requireNonNull(found, "found");
    }

    /**
     * The tokens so far, under the lock that guards them; a copy of them is checked when a check is due.
     */
    synchronized void offer(List<String> live) {
        if (closed || live.size() < due) {
            return;
        }
        while (due <= live.size()) {
            due *= GROWTH;
        }
        List<String> tokens = List.copyOf(live);
        if (running) {
            pending = tokens;
            return;
        }
        running = true;
        Thread t = new Thread(() -> checkFrom(tokens), "token-sampler-check");
        t.setDaemon(true);
        t.start();
    }

    private void checkFrom(List<String> first) {
        List<String> tokens = first;
        while (tokens != null) {
            Optional<StructureFinding> g;
            try {
                g = check.find(tokens, IssueWindow.endingAt(clock.instant()));
            } catch (RuntimeException failed) {
                // a check that fails finds nothing: the sample goes on, and the next check is still due (uncaught,
                // this thread died with running set, so no check ever ran again, and printed a stack trace)
                g = Optional.empty();
            }
            synchronized (this) {
                if (closed) {
                    running = false;
                    return;
                }
                if (g.isPresent()) {
                    closed = true;
                } else {
                    tokens = pending;
                    pending = null;
                    running = tokens != null;
                }
            }
            if (g.isPresent()) {
                found.accept(g.get());
                return;
            }
        }
    }

    /** No check starts after this; one running is ignored when it ends. */
    @Override
    public synchronized void close() {
        closed = true;
        pending = null;
    }
}
