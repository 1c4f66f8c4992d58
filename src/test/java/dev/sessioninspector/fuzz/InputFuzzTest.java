package dev.sessioninspector.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.cookie.SetCookieParse;
import dev.sessioninspector.cookie.SetCookieParser;
import dev.sessioninspector.entropy.BitSequence;
import dev.sessioninspector.entropy.TokenAnalyzer;
import dev.sessioninspector.flow.FlowFileException;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.har.HarFormatException;
import dev.sessioninspector.har.HarImporter;
import dev.sessioninspector.testkit.Fuzz;
import dev.sessioninspector.testkit.Gen;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the inputs a user or a site can hand the tool: the HAR reader, the flow parser, the {@code Set-Cookie}
 * parser and the entropy input (tokens and bits). Inputs are valid samples mutated (bytes flipped, cut, spliced
 * with JSON and cookie fragments) or random text. Each either parses or fails with its documented one-line
 * exception; nothing else may escape (no NullPointerException, no Error). Runs on {@link Fuzz}: 100 tries per
 * property unless {@code -Dfuzz.tries}; a longer run: {@code mvn test -Dtest=InputFuzzTest -Dfuzz.tries=20000 -Dfuzz.seed=random}; a
 * failure names the seed and try to replay with {@code -Dfuzz.seed=… -Dfuzz.try=…}. The executions and time are
 * printed at the end.
 */
class InputFuzzTest {
    private static final long EXECUTIONS_BEFORE = Fuzz.executions();
    private static final long STARTED = System.nanoTime();
    private static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true", "-1",
            "1e999", "\"log\"", "\"entries\"", "\"_sessionInspector\"", "\"status\"", "\"url\"", "\"steps\"",
            "\"get\"", "\"post\"", "\"form\"", "\"json\"", "\"extract\"", "\"headers\"", "\"mark\"", "\\u0000", "\\",
            ";", "=", "Expires=", "Max-Age=", "Domain=", "Path=", "SameSite=", "Secure", "HttpOnly", "%", "\u00e9",
            "\ud83d\ude00", "\n", "\r\n", "\t", " ", "0", "1", "\"+999999999-01-01T00:00:00Z\"", "http://", "ftp://");

    private static String sample(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/fuzz-seeds", name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A seed mutated a few times: a character replaced, a range cut, a fragment inserted, the end cut off. */
    private static Gen<String> mutated(String seed) {
        Gen<int[]> edit = r -> new int[] {r.nextInt(4), r.nextInt(seed.length() + 1), r.nextInt(41),
                r.nextInt(FRAGMENTS.size())};
        return edit.list(0, 6).map(edits -> {
            StringBuilder s = new StringBuilder(seed);
            for (int[] e : edits) {
                int at = Math.min(e[1], s.length());
                switch (e[0]) {
                    case 0 -> s.insert(at, FRAGMENTS.get(e[3]));
                    case 1 -> s.delete(at, Math.min(s.length(), at + e[2]));
                    case 2 -> {
                        if (at < s.length()) {
                            s.setCharAt(at, (char) (' ' + e[2] * 2));
                        }
                    }
                    default -> s.setLength(at);
                }
            }
            return s.toString();
        });
    }

    /** Mostly mutated seeds, some random text, some runs of fragments. */
    private static Gen<String> inputs(String seed) {
        return Gen.frequency(8, mutated(seed), 1, Gen.text(200),
                1, Gen.of(FRAGMENTS).list(0, 30).map(l -> String.join("", l)));
    }

    private static final Gen<String> SET_COOKIES = inputs("SESSIONID=0001de42; Path=/; Domain=.example.com; "
            + "Expires=Wed, 21 Oct 2026 07:28:00 GMT; Max-Age=3600; Secure; HttpOnly; SameSite=Lax; Partitioned");

    @Test
    void theHarReaderReadsOrSaysWhyInOneLine() {
        Fuzz.forAll("har reader", inputs(sample("own.har")), text -> {
            try {
                new HarImporter(Clock.systemUTC()).read(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "fuzz.har");
            } catch (HarFormatException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            }
        });
    }

    @Test
    void theFlowParserParsesOrSaysWhyInOneLine() {
        Fuzz.forAll("flow parser", inputs(sample("flow.json")), text -> {
            try {
                FlowParser.parse(text, "fuzz.flow.json");
            } catch (FlowFileException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            }
        });
    }

    @Test
    void theSetCookieParserNeverThrows() {
        Fuzz.forAll("Set-Cookie parser", SET_COOKIES, header -> {
            SetCookieParse parse = SetCookieParser.parse(header);
            if (parse.accepted()) { // the pair ends at the first ';' and the name at the pair's first '='
                assertThat(parse.cookie().name()).doesNotContain(";", "=");
                assertThat(parse.cookie().value()).doesNotContain(";");
            } else {
                assertThat(parse.rejection()).isNotBlank();
            }
        });
    }

    @Test
    void theEntropyInputIsAnalysedOrRefusedInOneLine() {
        Gen<List<String>> tokenLists = inputs("a3f9c2e1b7d04f6a").list(1, 40);
        Fuzz.run("entropy input", (SplittableRandom r) -> {
            List<String> tokens = tokenLists.next(r);
            String bits = SET_COOKIES.next(r);
            List<String> clean = new ArrayList<>(tokens.stream().filter(t -> !t.isBlank()).toList());
            if (!clean.isEmpty()) {
                try {
                    TokenAnalyzer.analyze(clean);
                } catch (IllegalArgumentException e) {
                    assertThat(e.getMessage()).as("tokens %s", clean).isNotBlank().doesNotContain("\n");
                }
            }
            try {
                BitSequence.parse(bits);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).as("bits %s", bits).isNotBlank().doesNotContain("\n");
            }
        });
    }

    @AfterAll
    static void report() {
        System.out.printf("InputFuzzTest: %d executions in %.1f s (seed %d)%n", Fuzz.executions() - EXECUTIONS_BEFORE,
                (System.nanoTime() - STARTED) / 1e9, Fuzz.seed());
    }
}
