package dev.sessioninspector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sessioninspector.model.Recording;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad project files fail with one clear line and are left exactly as they were. */
class ProjectFileTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotSqliteIsRefusedAndUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database\n");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(StoreException.class)
                .hasMessage(file + " is not a Session Inspector project (not an SQLite database)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("notes.db-wal")).doesNotExist();
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
            s.execute("INSERT INTO contacts VALUES ('bob')");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(StoreException.class)
                .hasMessage(file + " is not a Session Inspector project (an SQLite database of another program)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThatThrownBy(() -> Project.openReadOnly(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Session Inspector project");
    }

    @Test
    void aNewerSchemaIsRefusedAndItsRecordingsStayIntact() throws Exception {
        Path file = dir.resolve("future.db");
        try (Project p = Project.open(file)) {
            p.createRecording("from the future", null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Schema.CURRENT + 1));
        }
        byte[] before = Files.readAllBytes(file);
        String expected = file + " has schema version " + (Schema.CURRENT + 1)
                + ", newer than this session-inspector understands (" + Schema.CURRENT
                + "): update the application";
        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(StoreException.class).hasMessage(expected);
        assertThatThrownBy(() -> Project.openReadOnly(file)).isInstanceOf(StoreException.class).hasMessage(expected);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT name FROM recordings")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("from the future");
        }
    }

    @Test
    void aBlankFileIsMadeIntoAProjectButAReaderWillNotUpgradeIt() throws Exception {
        Path empty = dir.resolve("empty.db");
        Files.createFile(empty);
        assertThatThrownBy(() -> Project.openReadOnly(empty)).isInstanceOf(StoreException.class)
                .hasMessage(empty + " is empty: not a Session Inspector project");
        try (Project p = Project.open(empty)) {
            assertThat(p.recordings()).isEmpty();
        }
        Path blankSqlite = dir.resolve("blank.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + blankSqlite);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size = 4096");
            s.execute("VACUUM");
        }
        assertThatThrownBy(() -> Project.openReadOnly(blankSqlite)).isInstanceOf(StoreException.class)
                .hasMessage(blankSqlite + " has schema version 0: open it for writing once to upgrade it to version "
                        + Schema.CURRENT);
        try (Project p = Project.open(blankSqlite)) {
            assertThat(p.createRecording("ok", null).id()).isEqualTo(1);
        }
    }

    @Test
    void readOnlyFilesAndFoldersAreRefusedAndKeepWhatTheyHold() throws Exception {
        assumeTrue(ProjectFile.posix(dir), "POSIX permissions needed");
        Path file = dir.resolve("ro.db");
        try (Project p = Project.open(file)) {
            p.createRecording("kept", null);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(StoreException.class)
                .hasMessage(file + " is read-only: cannot record into it");
        try (Project p = Project.openReadOnly(file)) {
            assertThat(p.recordings()).extracting(Recording::name).containsExactly("kept");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        Path roDir = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(roDir, PosixFilePermissions.fromString("r-x------"));
        try {
            assertThatThrownBy(() -> Project.open(roDir.resolve("new.db"))).isInstanceOf(StoreException.class)
                    .hasMessage("cannot create " + roDir.resolve("new.db") + ": folder " + roDir + " is not writable");
        } finally {
            Files.setPosixFilePermissions(roDir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void missingFoldersAndFoldersInsteadOfFilesAreNamed() throws Exception {
        Path missing = dir.resolve("nope/p.db");
        assertThatThrownBy(() -> Project.open(missing)).isInstanceOf(StoreException.class)
                .hasMessage("cannot create " + missing + ": folder " + dir.resolve("nope") + " does not exist");
        Path folder = Files.createDirectory(dir.resolve("folder.db"));
        assertThatThrownBy(() -> Project.open(folder)).isInstanceOf(StoreException.class)
                .hasMessage(folder + " is a folder, not a project file");
        assertThatThrownBy(() -> Project.openReadOnly(dir.resolve("absent.db"))).isInstanceOf(StoreException.class)
                .hasMessage(dir.resolve("absent.db") + " does not exist");
    }

    @Test
    void theFileAndSqliteSideFilesAreReadableByTheOwnerOnly() throws Exception {
        assumeTrue(ProjectFile.posix(dir), "POSIX permissions needed");
        Path file = dir.resolve("private.db");
        try (Project p = Project.open(file); RecordingWriter w = p.writer(p.createRecording("r", null))) {
            w.exchange(Samples.exchange(1));
            w.flush();
            for (String name : new String[] {"private.db", "private.db-wal", "private.db-shm", "private.db-lock"}) {
                assertThat(dir.resolve(name)).exists();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))))
                        .as(name).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void onlyOneProjectWritesAFileAtATime() {
        Path file = dir.resolve("shared.db");
        try (Project first = Project.open(file); Project second = Project.open(file)) {
            Recording rec = first.createRecording("mine", null);
            try (RecordingWriter w = first.writer(rec)) {
                w.exchange(Samples.exchange(1));
                assertThatThrownBy(() -> second.createRecording("theirs", null)).isInstanceOf(StoreException.class)
                        .hasMessage(file + " is being written by another session-inspector (another window or"
                                + " command): close it there or use another project file");
                assertThat(second.recordings()).extracting(Recording::name).containsExactly("mine");
            }
            Recording later = second.createRecording("theirs", null);
            try (RecordingWriter w = second.writer(later)) {
                long id = w.exchange(Samples.exchange(2));
                assertThat(id).isGreaterThan(first.exchanges(rec.id(), 0, 1).get(0).id());
            }
        }
    }

    @Test
    void aDamagedFileIsReportedInOneLine() throws Exception {
        Path file = dir.resolve("damaged.db");
        byte[] junk = new byte[8192];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 16);
        java.util.Arrays.fill(junk, 16, junk.length, (byte) 0x5a);
        Files.write(file, junk);
        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(file.toString()).hasMessageNotContaining("\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void aFileDamagedInsideIsRefusedAtOpenForWritingAndUntouched() throws Exception {
        Path file = DamagedProjects.pageTenOverwritten(dir);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Project.open(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(file + " is damaged (SQLite's quick check: ")
                .hasMessageContaining("page 10: btreeInitPage() returns error code 11)")
                .hasMessageEndingWith("left as it was; restore it from a copy or use another project file")
                .hasMessageNotContaining("\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Path.of(file + "-wal")).doesNotExist();
    }

    @Test
    void anEmptyFileMadeIntoAProjectBecomesOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (Project project = Project.open(file)) {
            assertThat(project.recordings()).isEmpty();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
