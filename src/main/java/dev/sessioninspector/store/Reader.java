package dev.sessioninspector.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The project's read connection. In WAL mode it reads the last committed state while the writer thread
 * writes, so queries never wait for recording. Calls are serialized on the one connection.
 */
final class Reader {
    private final Connection connection;
    private final Path file;
    private boolean closed;

    Reader(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    synchronized <T> T query(WriteQueue.SqlFunction<T> query) {
        if (closed) {
            throw new StoreException(file + " is closed");
        }
        try {
            return query.apply(connection);
        } catch (SQLException e) {
            throw Connections.failure(file, "read", e);
        } catch (Sql.BadRowException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }

    synchronized void close() {
        closed = true;
        Connections.closeQuietly(connection);
    }
}
