package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value the server issued counts: a site whose IDs are {@code SESS100001}, {@code SESS100002}… is judged
 * predictable by a plain {@code scan} of its sign-in flow (the flow's IDs, the probes' and the default sample of
 * 200), with the counter named.
 */
class CounterIdScanTest {
    @TempDir
    Path dir;

    @Test
    void aPlainScanCatchesIdsThatCountBehindAFixedLabel() throws Exception {
        AtomicLong next = new AtomicLong(100_000);
        try (UrlIdSite site = new UrlIdSite(() -> "SESS" + next.incrementAndGet())) {
            Path flow = dir.resolve("flow.json");
            Files.writeString(flow, site.flow());
            CliRunner cli = new CliRunner();
            int code = cli.run("scan", "--flow", flow.toString(), "--db", dir.resolve("scan.db").toString(),
                    "--out", dir.resolve("report").toString(), "--format", "json");
            assertThat(code).as(cli.err()).isEqualTo(ExitCodes.FINDINGS);

            JsonNode check = check(dir.resolve("report/report.json"), "session.id-predictable");
            assertThat(check.get("status").asText()).as(check.toString()).isEqualTo("fail");
            assertThat(Files.readString(dir.resolve("report/probes.txt")))
                    .contains("token sample: 200 distinct SESSION values");
            assertThat(next.get()).as("the site issued the flow's, the probes' and the sample's IDs")
                    .isGreaterThan(100_200);
        }
    }

    private static JsonNode check(Path report, String rule) throws Exception {
        for (JsonNode c : new ObjectMapper().readTree(report.toFile()).get("checks")) {
            if (c.get("rule").asText().equals(rule)) {
                return c;
            }
        }
        throw new AssertionError(rule);
    }
}
