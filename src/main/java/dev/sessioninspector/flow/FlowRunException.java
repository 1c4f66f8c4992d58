package dev.sessioninspector.flow;

/**
 * A run that could not go on: the target is unreachable, or a step failed. One line; what was recorded
 * before it stays recorded ({@link #recordingId()} names the recording when the run was recorded into a
 * project). {@code step} is the 1-based step that failed.
 */
public final class FlowRunException extends RuntimeException {
    private final int step;
    private final boolean unreachable;
    private final Long recordingId;

    public FlowRunException(String message, int step, boolean unreachable) {
        this(message, step, unreachable, null, null);
    }

    private FlowRunException(String message, int step, boolean unreachable, Long recordingId, Throwable cause) {
        super(message, cause);
        this.step = step;
        this.unreachable = unreachable;
        this.recordingId = recordingId;
    }

    public int step() {
        return step;
    }

    /** True when no response came at all (connection refused, unknown host, timeout). */
    public boolean unreachable() {
        return unreachable;
    }

    /** The recording that holds what was recorded before the failure, or null when not recorded into a project. */
    public Long recordingId() {
        return recordingId;
    }

    /** The same failure, naming the recording it was recorded into. */
    public FlowRunException inRecording(long id) {
        return new FlowRunException(getMessage(), step, unreachable, id, this);
    }
}
