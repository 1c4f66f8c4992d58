package dev.sessioninspector.store;

/**
 * A project file could not be opened, read or written. The message is one line a user can act on, naming
 * the file (e.g. {@code "/tmp/x.db is not a Session Inspector project (not an SQLite database)"}).
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
