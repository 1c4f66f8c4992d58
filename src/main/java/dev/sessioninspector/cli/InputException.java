package dev.sessioninspector.cli;

/** Bad input given by the user (a missing file, a malformed flow…): exit code 2 with one line on stderr. */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
