package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample recording of the weak demo shop (session IDs in cookies, redirects and links) exported sanitized:
 * no session ID may survive anywhere in the file, the HAR must import whole, and the analysis must say the
 * ID-comparing checks cannot run rather than judge the redaction marker.
 */
class SanitizedExportTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    @Test
    void aSanitizedHarHoldsNoSessionIdAndItsAnalysisDoesNotJudgeTheMarker() throws Exception {
        Path db = dir.resolve("demo.db");
        Files.copy(Path.of("samples/demo-shop.db"), db);
        Set<String> ids = new TreeSet<>();
        try (Project project = Project.openReadOnly(db)) {
            RecordingData data = project.load(1);
            data.cookieEvents().stream().filter(e -> e.cookie().name().equals("SESSIONID"))
                    .forEach(e -> ids.add(e.cookie().value()));
        }
        ids.remove("");
        assertThat(ids).isNotEmpty();

        Path har = dir.resolve("demo.har");
        assertThat(cli.run("export", "--db", db.toString(), "--recording", "1", "--har", har.toString())).isZero();
        String text = Files.readString(har);
        for (String id : ids) {
            assertThat(text).as("session ID %s in the sanitized HAR", id).doesNotContain(id);
        }

        Path reports = dir.resolve("reports");
        cli.run("analyze", har.toString(), "--out", reports.toString(), "--format", "json");
        assertThat(cli.err()).contains("sanitized").doesNotContain("skipped");
        JsonNode report = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        Map<String, String> status = new HashMap<>();
        report.get("checks").forEach(c -> status.put(c.get("rule").asText(), c.get("status").asText()));
        assertThat(status).containsEntry("session.not-rotated-at-login", "inconclusive")
                .containsEntry("session.id-too-short", "inconclusive")
                .containsEntry("session.id-predictable", "inconclusive")
                .containsEntry("cookie.missing-httponly", "fail"); // attributes survive sanitizing
    }
}
