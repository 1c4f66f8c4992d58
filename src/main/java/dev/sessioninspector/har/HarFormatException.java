package dev.sessioninspector.har;

import java.io.IOException;

/**
 * A file that is not a readable HAR: broken or truncated JSON, or a structure HAR 1.2 does not allow.
 * The message is one line for a user, e.g. {@code broken HAR at line 12, column 5: unexpected end of file}.
 */
public final class HarFormatException extends IOException {
    private final long line;
    private final long column;

    public HarFormatException(String message, long line, long column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the problem, or -1 when unknown. */
    public long line() {
        return line;
    }

    /** 1-based column of the problem, or -1 when unknown. */
    public long column() {
        return column;
    }
}
