package dev.sessioninspector.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timeline model both timelines draw: a cookie already in the jar when Record was pressed has its lane
 * from the first request that carried it, and detected login and logout are marks apart from the user's.
 */
public class CredentialTimelineTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final String SHOP = "http://127.0.0.1:8080";

    /** The weak shop after its first page load: SESSIONID=0001de42 held before Record, changed at sign-out. */
    public static RecordingData signedInWithACookieFromBeforeRecord(List<Marker> markers) {
        List<Exchange> ex = new ArrayList<>();
        ex.add(get(1, "/", "SESSIONID=0001de42; theme=dark", Headers.EMPTY, 200));
        ex.add(exchange(2, "POST", "/login", "SESSIONID=0001de42; theme=dark",
                Body.ofText("username=alice&password=wonderland"), Headers.of("Location", "/account"), 302));
        ex.add(get(3, "/account", "SESSIONID=0001de42; theme=dark", Headers.EMPTY, 200));
        ex.add(get(4, "/logout", "SESSIONID=0001de42; theme=dark",
                Headers.of("Location", "/", "Set-Cookie", "SESSIONID=0002aa17; Path=/"), 302));
        ex.add(get(5, "/", "SESSIONID=0002aa17; theme=dark", Headers.EMPTY, 200));
        ex.add(get(6, "/", "SESSIONID=0002aa17", Headers.of("Set-Cookie", "theme=; Max-Age=0; Path=/"), 200));
        return new RecordingData(new Recording(1, "r", URI.create(SHOP + "/"), T0, T0.plusSeconds(10)), ex, List.of(),
                markers, List.of());
    }

    private static Exchange get(long id, String path, String cookie, Headers response, int status) {
        return exchange(id, "GET", path, cookie, Body.EMPTY, response, status);
    }

    private static Exchange exchange(long id, String method, String path, String cookie, Body body, Headers response,
            int status) {
        Headers req = Headers.of("Host", "127.0.0.1:8080", "Cookie", cookie);
        if (method.equals("POST")) {
            req = req.with("Content-Type", "application/x-www-form-urlencoded");
        }
        return new Exchange(id, 1, T0.plusSeconds(id), Duration.ofMillis(20), method, URI.create(SHOP + path), req,
                body, status, response.with("Content-Type", "text/html"), Body.ofText("<html></html>"),
                Initiator.DOCUMENT, null, null);
    }

    @Test
    void aCookieHeldBeforeRecordHasItsLaneFromTheFirstRequestThatCarriedIt() {
        RecordingData data = signedInWithACookieFromBeforeRecord(List.of());
        AnalysisResult analysis = new AnalysisEngine().analyze(data);
        CredentialTimeline t = CredentialTimeline.of(data, analysis);

        assertThat(t.lanes()).extracting(CredentialTimeline.Lane::name).containsExactly("SESSIONID", "theme");
        CredentialTimeline.Lane sid = t.lanes().get(0);
        assertThat(sid.session()).isTrue();
        assertThat(sid.credential().kind()).isEqualTo(CredentialTimeline.Credential.Kind.COOKIE);
        assertThat(sid.segments()).extracting(CredentialTimeline.Segment::value).containsExactly("0001de42", "0002aa17");
        CredentialTimeline.Segment first = sid.segments().get(0);
        assertThat(first.from()).isEqualTo(data.exchanges().get(0).start());
        assertThat(first.cause()).isEqualTo(CredentialTimeline.Cause.SENT);
        assertThat(first.exchangeId()).isEqualTo(1);
        assertThat(first.to()).as("ends when sign-out's response changed it").isEqualTo(data.exchanges().get(3).end());
        assertThat(sid.segments().get(1).cause()).isEqualTo(CredentialTimeline.Cause.SET);
        assertThat(sid.segments().get(1).to()).as("still held").isNull();
        assertThat(sid.segments().get(0).colour()).isNotEqualTo(sid.segments().get(1).colour());
        assertThat(sid.segmentAt(data.exchanges().get(2).start()).value()).isEqualTo("0001de42");
        assertThat(sid.segmentAt(T0)).as("before anything was sent").isNull();
        assertThat(sid.changes()).singleElement().satisfies(c -> {
            assertThat(c.exchangeId()).isEqualTo(4);
            assertThat(c.value()).isEqualTo("0002aa17");
        });

        CredentialTimeline.Lane theme = t.lanes().get(1);
        assertThat(theme.session()).isFalse();
        assertThat(theme.segments()).singleElement().satisfies(s -> assertThat(s.to()).isEqualTo(
                data.exchanges().get(5).end()));
        assertThat(theme.changes()).singleElement().satisfies(c -> assertThat(c.deletion()).isTrue());
    }

    /**
     * While recording, before any cookie changed (no analysis yet): the cookies the requests carried already have
     * their lanes, open to the right. The app draws this during a live recording.
     */
    @Test
    void aCookieThatNeverChangedHasItsLaneToo() {
        RecordingData all = signedInWithACookieFromBeforeRecord(List.of());
        RecordingData live = new RecordingData(all.recording(), all.exchanges().subList(0, 3), List.of(), List.of(),
                List.of());
        CredentialTimeline t = CredentialTimeline.of(live, null);

        assertThat(t.lanes()).extracting(CredentialTimeline.Lane::name).containsExactly("SESSIONID", "theme");
        assertThat(t.lanes().get(0).segments()).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualTo("0001de42");
            assertThat(s.from()).isEqualTo(live.exchanges().get(0).start());
            assertThat(s.to()).isNull();
        });
        assertThat(t.lanes().get(0).changes()).isEmpty();
    }

    @Test
    void detectedLoginAndLogoutAreMarksToldApartFromTheUsers() {
        Marker note = new Marker(1, 1, T0.plusMillis(3500), Marker.Kind.NOTE, Marker.Source.USER, "cart", 3L);
        RecordingData data = signedInWithACookieFromBeforeRecord(List.of(note));
        AnalysisResult analysis = new AnalysisEngine().analyze(data);
        assertThat(analysis.loginPoint()).get().extracting(AuthPoint::source).isEqualTo(Marker.Source.DETECTED);

        List<CredentialTimeline.Mark> marks = CredentialTimeline.of(data, analysis).marks();
        assertThat(marks).extracting(CredentialTimeline.Mark::kind)
                .containsExactly(Marker.Kind.LOGIN, Marker.Kind.NOTE, Marker.Kind.LOGOUT);
        assertThat(marks).extracting(CredentialTimeline.Mark::detected).containsExactly(true, false, true);
        assertThat(marks.get(0).exchangeId()).isEqualTo(2L);
        assertThat(marks.get(2).exchangeId()).isEqualTo(4L);

        assertThat(CredentialTimeline.of(data, null).marks()).as("no analysis yet: the user's marks only")
                .extracting(CredentialTimeline.Mark::detected).containsExactly(false);
    }

    @Test
    void aUsersLoginMarkerIsDrawnOnceNotAgainAsDetected() {
        Marker login = new Marker(1, 1, T0.plusMillis(2100), Marker.Kind.LOGIN, Marker.Source.USER, "", 2L);
        RecordingData data = signedInWithACookieFromBeforeRecord(List.of(login));
        List<CredentialTimeline.Mark> marks = CredentialTimeline.of(data, new AnalysisEngine().analyze(data)).marks();
        assertThat(marks).filteredOn(m -> m.kind() == Marker.Kind.LOGIN).singleElement()
                .satisfies(m -> assertThat(m.detected()).isFalse());
    }
}
