package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.testkit.TokenSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A site whose session IDs are a digest of the clock (sha1 of epoch seconds, md5 of epoch milliseconds) looks
 * random to every statistical test; a {@code scan} of its sign-in flow searches the digests of the times the IDs
 * were issued and judges it {@code session.id-predictable}, the generator named with the next ID: from the times of
 * the exchanges that issued the flow's and the probes' IDs alone ({@code --samples 0}), or from the default
 * sample's.
 */
class ClockIdScanTest {
    @TempDir
    Path dir;

    static Stream<Arguments> clocks() {
        return Stream.of(
                Arguments.of("SHA-1", (Supplier<String>) () -> Long.toString(System.currentTimeMillis() / 1000),
                        "0", "sha1 of the clock in epoch seconds"),
                Arguments.of("SHA-1", (Supplier<String>) () -> Long.toString(System.currentTimeMillis()),
                        "0", "sha1 of the clock in epoch milliseconds"),
                Arguments.of("MD5", (Supplier<String>) () -> Long.toString(System.currentTimeMillis()),
                        "200", "md5 of the clock in epoch milliseconds"));
    }

    @ParameterizedTest(name = "{0}, --samples {2}: {3}")
    @MethodSource("clocks")
    void aScanFindsIdsThatAreADigestOfTheClock(String algorithm, Supplier<String> clock, String samples,
            String generator) throws Exception {
        try (UrlIdSite site = new UrlIdSite(() -> TokenSamples.digest(algorithm, clock.get()))) {
            Path flow = dir.resolve("flow.json");
            Files.writeString(flow, site.flow());
            CliRunner cli = new CliRunner();
            int code = cli.run("scan", "--flow", flow.toString(), "--db", dir.resolve("scan.db").toString(),
                    "--out", dir.resolve("report").toString(), "--format", "json", "--samples", samples);
            assertThat(code).as(cli.err()).isEqualTo(ExitCodes.FINDINGS);

            JsonNode report = new ObjectMapper().readTree(dir.resolve("report/report.json").toFile());
            assertThat(status(report, "session.id-predictable")).as(report.toString()).isEqualTo("fail");
            assertThat(findingDetails(report, "session.id-predictable")).as(report.toString())
                    .contains(generator, "a token issued one");
        }
    }

    private static String status(JsonNode report, String rule) {
        for (JsonNode c : report.get("checks")) {
            if (c.get("rule").asText().equals(rule)) {
                return c.get("status").asText();
            }
        }
        throw new AssertionError(rule);
    }

    private static String findingDetails(JsonNode report, String rule) {
        StringBuilder out = new StringBuilder();
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                f.get("evidence").forEach(e -> out.append(e.get("detail").asText()).append('\n'));
            }
        }
        return out.toString();
    }
}
