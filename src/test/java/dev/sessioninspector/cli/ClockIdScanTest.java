package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.probe.GeneratorCheck;
import dev.sessioninspector.testkit.TokenSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
            JsonNode report = scanJudgedPredictable(site, "--samples", samples);
            assertThat(findingDetails(report, "session.id-predictable")).as(report.toString())
                    .contains(generator, "a token issued one");
        }
    }

    /**
     * A per-second clock ID (its second passing every other request here, so the test need not wait): the default
     * sample of 200 ends once its IDs show the clock, instead of waiting out 200 seconds for 200 distinct IDs.
     */
    @Test
    void aDefaultSampleOfPerSecondClockIdsEndsOnceTheClockShows() throws Exception {
        long start = System.currentTimeMillis() / 1000;
        AtomicLong issued = new AtomicLong();
        try (UrlIdSite site = new UrlIdSite(() -> Long.toString(start + issued.getAndIncrement() / 2))) {
            scanJudgedPredictable(site);
            String probes = Files.readString(dir.resolve("report/probes.txt"));
            Matcher stopped = Pattern.compile("\\(stopped after (\\d+) of 200: clock found\\)").matcher(probes);
            assertThat(stopped.find()).as(probes).isTrue();
            assertThat(Integer.parseInt(stopped.group(1))).isBetween(GeneratorCheck.MIN_FOR_COUNTER, 199);
        }
    }

    /** Scans the site's sign-in flow into a JSON report, which must judge its IDs predictable; the report. */
    private JsonNode scanJudgedPredictable(UrlIdSite site, String... more) throws Exception {
        Path flow = dir.resolve("flow.json");
        Files.writeString(flow, site.flow());
        List<String> args = new ArrayList<>(List.of("scan", "--flow", flow.toString(), "--db",
                dir.resolve("scan.db").toString(), "--out", dir.resolve("report").toString(), "--format", "json"));
        args.addAll(List.of(more));
        CliRunner cli = new CliRunner();
        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report/report.json").toFile());
        assertThat(status(report, "session.id-predictable")).as(report.toString()).isEqualTo("fail");
        return report;
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
