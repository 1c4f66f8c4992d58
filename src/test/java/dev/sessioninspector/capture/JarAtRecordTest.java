package dev.sessioninspector.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.CookieTraffic;
import dev.sessioninspector.analysis.CredentialTimeline;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.testkit.CaptureTestCase;
import dev.sessioninspector.testkit.Fx;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Record pressed on a page that already set cookies: the browser's jar as it stood then is recorded (source JAR),
 * so a cookie's lane starts at Record, also for a cookie no request of the recording sends.
 */
class JarAtRecordTest extends CaptureTestCase {
    private static void get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        try (InputStream in = c.getInputStream()) {
            in.readAllBytes();
        }
    }

    @Test
    void theJarAtRecordStartsTheLanesEvenForACookieNotYetSent() throws Exception {
        server = new TestServer().html("/set", "ok", "SESSIONID=0001de42; Path=/; HttpOnly", "prefs=tea; Path=/shop")
                .html("/later", "ok");
        CaptureHooks.detach();
        CaptureHooks.resetCookies();
        get(server.url("/set")); // before Record: not recorded, but the jar keeps both cookies
        Instant start = Instant.now();

        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        session.recordJar(URI.create(server.url("/shop/teas")));
        get(server.url("/later")); // carries SESSIONID only (prefs is for /shop)
        Fx.await("/later", Duration.ofSeconds(10), () -> sink.exchange("GET", "/later").isPresent());
        session.flush(Duration.ofSeconds(10));

        Map<String, String> held = sink.cookieEvents(e -> e.source() == CookieEvent.Source.JAR).stream()
                .collect(Collectors.toMap(e -> e.cookie().name(), e -> e.cookie().value()));
        assertThat(held).containsExactlyInAnyOrderEntriesOf(Map.of("SESSIONID", "0001de42", "prefs", "tea"));
        assertThat(sink.exchanges()).extracting(e -> e.url().getPath()).containsExactly("/later");

        RecordingData data = sink.toRecordingData("jar", URI.create(server.url("/shop/teas")), start);
        Exchange later = data.exchanges().get(0);
        CookieTraffic traffic = CookieTraffic.of(data);
        assertThat(traffic.sent(later.id())).containsOnlyKeys("SESSIONID");
        assertThat(traffic.issued()).as("held cookies are not issued: the rules judge no unknown attributes").isEmpty();

        CredentialTimeline timeline = CredentialTimeline.of(data, null);
        CredentialTimeline.Lane session = lane(timeline, "SESSIONID");
        assertThat(session.segments()).hasSize(1);
        assertThat(session.segments().get(0).cause()).isEqualTo(CredentialTimeline.Cause.HELD);
        assertThat(session.segments().get(0).from()).isBefore(later.start());
        assertThat(session.changes()).isEmpty();
        CredentialTimeline.Lane prefs = lane(timeline, "prefs");
        assertThat(prefs.segments()).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualTo("tea");
            assertThat(s.cause()).isEqualTo(CredentialTimeline.Cause.HELD);
        });
    }

    @Test
    void aPausedSessionRecordsNoJar() throws Exception {
        server = new TestServer().html("/set", "ok", "SESSIONID=1; Path=/");
        CaptureHooks.detach();
        CaptureHooks.resetCookies();
        get(server.url("/set"));
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        session.pause();
        session.recordJar(URI.create(server.url("/")));
        session.resume();
        session.recordJar(URI.create("about:blank"));
        session.flush(Duration.ofSeconds(10));
        assertThat(sink.cookieEvents()).isEmpty();
    }

    private static CredentialTimeline.Lane lane(CredentialTimeline t, String name) {
        return t.lanes().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
