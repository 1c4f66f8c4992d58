package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probes send exactly what they say: each request the recording holds is the request the server received
 * (method, target, {@code Cookie} header), and the session-ID-in-URL probe's requests carry no cookie at all, so
 * a site that takes the ID from the URL when no cookie comes with it is caught.
 */
class ProbeRequestsTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    @Test
    void aSiteThatTakesTheIdFromTheUrlFailsAndEveryRecordedRequestIsWhatTheServerReceived() throws Exception {
        SecureRandom random = new SecureRandom();
        try (UrlIdSite site = new UrlIdSite(() -> {
            byte[] b = new byte[16];
            random.nextBytes(b);
            return HexFormat.of().formatHex(b);
        })) {
            Path flow = dir.resolve("flow.json");
            Files.writeString(flow, site.flow());
            Path db = dir.resolve("scan.db");
            int code = cli.run("scan", "--samples", "0", "--flow", flow.toString(), "--db", db.toString(), "--out",
                    dir.resolve("report").toString(), "--format", "json");
            assertThat(code).as(cli.err()).isIn(0, 1);

            assertThat(status(dir.resolve("report/report.json"), "session.id-in-url")).startsWith("fail");

            RecordingData data;
            try (Project project = Project.openReadOnly(db)) {
                data = project.load(project.recordings().get(0).id());
            }
            List<UrlIdSite.Received> recorded = data.exchanges().stream().sorted(Comparator.comparing(Exchange::id))
                    .map(e -> new UrlIdSite.Received(e.method(), e.url().getRawPath()
                            + (e.url().getRawQuery() == null ? "" : "?" + e.url().getRawQuery()),
                            e.requestHeaders().first("Cookie").orElse(null)))
                    .toList();
            assertThat(data.exchanges()).anyMatch(e -> e.initiator() == Initiator.PROBE);
            assertThat(recorded).containsExactlyElementsOf(site.received);

            List<UrlIdSite.Received> idInUrl = site.received.stream()
                    .filter(r -> r.target().matches(".*[;?&](jsessionid|session|sid|sessionid)=.*")).toList();
            assertThat(idInUrl).isNotEmpty().allSatisfy(r -> assertThat(r.cookie()).isNull());
        }
    }

    private static String status(Path report, String rule) throws Exception {
        for (JsonNode c : new ObjectMapper().readTree(report.toFile()).get("checks")) {
            if (c.get("rule").asText().equals(rule)) {
                return c.get("status").asText() + ": " + c.get("detail").asText();
            }
        }
        throw new AssertionError(rule);
    }
}
