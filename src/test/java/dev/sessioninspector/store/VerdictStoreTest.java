package dev.sessioninspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.AnalysisSettings;
import dev.sessioninspector.model.ProbeRecord;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.TokenSample;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 2: verdicts, samples and settings round-trip; a version-1 file upgrades, or reads with none. */
class VerdictStoreTest {
    @TempDir
    Path dir;

    @Test
    void verdictsSamplesAndSettingsRoundTrip() {
        Path f = dir.resolve("p.db");
        Instant t = Instant.parse("2026-12-04T10:00:00.123456789Z");
        long id;
        try (Project p = Project.open(f)) {
            Recording r = p.createRecording("shop", URI.create("http://127.0.0.1:8080"));
            id = r.id();
            p.addProbeRecord(new ProbeRecord(0, id, t, "LOGOUT_REPLAY", "SESSIONID", List.of(7L, 8L), "VULNERABLE",
                    "still signed in"));
            p.addProbeRecord(new ProbeRecord(0, id, t, "SOMETHING_NEW", "", List.of(), "SAFE", ""));
            p.addTokenSample(id, new TokenSample("SESSIONID", "http://127.0.0.1:8080/", t, List.of("a1", "a2")));
            p.saveAnalysisSettings(id, new AnalysisSettings(URI.create("http://127.0.0.1:8080/account"),
                    Duration.ofSeconds(3), null, Set.of("SESSIONID")));
            p.saveAnalysisSettings(id, new AnalysisSettings(URI.create("http://127.0.0.1:8080/account"),
                    Duration.ofSeconds(4), Duration.ofHours(8), Set.of()));
        }
        try (Project p = Project.openReadOnly(f)) {
            assertThat(p.probeRecords(id)).extracting(ProbeRecord::kind).containsExactly("LOGOUT_REPLAY", "SOMETHING_NEW");
            ProbeRecord first = p.probeRecords(id).get(0);
            assertThat(first.exchanges()).containsExactly(7L, 8L);
            assertThat(first.time()).isEqualTo(t);
            assertThat(first.verdict()).isEqualTo("VULNERABLE");
            assertThat(p.tokenSamples(id)).singleElement().satisfies(s -> {
                assertThat(s.tokens()).containsExactly("a1", "a2");
                assertThat(s.collected()).isEqualTo(t);
            });
            assertThat(p.analysisSettings(id)).contains(new AnalysisSettings(
                    URI.create("http://127.0.0.1:8080/account"), Duration.ofSeconds(4), Duration.ofHours(8), Set.of()));
            assertThat(p.analysisSettings(id + 1)).isEmpty();
        }
    }

    @Test
    void aVersionOneFileReadsWithNoVerdictsAndUpgradesWhenOpenedForWriting() throws Exception {
        Path f = dir.resolve("old.db");
        long id;
        try (Project p = Project.open(f)) {
            id = p.createRecording("old", null).id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("DROP TABLE probe_verdicts");
            s.execute("DROP TABLE token_samples");
            s.execute("DROP TABLE analysis_settings");
            s.execute("PRAGMA user_version = 1");
        }
        try (Project p = Project.openReadOnly(f)) {
            assertThat(p.recordings()).hasSize(1);
            assertThat(p.probeRecords(id)).isEmpty();
            assertThat(p.tokenSamples(id)).isEmpty();
            assertThat(p.analysisSettings(id)).isEmpty();
        }
        try (Project p = Project.open(f)) {
            p.addTokenSample(id, new TokenSample("S", "", Instant.EPOCH, List.of("x")));
            assertThat(p.tokenSamples(id)).hasSize(1);
        }
    }
}
