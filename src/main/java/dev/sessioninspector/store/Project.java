package dev.sessioninspector.store;

import dev.sessioninspector.model.AnalysisSettings;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.ProbeRecord;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.TokenSample;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One project file: an SQLite database holding many recordings (schema in {@code docs/storage.md}). Reads go
 * through a read connection and see what is committed; every write goes through the project's single writer
 * thread. Recording uses {@link #writer(Recording)}, which never makes the caller wait for the disk; the
 * other writes (a new recording, a probe's verdict, a token sample, analysis settings) wait for their commit. While anything
 * is being written the process holds the project's writer lock, so a second process gets a clear error
 * instead of colliding ids. Thread-safe.
 */
public final class Project implements AutoCloseable {
    /** The file name of the default project in {@link AppDataFolder}. */
    public static final String DEFAULT_FILE_NAME = "recordings.db";

    private final Path file;
    private final Clock clock;
    private final boolean readOnly;
    private final Reader reader;
    private final WriteQueue queue;
    private final ProjectLock lock;
    private final int fileVersion;
    private final AtomicLong exchangeIds = new AtomicLong();
    private final List<RecordingWriter> writers = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook;
    private volatile boolean closed;

    private Project(Path file, Clock clock, boolean readOnly, Reader reader, WriteQueue queue, ProjectLock lock,
            int fileVersion) {
        this.file = file;
        this.fileVersion = fileVersion;
        this.clock = clock;
        this.readOnly = readOnly;
        this.reader = reader;
        this.queue = queue;
        this.lock = lock;
        this.shutdownHook = new Thread(this::close, "store-close " + file.getFileName());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The default project file: {@value #DEFAULT_FILE_NAME} in the {@link AppDataFolder}. Creates nothing. */
    public static Path defaultFile() {
        return AppDataFolder.resolve().resolve(DEFAULT_FILE_NAME);
    }

    /** Opens (creating it and the app data folder, owner-only, if needed) the {@link #defaultFile()}. */
    public static Project openDefault() {
        Path f = defaultFile();
        ProjectFile.createFolder(f.getParent());
        return open(f);
    }

    /** Opens a project for reading and writing, creating it (owner-only) if it does not exist. */
    public static Project open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /**
     * Opens a project for reading and writing, creating it if it does not exist and upgrading an older
     * schema. Fails with a one-line {@link StoreException} when the file is not a project, is newer than this
     * build, is read-only or sits in a read-only folder; the file is then left as it was.
     */
    public static Project open(Path file, Clock clock) {
        Path f = file.toAbsolutePath().normalize();
        Objects.requireNonNull(clock, "clock");
        ProjectFile.prepareForWriting(f);
        Connection write = Connections.open(f, false);
        ProjectLock lock = new ProjectLock(f);
        Connection read = null;
        try {
            Schema.Header header = Schema.readHeader(write);
            Schema.check(header, f);
            Connections.quickCheck(write, f);
            if (header.blank()) {
                ProjectFile.restrict(f); // an empty or blank file made into a project: owner-only, like a new one
            }
            if (Schema.needsMigration(header)) {
                lock.acquire();
                try {
                    Schema.check(header = Schema.readHeader(write), f);
                    Connections.enableWal(write, f);
                    Schema.migrate(write, header);
                } finally {
                    lock.release();
                }
            } else {
                Connections.enableWal(write, f);
            }
            ProjectFile.tightenSideFile(f.resolveSibling(f.getFileName() + "-wal"));
            ProjectFile.tightenSideFile(f.resolveSibling(f.getFileName() + "-shm"));
            read = Connections.open(f, true);
            return new Project(f, clock, false, new Reader(read, f), new WriteQueue(write, f), lock, Schema.CURRENT);
        } catch (SQLException e) {
            Connections.closeQuietly(read);
            Connections.closeQuietly(write);
            throw Connections.failure(f, "open", e);
        } catch (RuntimeException e) {
            Connections.closeQuietly(read);
            Connections.closeQuietly(write);
            throw e;
        }
    }

    /**
     * Opens an existing project to read only (no lock, no upgrade, no writes), e.g. to analyze or export a
     * file another process may be recording into. A file of schema version 1 reads too: it has no stored
     * verdicts, so {@link #probeRecords}, {@link #tokenSamples} and {@link #analysisSettings} read empty.
     */
    public static Project openReadOnly(Path file) {
        Path f = file.toAbsolutePath().normalize();
        ProjectFile.prepareForReading(f);
        Connection read = Connections.open(f, true);
        try {
            Schema.Header header = Schema.readHeader(read);
            Schema.check(header, f);
            if (header.userVersion() < Schema.FIRST_READABLE) {
                throw new StoreException(f + " has schema version " + header.userVersion()
                        + ": open it for writing once to upgrade it to version " + Schema.CURRENT);
            }
            return new Project(f, Clock.systemUTC(), true, new Reader(read, f), null, null, header.userVersion());
        } catch (SQLException e) {
            Connections.closeQuietly(read);
            throw Connections.failure(f, "open", e);
        } catch (RuntimeException e) {
            Connections.closeQuietly(read);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public boolean readOnly() {
        return readOnly;
    }

    // ---- reads ------------------------------------------------------------------------------------------

    /** Every recording, oldest first. */
    public List<Recording> recordings() {
        return reader.query(RecordingRows::all);
    }

    public Optional<Recording> recording(long recordingId) {
        return reader.query(c -> RecordingRows.one(c, recordingId));
    }

    /** Everything recorded in a recording, bodies included, in time order. */
    public RecordingData load(long recordingId) {
        return reader.query(c -> {
            // One read transaction, so the parts agree with each other while the writer goes on.
            c.setAutoCommit(false);
            try {
                Recording r = RecordingRows.one(c, recordingId)
                        .orElseThrow(() -> new StoreException(file + " has no recording " + recordingId));
                return new RecordingData(r, ExchangeRows.all(c, recordingId), EventRows.cookieEvents(c, recordingId),
                        EventRows.markers(c, recordingId), EventRows.storage(c, recordingId));
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    public int exchangeCount(long recordingId) {
        return reader.query(c -> ExchangeRows.count(c, recordingId));
    }

    /** A page of a recording's exchanges in time order, without headers and bodies (for long listings). */
    public List<ExchangeSummary> exchanges(long recordingId, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0");
        }
        return reader.query(c -> ExchangeRows.summaries(c, recordingId, offset, limit));
    }

    /**
     * A page of a recording's exchanges in time order with their headers but not their bodies (each body empty,
     * with its original size): what a table of a long recording needs; load the bodies of one with
     * {@link #exchange(long)}.
     */
    public List<Exchange> exchangesWithoutBodies(long recordingId, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0");
        }
        return reader.query(c -> ExchangeRows.withoutBodies(c, recordingId, offset, limit));
    }

    /** One exchange with its headers and bodies. */
    public Optional<Exchange> exchange(long exchangeId) {
        return reader.query(c -> ExchangeRows.one(c, exchangeId));
    }

    public List<CookieEvent> cookieEvents(long recordingId) {
        return reader.query(c -> EventRows.cookieEvents(c, recordingId));
    }

    public List<Marker> markers(long recordingId) {
        return reader.query(c -> EventRows.markers(c, recordingId));
    }

    /** The probe verdicts kept with a recording, in the order they were reached. */
    public List<ProbeRecord> probeRecords(long recordingId) {
        return hasVerdicts() ? reader.query(c -> VerdictRows.probes(c, recordingId)) : List.of();
    }

    /** The token samples kept with a recording, in the order they were taken. */
    public List<TokenSample> tokenSamples(long recordingId) {
        return hasVerdicts() ? reader.query(c -> VerdictRows.samples(c, recordingId)) : List.of();
    }

    /** What the recording was last judged against, if anything was kept. */
    public Optional<AnalysisSettings> analysisSettings(long recordingId) {
        return hasVerdicts() ? reader.query(c -> VerdictRows.settings(c, recordingId)) : Optional.empty();
    }

    private boolean hasVerdicts() {
        return fileVersion >= 2;
    }

    // ---- writes -----------------------------------------------------------------------------------------

    /** Creates a recording that starts now (by the project's clock). */
    public Recording createRecording(String name, URI target) {
        Recording r = new Recording(0, checkName(name), target, clock.instant(), null);
        return write(c -> RecordingRows.insert(c, r));
    }

    /**
     * A writer for a recording of this project. The project stays locked for writing until the writer is
     * closed. Several writers may be open at once; they share the writer thread.
     */
    public RecordingWriter writer(Recording recording) {
        checkWritable();
        Recording r = recording(recording.id())
                .orElseThrow(() -> new StoreException(file + " has no recording " + recording.id()));
        acquireLock();
        RecordingWriter w = new RecordingWriter(r, queue, exchangeIds, clock, closing -> {
            writers.remove(closing);
            lock.release();
        });
        writers.add(w);
        return w;
    }

    /** Keeps a probe's verdict with its recording (after the probe's own exchanges); returns it with its id. */
    public ProbeRecord addProbeRecord(ProbeRecord record) {
        requireRecording(record.recordingId());
        return write(c -> record.withId(VerdictRows.insert(c, record)));
    }

    /** Keeps a token sample with a recording. */
    public void addTokenSample(long recordingId, TokenSample sample) {
        requireRecording(recordingId);
        write(c -> VerdictRows.insert(c, recordingId, sample));
    }

    /** Keeps what a recording is judged against, replacing what was kept before. */
    public void saveAnalysisSettings(long recordingId, AnalysisSettings settings) {
        requireRecording(recordingId);
        write(c -> {
            VerdictRows.upsert(c, recordingId, settings);
            return null;
        });
    }

    private void requireRecording(long recordingId) {
        if (recording(recordingId).isEmpty()) {
            throw new StoreException(file + " has no recording " + recordingId);
        }
    }

    /** Closes open writers (ending their recordings), writes what is queued and closes the file. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            for (RecordingWriter w : writers) {
                w.close();
            }
        } finally {
            // The read connection closes first: the last connection to close checkpoints the WAL and removes
            // the -wal and -shm files, which only the read-write one can do.
            reader.close();
            if (queue != null) {
                queue.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // already shutting down: this is the hook running
            }
        }
    }

    private <T> T write(WriteQueue.SqlFunction<T> work) {
        checkWritable();
        acquireLock();
        try {
            return queue.call(work);
        } finally {
            lock.release();
        }
    }

    /** Takes the writer lock; when newly taken, moves the id counter past what another process may have written. */
    private void acquireLock() {
        if (lock.acquire()) {
            try {
                long max = queue.call(ExchangeRows::maxId);
                exchangeIds.accumulateAndGet(max, Math::max);
            } catch (RuntimeException e) {
                lock.release();
                throw e;
            }
        }
    }

    private void checkWritable() {
        if (closed) {
            throw new StoreException(file + " is closed");
        }
        if (readOnly) {
            throw new StoreException(file + " was opened read-only");
        }
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a recording needs a name");
        }
        return name.strip();
    }
}
