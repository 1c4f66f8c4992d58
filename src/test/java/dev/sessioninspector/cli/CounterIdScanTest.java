package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.probe.GeneratorCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value the server issued counts: a site whose IDs are {@code SESS100001}, {@code SESS100002}… is judged
 * predictable by a plain {@code scan} of its sign-in flow (the flow's IDs, the probes' and the default sample,
 * which ends once its IDs show the counter instead of collecting all 200), with the counter named.
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
            // the sample ends once its IDs show the counter, and says so
            String probes = Files.readString(dir.resolve("report/probes.txt"));
            Matcher stopped = Pattern.compile("token sample: (\\d+) distinct SESSION values from \\d+ requests "
                    + "\\(stopped after (\\d+) of 200: counter found\\)").matcher(probes);
            assertThat(stopped.find()).as(probes).isTrue();
            int sampled = Integer.parseInt(stopped.group(1));
            assertThat(stopped.group(2)).isEqualTo(stopped.group(1));
            assertThat(sampled).isBetween(GeneratorCheck.MIN_FOR_COUNTER, 199);
            assertThat(next.get()).as("the site issued the flow's, the probes' and the sample's IDs")
                    .isGreaterThan(100_000L + sampled);
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
