package dev.sessioninspector.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The single writer of a project: one thread that owns the write connection and takes tasks from a queue.
 * Callers never wait for the disk: {@link #offer} only enqueues. The thread drains what is waiting (up to
 * {@value #MAX_BATCH} tasks) into one transaction and commits it, so each exchange is committed as soon as
 * the writer gets to it and a crash loses at most what was still queued. If a batch fails, its tasks are
 * retried one transaction each so one bad task cannot take the others with it.
 */
final class WriteQueue {
    private static final System.Logger LOG = System.getLogger(WriteQueue.class.getName());
    static final int MAX_BATCH = 256;

    /** A unit of work run on the writer thread inside a transaction. */
    interface Task {
        void write(Connection c) throws SQLException;

        /** After the commit, on the writer thread. */
        default void committed() {
        }

        /** When the task's transaction was rolled back; nothing of it is in the file. */
        default void failed(StoreException error) {
        }
    }

    /** A write that computes a value. */
    interface SqlFunction<T> {
        T apply(Connection c) throws SQLException;
    }

    private static final Task STOP = c -> { };

    private final Connection connection;
    private final Path file;
    private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final List<Runnable> afterBatch = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean accepting = true;

    WriteQueue(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
        this.thread = new Thread(this::run, "store-writer " + file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Enqueues without waiting; false when the queue is closed. */
    synchronized boolean offer(Task task) {
        if (!accepting) {
            return false;
        }
        queue.add(task);
        return true;
    }

    /** Runs {@code work} on the writer thread in its own turn and waits for its commit. */
    <T> T call(SqlFunction<T> work) {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("a store listener cannot write to the store synchronously");
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        Task task = new Task() {
            private T result;

            @Override
            public void write(Connection c) throws SQLException {
                result = work.apply(c);
            }

            @Override
            public void committed() {
                done.complete(result);
            }

            @Override
            public void failed(StoreException error) {
                done.completeExceptionally(error);
            }
        };
        if (!offer(task)) {
            throw new StoreException(file + " is closed");
        }
        try {
            return done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException se) {
                throw new StoreException(se.getMessage(), se);
            }
            throw new StoreException("cannot write to " + file + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing to " + file, e);
        }
    }

    /** Waits until everything enqueued before this call is committed (or has failed). */
    void flush() {
        call(c -> null);
    }

    /** Runs {@code hook} on the writer thread after each committed batch, once its tasks heard of the commit. */
    void afterEachBatch(Runnable hook) {
        afterBatch.add(hook);
    }

    void removeAfterEachBatch(Runnable hook) {
        afterBatch.remove(hook);
    }

    int pending() {
        return queue.size();
    }

    /** Stops accepting, writes everything still queued, stops the thread and closes the connection. */
    void close() {
        synchronized (this) {
            if (!accepting) {
                return;
            }
            accepting = false;
            queue.add(STOP);
        }
        if (Thread.currentThread() != thread) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (true) {
                List<Task> batch = new ArrayList<>();
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                boolean stop = batch.remove(STOP);
                if (!batch.isEmpty()) {
                    writeBatch(batch);
                }
                if (stop) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            failRemaining();
            Connections.closeQuietly(connection);
        }
    }

    private void writeBatch(List<Task> batch) {
        try {
            // Explicit statements on an auto-commit connection: no transaction stays open between batches, so
            // the write lock is held only while writing.
            execute("BEGIN IMMEDIATE");
            for (Task t : batch) {
                t.write(connection);
            }
            execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (batch.size() > 1) {
                batch.forEach(t -> writeBatch(List.of(t)));
            } else {
                batch.get(0).failed(asStoreException(e));
            }
            return;
        }
        batch.forEach(t -> tell(t::committed));
        afterBatch.forEach(WriteQueue::tell);
    }

    /** One listener's failure must not keep the others from hearing, nor stop the writer: it is logged. */
    static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a store listener failed", e);
        }
    }

    private StoreException asStoreException(Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        if (e instanceof SQLException sql) {
            return Connections.failure(file, "write to", sql);
        }
        return new StoreException("cannot write to " + file + ": " + e, e);
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void rollback() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // no transaction was open (BEGIN itself failed, or SQLite already rolled back)
        }
    }

    private void failRemaining() {
        synchronized (this) {
            accepting = false;
        }
        StoreException closed = new StoreException(file + " is closed");
        for (Task t; (t = queue.poll()) != null; ) {
            if (t != STOP) {
                t.failed(closed);
            }
        }
    }
}
