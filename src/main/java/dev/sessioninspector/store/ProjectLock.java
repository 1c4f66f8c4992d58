package dev.sessioninspector.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes one process at a time the writer of a project file: an OS lock on a sidecar file
 * ({@code <project>-lock}), held while anything is being written and released after. Exchange ids are
 * handed out from memory, so two writing processes would collide; this turns that into a clear message.
 * The SQLite file itself is never locked from Java (closing a second descriptor would drop SQLite's own locks).
 */
final class ProjectLock {
    private final Path project;
    private final Path lockFile;
    private FileChannel channel;
    private FileLock lock;
    private int holders;

    ProjectLock(Path project) {
        this.project = project;
        this.lockFile = project.resolveSibling(project.getFileName() + "-lock");
    }

    /** Takes the lock (counted: each call needs one {@link #release}); returns true when newly taken. */
    synchronized boolean acquire() {
        if (holders > 0) {
            holders++;
            return false;
        }
        try {
            FileChannel ch = ProjectFile.posix(lockFile)
                    ? FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                            PosixFilePermissions.asFileAttribute(ProjectFile.OWNER_ONLY))
                    : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new StoreException(project + " is being written by another session-inspector"
                        + " (another window or command): close it there or use another project file");
            }
            channel = ch;
            lock = l;
            holders = 1;
            return true;
        } catch (IOException e) {
            throw new StoreException("cannot lock " + project + " for writing: cannot create " + lockFile
                    + " (" + e.getMessage() + ")", e);
        }
    }

    synchronized void release() {
        if (holders == 0) {
            return;
        }
        if (--holders == 0) {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the OS drops the lock with the descriptor anyway
            }
            lock = null;
            channel = null;
        }
    }

    synchronized boolean held() {
        return holders > 0;
    }

    Path file() {
        return lockFile;
    }
}
