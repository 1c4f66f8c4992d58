package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan} of a token API this project did not write (nimbus-jose-jwt signs and checks its JWTs): a flow signs
 * in through JSON, calls the API with the bearer token and signs out; the token rules give the verdicts the server's
 * settings call for.
 */
class JwtTokenServerScanTest {
    @TempDir
    Path dir;

    private JsonNode scan(JwtTokenServer server) throws Exception {
        Path flow = dir.resolve("flow.json");
        Files.writeString(flow, server.flow());
        Path out = dir.resolve("report");
        CliRunner cli = new CliRunner();
        int code = cli.run("scan", "--flow", flow.toString(), "--db", dir.resolve("scan.db").toString(),
                "--format", "json", "--out", out.toString());
        assertThat(code).as(cli.err()).isIn(0, 1);
        return new ObjectMapper().readTree(out.resolve("report.json").toFile());
    }

    private static String status(JsonNode report, String rule) {
        return StreamSupport.stream(report.get("checks").spliterator(), false)
                .filter(c -> c.get("rule").asText().equals(rule)).findFirst().orElseThrow().get("status").asText();
    }

    private static List<JsonNode> findings(JsonNode report, String rule) {
        return StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> f.get("rule").asText().equals(rule)).toList();
    }

    @Test
    void aWeakTokenServerFailsTheKeyAndLifetimeRules() throws Exception {
        try (JwtTokenServer server = JwtTokenServer.weak()) {
            JsonNode r = scan(server);
            assertThat(r.get("sessionCookies").toString()).contains("Authorization");
            assertThat(status(r, "token.weak-signing-key")).isEqualTo("fail");
            assertThat(status(r, "token.long-lived")).isEqualTo("fail");
            assertThat(findings(r, "token.weak-signing-key")).singleElement().satisfies(f -> {
                assertThat(f.get("cookie").asText()).isEqualTo("Authorization");
                assertThat(f.get("severity").asText()).isEqualTo("high");
                assertThat(f.get("evidence").toString()).contains("JSON field token")
                        .doesNotContain(JwtTokenServer.WEAK_SECRET);
            });
            assertThat(findings(r, "token.long-lived").get(0).get("title").asText()).contains("no exp");
        }
    }

    @Test
    void aStrongTokenServerPassesThem() throws Exception {
        try (JwtTokenServer server = JwtTokenServer.strong()) {
            JsonNode r = scan(server);
            assertThat(r.get("sessionCookies").toString()).contains("Authorization");
            assertThat(status(r, "token.weak-signing-key")).isEqualTo("pass");
            assertThat(status(r, "token.long-lived")).isEqualTo("pass");
            assertThat(findings(r, "token.weak-signing-key")).isEmpty();
        }
    }
}
