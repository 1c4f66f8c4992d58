package dev.sessioninspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.testkit.SqliteCheck;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's crash promise, tested on a real process: SIGKILL a JVM in the middle of recording, then the
 * file passes {@code PRAGMA integrity_check}, holds at least every exchange reported committed, and each
 * exchange in it is complete.
 */
class KillDuringRecordingTest {
    private static final int COMMITTED_BEFORE_KILL = 400;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void killingARecordingProcessLosesAtMostWhatWasInFlight() throws Exception {
        Path file = dir.resolve("killed.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecordingChild.class.getName(), file.toString())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        long committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; committed < COMMITTED_BEFORE_KILL && (line = out.readLine()) != null; ) {
                if (line.startsWith("committed ")) {
                    committed = Long.parseLong(line.substring("committed ".length()));
                }
            }
            assertThat(committed).as("child stderr: %s", Files.readString(dir.resolve("child.err")))
                    .isGreaterThanOrEqualTo(COMMITTED_BEFORE_KILL);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, whatever was in flight is lost
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).isEqualTo(137);
        assertThat(dir.resolve("killed.db-wal")).as("a crash leaves the WAL to recover from").exists();

        try (Project project = Project.open(file)) {
            assertThat(SqliteCheck.integrity(project.file())).containsExactly("ok");
            Recording rec = project.recordings().get(0);
            assertThat(rec.ended()).as("nobody ended it").isNull();
            RecordingData data = project.load(rec.id());
            assertThat(data.exchanges()).hasSizeGreaterThanOrEqualTo((int) committed);
            for (Exchange stored : data.exchanges()) {
                long n = Long.parseLong(stored.url().getPath().substring("/page/".length()));
                assertThat(stored).isEqualTo(Samples.exchange(n).withId(stored.id()).withRecordingId(rec.id()));
            }
            List<Long> ids = data.exchanges().stream().map(Exchange::id).toList();
            assertThat(data.cookieEvents()).hasSizeGreaterThanOrEqualTo(ids.size());
            // The project keeps working: recording again after the crash neither collides nor loses anything.
            try (RecordingWriter w = project.writer(project.createRecording("after the crash", null))) {
                assertThat(w.reserveExchangeId()).isGreaterThan(ids.stream().mapToLong(Long::longValue).max().orElse(0));
                w.exchange(Samples.exchange(1));
            }
            assertThat(SqliteCheck.integrity(project.file())).containsExactly("ok");
        }
    }
}
