package dev.sessioninspector.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.model.Cookie;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the IETF http-state parser suite ({@code shared/testdata/http-state/parser.json})
 * through {@link CookieJar}: store the received headers for {@code /cookie-parser?TEST}, then compare the
 * cookies a request to {@code /cookie-parser-result?TEST} (or the case's {@code sent-to}) carries.
 *
 * <p>The suite was written against RFC 6265 (2011). Where RFC 6265bis deliberately changed the
 * behaviour, the case is listed in {@link #BIS_CHANGES} with the reason, and the test asserts the 6265bis
 * outcome instead; nothing is skipped.
 */
class HttpStateParserTest {
    /** Dates are judged at this instant: the suite's "future" dates (2011–2027) lie after it. */
    static final Instant NOW = Instant.parse("2010-01-01T00:00:00Z");

    private static final String NAMELESS = "6265bis §5.6: a string without '=' (or with an empty name) is a "
            + "cookie with an empty name, as browsers now store it; RFC 6265 ignored it";

    /** A case whose 6265bis outcome differs from the suite's RFC 6265 expectation. */
    record Change(String reason, List<String> sent) {
    }

    /** Case → why 6265bis differs, and the name=value pairs it sends instead ("" name → value alone). */
    static final Map<String, Change> BIS_CHANGES = Map.ofEntries(
            Map.entry("0004", new Change(NAMELESS, List.of("=foo"))),
            Map.entry("0021", new Change(NAMELESS, List.of("a=b", "=x", "c=d"))),
            Map.entry("0023", new Change(NAMELESS, List.of("=foo"))),
            Map.entry("0024", new Change(NAMELESS, List.of("=foo"))),
            Map.entry("0025", new Change(NAMELESS, List.of("=foo"))),
            Map.entry("0026", new Change(NAMELESS, List.of("=foo"))),
            Map.entry("0027", new Change(NAMELESS + "; the second replaces the first", List.of("=bar"))),
            Map.entry("0028", new Change(NAMELESS, List.of("=foo"))),
            Map.entry("CHROMIUM0009", new Change(NAMELESS, List.of("=BLAHHH"))),
            Map.entry("CHROMIUM0010", new Change(NAMELESS, List.of("=\"BLA\\\"HHH\""))),
            Map.entry("CHROMIUM0012", new Change(NAMELESS, List.of("=ABC"))),
            Map.entry("MOZILLA0012", new Change(NAMELESS, List.of("test=\"fubar! = foo", "=five"))),
            Map.entry("MOZILLA0014", new Change(NAMELESS, List.of("=six"))),
            Map.entry("MOZILLA0015", new Change(NAMELESS, List.of("=seven"))),
            Map.entry("MOZILLA0016", new Change(NAMELESS, List.of("=eight"))),
            Map.entry("MOZILLA0017", new Change(NAMELESS + "; it keeps the creation time of the first",
                    List.of("=eight", "test=six"))),
            Map.entry("NAME0017", new Change(NAMELESS, List.of("=a=bar"))),
            Map.entry("NAME0023", new Change(NAMELESS, List.of("=foo"))),
            Map.entry("NAME0025", new Change(NAMELESS, List.of("===a=bar"))),
            Map.entry("NAME0028", new Change(NAMELESS, List.of("=a"))),
            Map.entry("NAME0031", new Change(NAMELESS, List.of("=\"foo"))),
            Map.entry("NAME0032", new Change(NAMELESS, List.of("=\"foo\\\"bar"))),
            Map.entry("NAME0033", new Change(NAMELESS + "; the second replaces the first", List.of("=aaa"))),
            Map.entry("DISABLED_CHROMIUM0022", new Change("6265bis §5.6 step 1: a control character (here NUL)"
                    + " makes the whole string ignored; the suite disabled this case", List.of())),
            Map.entry("DISABLED_CHROMIUM0023", new Change("6265bis §5.6 step 1: a control character (here CR)"
                    + " makes the whole string ignored; the suite disabled this case", List.of())),
            Map.entry("DISABLED_PATH0029", new Change("paths are compared as sent, not percent-decoded"
                    + " (§5.1.4, and every browser); the suite disabled this case", List.of())));

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheSuite() throws IOException {
        Path dir = SharedTestData.httpState().orElse(null);
        Assumptions.assumeTrue(dir != null, "shared/testdata/http-state not found: http-state suite skipped");
        JsonNode cases = new ObjectMapper().readTree(dir.resolve("parser.json").toFile());
        assertThat(cases.size()).as("cases in parser.json").isGreaterThan(200);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            String name = c.get("test").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> run(c, name)));
        }
        return tests.stream();
    }

    private static void run(JsonNode c, String name) {
        CookieJar jar = new CookieJar(Clock.fixed(NOW, ZoneOffset.UTC));
        URI base = URI.create("http://home.example.org:8888/");
        List<String> received = new ArrayList<>();
        c.get("received").forEach(r -> received.add(r.asText()));
        jar.apply(base.resolve("/cookie-parser?" + name), received, NOW);
        URI target = c.has("sent-to") ? base.resolve(c.get("sent-to").asText())
                : base.resolve("/cookie-parser-result?" + name);
        List<String> sent = jar.cookiesFor(target, NOW).stream().map(HttpStateParserTest::pair).toList();

        List<String> expected = new ArrayList<>();
        c.get("sent").forEach(s -> expected.add(s.get("name").asText() + "=" + s.get("value").asText()));
        Change change = BIS_CHANGES.get(name);
        if (change != null) {
            assertThat(change.sent()).as("%s is listed as changed by 6265bis, so it must differ", name)
                    .isNotEqualTo(expected);
            assertThat(sent).as("%s (6265bis: %s)", name, change.reason()).containsExactlyElementsOf(change.sent());
            return;
        }
        assertThat(sent).as(name).containsExactlyElementsOf(expected);
    }

    private static String pair(Cookie c) {
        return c.name() + "=" + c.value();
    }
}
