package dev.sessioninspector.har;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.CookieEvent.Kind;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingData;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HarImporterTest {
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    final HarImporter importer = new HarImporter(Clock.fixed(NOW, ZoneOffset.UTC));

    HarImport load(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/har/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return importer.read(in, resource);
        }
    }

    @Test
    void chromeHar() throws IOException {
        HarImport imp = load("chrome.har");
        RecordingData d = imp.data();
        assertThat(d.exchanges()).extracting(e -> e.method() + " " + e.url().getPath()).containsExactly(
                "GET /", "POST /login", "GET /account", "GET /logo.png", "POST /api/track");
        assertThat(d.exchanges()).extracting(Exchange::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(d.recording().name()).isEqualTo("http://127.0.0.1:8080/");
        assertThat(d.recording().target()).isEqualTo(URI.create("http://127.0.0.1:8080/"));
        assertThat(d.recording().started()).isEqualTo(Instant.parse("2024-05-06T09:15:00.118Z"));

        Exchange first = d.exchanges().get(0);
        assertThat(first.duration()).isEqualTo(Duration.ofNanos(6_412_000));
        assertThat(first.initiator()).isEqualTo(Initiator.DOCUMENT);
        assertThat(first.responseBody().text()).startsWith("<html>");
        Exchange login = d.exchanges().get(1);
        assertThat(login.initiator()).isEqualTo(Initiator.FORM);
        assertThat(login.requestBody().text()).isEqualTo("username=alice&password=secret");
        assertThat(login.responseHeaders().first("Location")).contains("/account");
        Exchange account = d.exchanges().get(2);
        assertThat(account.redirectOf()).as("the hop the 302 led to").isEqualTo(2L);
        Exchange logo = d.exchanges().get(3);
        assertThat(logo.initiator()).isEqualTo(Initiator.SUBRESOURCE);
        assertThat(logo.responseBody().bytes()).isEqualTo(Base64.getDecoder().decode("iVBORw0KGgo="));
        Exchange failed = d.exchanges().get(4);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.error()).isEqualTo("net::ERR_CONNECTION_REFUSED");
        assertThat(failed.initiator()).isEqualTo(Initiator.XHR);

        assertThat(d.cookieEvents()).extracting(CookieEvent::kind, e -> e.cookie().value(), CookieEvent::exchangeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.SET, "anon-41", 1L),
                        org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, "auth-42", 2L));
        CookieEvent rotated = d.cookieEvents().get(1);
        assertThat(rotated.previous().value()).isEqualTo("anon-41");
        assertThat(rotated.cookie().httpOnly()).isTrue();
        assertThat(rotated.source()).isEqualTo(CookieEvent.Source.SERVER);
        assertThat(rotated.time()).isEqualTo(login.end());
        assertThat(imp.warnings()).containsExactly(
                "skipped 1 entry with the URL scheme data: (only http, https, ws and wss are kept)");
    }

    @Test
    void firefoxHar() throws IOException {
        HarImport imp = load("firefox.har");
        RecordingData d = imp.data();
        assertThat(d.recording().name()).isEqualTo("Tea shop");
        assertThat(d.exchanges().get(0).start()).isEqualTo(Instant.parse("2024-05-06T09:20:00.010Z"));
        assertThat(d.exchanges().get(0).responseHeaders().values("set-cookie"))
                .as("Firefox joins Set-Cookie values with newlines").hasSize(2);
        assertThat(d.exchanges().get(2).redirectOf()).isEqualTo(2L);
        assertThat(d.cookieEvents()).extracting(e -> e.kind() + " " + e.cookie().name() + "=" + e.cookie().value())
                .containsExactly("SET __Host-sid=f1e2d3", "SET theme=dark", "CHANGED __Host-sid=a9b8c7");
        assertThat(d.cookieEvents().get(1).cookie().expires()).isNotNull();
        assertThat(imp.warnings()).isEmpty();
    }

    @Test
    void playwrightHar() throws IOException {
        HarImport imp = load("playwright.har");
        RecordingData d = imp.data();
        assertThat(d.recording().name()).isEqualTo("Demo shop");
        Exchange page = d.exchanges().get(0);
        assertThat(page.responseBody().keptSize()).isZero();
        assertThat(page.responseBody().originalSize()).isEqualTo(1500);
        assertThat(d.exchanges().get(1).responseBody().text()).isEqualTo("{\"items\":[]}");
        Exchange failed = d.exchanges().get(2);
        assertThat(failed.status()).isZero();
        assertThat(failed.error()).isEqualTo("net::ERR_CONNECTION_REFUSED");
        assertThat(failed.duration()).isEqualTo(Duration.ZERO);
        assertThat(d.cookieEvents()).singleElement()
                .satisfies(e -> assertThat(e.cookie().value()).isEqualTo("s%3Aabc.def"));
        assertThat(imp.warnings()).containsExactly("1 response bodies are stored outside the HAR "
                + "(Playwright \"_file\") and were not loaded");
    }

    @Test
    void chromeSanitizedExportIsFlagged() throws IOException {
        HarImport imp = load("chrome-sanitized.har");
        assertThat(imp.data().exchanges()).hasSize(2);
        assertThat(imp.data().cookieEvents()).isEmpty();
        assertThat(imp.warnings()).singleElement().asString()
                .startsWith("the HAR holds no Cookie or Set-Cookie headers at all");
    }

    @Test
    void redactedCookieValuesAreFlagged() throws IOException {
        String har = HarSamples.minimal("""
                {"name": "Cookie", "value": "sid=[REDACTED]; theme=dark"}""", """
                {"name": "Set-Cookie", "value": "sid=********; Path=/"}""");
        HarImport imp = importer.read(HarSamples.stream(har), "x.har");
        assertThat(imp.warnings()).singleElement().asString()
                .startsWith("2 cookie values look redacted (e.g. sid=[REDACTED])");
    }

    @Test
    void responseCookiesArrayStandsInForMissingSetCookieHeaders() throws IOException {
        String har = HarSamples.minimal("", "").replace("\"cookies\": [] }, \"res",
                "\"cookies\": [] }, \"res").replace("\"response\": { \"status\": 200, \"statusText\": \"OK\", "
                        + "\"httpVersion\": \"HTTP/1.1\", \"cookies\": []",
                "\"response\": { \"status\": 200, \"statusText\": \"OK\", \"httpVersion\": \"HTTP/1.1\", "
                        + "\"cookies\": [{\"name\": \"sid\", \"value\": \"v1\", \"path\": \"/\", \"httpOnly\": true, "
                        + "\"expires\": \"2030-01-01T00:00:00.000Z\"}]");
        RecordingData d = importer.read(HarSamples.stream(har), "x.har").data();
        assertThat(d.exchanges().get(0).responseHeaders().values("Set-Cookie"))
                .containsExactly("sid=v1; Path=/; Expires=Tue, 1 Jan 2030 00:00:00 GMT; HttpOnly");
        assertThat(d.cookieEvents()).singleElement().satisfies(e -> assertThat(e.cookie().httpOnly()).isTrue());
    }

    @Test
    void setCookieThatABrowserWouldRefuseIsReportedAndNotAnEvent() throws IOException {
        String har = HarSamples.minimal("", """
                {"name": "Set-Cookie", "value": "sid=1; Domain=evil.com"}""");
        HarImport imp = importer.read(HarSamples.stream(har), "x.har");
        assertThat(imp.data().cookieEvents()).isEmpty();
        assertThat(imp.warnings()).contains("exchange 1 (GET http://127.0.0.1:8080/): "
                + "Set-Cookie ignored: Domain=evil.com does not domain-match 127.0.0.1");
    }

    @Test
    void entriesOutOfOrderAreSortedAndNumberedByTime() throws IOException {
        String har = """
                {"log": {"version": "1.2", "creator": {"name": "t", "version": "1"}, "entries": [
                  %s, %s ]}}""".formatted(HarSamples.entry("http://h.example/b", "2024-01-01T00:00:02Z", "a=2"),
                HarSamples.entry("http://h.example/a", "2024-01-01T00:00:01Z", "a=1"));
        RecordingData d = importer.read(HarSamples.stream(har), "x.har").data();
        assertThat(d.exchanges()).extracting(e -> e.id() + e.url().getPath()).containsExactly("1/a", "2/b");
        assertThat(d.cookieEvents()).extracting(CookieEvent::kind).containsExactly(Kind.SET, Kind.CHANGED);
    }

    @Test
    void anEmptyEntryListIsARecordingWithoutExchanges() throws IOException {
        HarImport imp = importer.read(HarSamples.stream("{\"log\":{\"version\":\"1.2\",\"entries\":[]}}"), "empty.har");
        assertThat(imp.data().exchanges()).isEmpty();
        assertThat(imp.data().recording().name()).isEqualTo("empty.har");
        assertThat(imp.data().recording().started()).isEqualTo(NOW);
        assertThat(imp.warnings()).containsExactly("the HAR holds no HTTP entries");
    }

    @Test
    void readsFromAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path file = dir.resolve("session.har");
        try (InputStream in = getClass().getResourceAsStream("/har/firefox.har")) {
            java.nio.file.Files.copy(in, file);
        }
        assertThat(importer.read(file).data().exchanges()).hasSize(3);
    }
}
