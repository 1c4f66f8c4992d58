package dev.sessioninspector.store;

import dev.sessioninspector.model.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * The checks made on a project file before SQLite sees it, so a bad path fails with a sentence instead of a
 * driver error, and a new file is created readable by its owner only.
 */
final class ProjectFile {
    static final Set<PosixFilePermission> OWNER_ONLY = OwnerOnly.FILE;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ProjectFile() {
    }

    /**
     * Makes sure {@code file} can be opened for writing: an existing file must be a writable SQLite file in a
     * writable folder; a missing one is created empty with owner-only permissions. Returns true when the file
     * was created (or was empty), i.e. the schema must be laid down.
     */
    static boolean prepareForWriting(Path file) {
        Path dir = parentOf(file);
        if (!Files.isDirectory(dir)) {
            throw new StoreException("cannot create " + file + ": folder " + dir + " does not exist");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            if (!writable(dir)) {
                throw new StoreException("cannot create " + file + ": folder " + dir + " is not writable");
            }
            createOwnerOnly(file);
            return true;
        }
        boolean empty = checkExisting(file);
        if (!writable(file)) {
            throw new StoreException(file + " is read-only: cannot record into it");
        }
        if (!writable(dir)) {
            throw new StoreException("cannot write " + file + ": folder " + dir
                    + " is not writable (SQLite keeps its -wal and -shm files beside the project)");
        }
        return empty;
    }

    /** Makes sure an existing {@code file} can be read as a project. */
    static void prepareForReading(Path file) {
        if (!Files.exists(file)) {
            throw new StoreException(file + " does not exist");
        }
        if (checkExisting(file)) {
            throw new StoreException(file + " is empty: not a Session Inspector project");
        }
    }

    /** Returns true when the file is empty; fails unless it is a readable regular file that starts as SQLite. */
    private static boolean checkExisting(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a project file");
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + " is not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new StoreException(file + " is not readable");
        }
        byte[] head = new byte[SQLITE_MAGIC.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (n == 0) {
            return true;
        }
        if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
            throw new StoreException(file + " is not a Session Inspector project (not an SQLite database)");
        }
        return false;
    }

    private static void createOwnerOnly(Path file) {
        try {
            if (posix(file)) {
                FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
                Files.createFile(file, attr);
                Files.setPosixFilePermissions(file, OWNER_ONLY); // whatever the umask said
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("cannot create " + file + ": it appeared while opening it", e);
        } catch (AccessDeniedException e) {
            throw new StoreException("cannot create " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new StoreException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates {@code dir} and its missing parents; the folders created are owner-only on POSIX. */
    static void createFolder(Path dir) {
        try {
            OwnerOnly.folders(dir);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("cannot create folder " + dir + ": a file has that name", e);
        } catch (IOException e) {
            throw new StoreException("cannot create folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Makes a file that becomes a project owner-only (on POSIX). */
    static void restrict(Path file) {
        try {
            OwnerOnly.restrict(file);
        } catch (IOException e) {
            throw new StoreException("cannot make " + file + " readable by its owner only: " + e.getMessage(), e);
        }
    }

    /** Tightens an SQLite side file ({@code -wal}, {@code -shm}) to owner-only if it exists. */
    static void tightenSideFile(Path file) {
        try {
            if (Files.exists(file) && posix(file)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException | SecurityException e) {
            // Best effort: SQLite already creates them with the database file's mode.
        }
    }

    /**
     * Writable for us, and not marked read-only: a file or folder with no write permission bits at all is
     * treated as read-only even when the OS would let a privileged user write it, since that is what its
     * owner asked for.
     */
    static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        if (!posix(path)) {
            return true;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(path);
            return p.contains(PosixFilePermission.OWNER_WRITE) || p.contains(PosixFilePermission.GROUP_WRITE)
                    || p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }

    static boolean posix(Path anyPath) {
        return anyPath.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
