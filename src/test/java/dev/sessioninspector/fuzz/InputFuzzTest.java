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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzing the inputs a user or a site can hand the tool: the HAR reader, the flow parser, the {@code Set-Cookie}
 * parser and the entropy input (tokens and bits). Inputs are valid samples mutated (bytes flipped, cut, spliced
 * with JSON and cookie fragments) or random text. Each either parses or fails with its documented one-line
 * exception; nothing else may escape (no NullPointerException, no Error). The number of tries is jqwik's default
 * ({@code jqwik.tries.default}, 100 in the build); a longer run: {@code mvn test -Dtest=InputFuzzTest
 * -Djqwik.tries.default=20000}. The executions and time are printed at the end.
 */
class InputFuzzTest {
    private static final AtomicLong EXECUTIONS = new AtomicLong();
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
    private static Arbitrary<String> mutated(String seed) {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, Math.max(0, seed.length())),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, FRAGMENTS.size() - 1))
                .as((kind, at, len, fragment) -> new int[] {kind, at, len, fragment});
        return edit.list().ofMinSize(0).ofMaxSize(6).map(edits -> {
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

    private static Arbitrary<String> inputs(String seed) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, mutated(seed)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(200)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(l -> String.join("", l))));
    }

    @Provide
    Arbitrary<String> hars() {
        return inputs(sample("own.har"));
    }

    @Provide
    Arbitrary<String> flows() {
        return inputs(sample("flow.json"));
    }

    @Provide
    Arbitrary<String> setCookies() {
        return inputs("SESSIONID=0001de42; Path=/; Domain=.example.com; Expires=Wed, 21 Oct 2026 07:28:00 GMT; "
                + "Max-Age=3600; Secure; HttpOnly; SameSite=Lax; Partitioned");
    }

    @Provide
    Arbitrary<List<String>> tokenLists() {
        return inputs("a3f9c2e1b7d04f6a").list().ofMinSize(1).ofMaxSize(40);
    }

    @Property
    void theHarReaderReadsOrSaysWhyInOneLine(@ForAll("hars") String text) throws IOException {
        EXECUTIONS.incrementAndGet();
        try {
            new HarImporter(Clock.systemUTC()).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    "fuzz.har");
        } catch (HarFormatException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    @Property
    void theFlowParserParsesOrSaysWhyInOneLine(@ForAll("flows") String text) {
        EXECUTIONS.incrementAndGet();
        try {
            FlowParser.parse(text, "fuzz.flow.json");
        } catch (FlowFileException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    @Property
    void theSetCookieParserNeverThrows(@ForAll("setCookies") String header) {
        EXECUTIONS.incrementAndGet();
        SetCookieParse parse = SetCookieParser.parse(header);
        assertThat(parse).isNotNull();
    }

    @Property
    void theEntropyInputIsAnalysedOrRefusedInOneLine(@ForAll("tokenLists") List<String> tokens,
            @ForAll("setCookies") String bits) {
        EXECUTIONS.incrementAndGet();
        List<String> clean = new ArrayList<>(tokens.stream().filter(t -> !t.isBlank()).toList());
        if (!clean.isEmpty()) {
            try {
                TokenAnalyzer.analyze(clean);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            }
        }
        try {
            BitSequence.parse(bits);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    @AfterContainer
    static void report() {
        System.out.printf("InputFuzzTest: %d executions in %.1f s%n", EXECUTIONS.get(),
                (System.nanoTime() - STARTED) / 1e9);
    }
}
