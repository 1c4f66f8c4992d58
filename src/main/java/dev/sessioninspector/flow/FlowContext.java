package dev.sessioninspector.flow;

import dev.sessioninspector.model.RecordingSink;
import java.time.Clock;
import java.util.Objects;

/** What an engine records into and runs with. */
public record FlowContext(RecordingSink sink, Clock clock, FlowOptions options, FlowListener listener) {
    public FlowContext {
        Objects.requireNonNull(sink, "sink");
        clock = clock == null ? Clock.systemUTC() : clock;
        options = options == null ? FlowOptions.defaults() : options;
        listener = listener == null ? FlowListener.NONE : listener;
    }
}
