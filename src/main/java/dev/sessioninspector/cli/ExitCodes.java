package dev.sessioninspector.cli;

/** Exit codes of the design's contract (§4). */
public final class ExitCodes {
    /** Ran; nothing at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Usage or input error: one clear line on stderr, nothing written half-way. */
    public static final int USAGE = 2;
    /** Target unreachable or another runtime failure. */
    public static final int RUNTIME = 3;

    private ExitCodes() {
    }
}
