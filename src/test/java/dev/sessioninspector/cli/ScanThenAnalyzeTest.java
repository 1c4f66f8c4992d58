package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan} keeps its verdicts with the recording: {@code analyze rec.db} then shows the same statuses. */
class ScanThenAnalyzeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private static Map<String, String> statuses(Path report) throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        for (JsonNode c : JSON.readTree(report.toFile()).get("checks")) {
            m.put(c.get("rule").asText(), c.get("status").asText());
        }
        return m;
    }

    @Test
    void analyzeOfAScannedProjectShowsTheScansStatusesProbesIncluded() throws Exception {
        Path db = dir.resolve("weak.db");
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            Path flow = dir.resolve("flow.json");
            Files.writeString(flow, "{\"name\": \"Tea shop\", \"baseUrl\": \"" + shop.baseUri() + "\","
                    + " \"authenticatedUrl\": \"/account\", \"steps\": [{\"get\": \"/\"}, {\"get\": \"/login\"},"
                    + " {\"post\": \"/login\", \"form\": {\"username\": \"alice\", \"password\": \"wonderland\"}, \"mark\": \"login\"},"
                    + " {\"get\": \"/cart\"}, {\"get\": \"/logout\", \"mark\": \"logout\"}]}");
            // --rate 0: no request ceiling against the loopback shop
            assertThat(cli.run("scan", "--flow", flow.toString(), "--db", db.toString(), "--idle-max", "1s",
                    "--samples", "40", "--rate", "0", "--format", "json,sarif", "--out", dir.resolve("scan").toString()))
                    .as(cli.err()).isEqualTo(ExitCodes.FINDINGS);
        }
        Map<String, String> scanned = statuses(dir.resolve("scan/report.json"));
        for (String rule : List.of("session.accepts-foreign-id", "session.not-invalidated-at-logout",
                "session.id-in-url", "session.no-idle-timeout", "session.id-predictable")) {
            assertThat(scanned.get(rule)).as(rule).isEqualTo("fail");
        }
        // the shop is gone: nothing is sent, the kept verdicts judge
        assertThat(cli.run("analyze", db.toString(), "--format", "json", "--out", dir.resolve("again").toString()))
                .as(cli.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(statuses(dir.resolve("again/report.json"))).isEqualTo(scanned);
        assertThat(dir.resolve("again/probes.txt")).doesNotExist();
        // SARIF lists the rules that ran, one per check
        JsonNode rules = JSON.readTree(dir.resolve("scan/report.sarif").toFile()).at("/runs/0/tool/driver/rules");
        assertThat(rules.findValuesAsText("id")).containsExactlyElementsOf(scanned.keySet());
    }
}
