package dev.sessioninspector.flow;

/** Told how a run progresses (e.g. to print progress on stderr or move a GUI bar). Called on the engine's thread. */
public interface FlowListener {
    FlowListener NONE = new FlowListener() {
    };

    /** Step {@code number} (1-based) is about to run. */
    default void stepStarted(int number, FlowStep step) {
    }

    /** Step {@code number} ran; {@code outcome} says what came back, e.g. {@code "302 -> 200 /account"}. */
    default void stepFinished(int number, FlowStep step, String outcome) {
    }
}
