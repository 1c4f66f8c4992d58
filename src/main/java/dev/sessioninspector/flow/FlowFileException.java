package dev.sessioninspector.flow;

/**
 * A flow file that cannot be used, with one line saying where and why, e.g.
 * {@code flow file login.json: step 3: "post" needs a path starting with /}.
 */
public final class FlowFileException extends RuntimeException {
    public FlowFileException(String message) {
        super(message);
    }

    public FlowFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
