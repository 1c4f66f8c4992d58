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

        assertThat(CredentialTimeline.of(data, null).marks()).as("still recording: the login and logout appear as "
                + "they happen, where the analysis will put them").isEqualTo(marks);
    }

    @Test
    void aUsersLoginMarkerIsDrawnOnceNotAgainAsDetected() {
        Marker login = new Marker(1, 1, T0.plusMillis(2100), Marker.Kind.LOGIN, Marker.Source.USER, "", 2L);
        RecordingData data = signedInWithACookieFromBeforeRecord(List.of(login));
        List<CredentialTimeline.Mark> marks = CredentialTimeline.of(data, new AnalysisEngine().analyze(data)).marks();
        assertThat(marks).filteredOn(m -> m.kind() == Marker.Kind.LOGIN).singleElement()
                .satisfies(m -> assertThat(m.detected()).isFalse());
    }

    /** Epoch seconds of {@link #tokenApi()}'s {@code iat}: two seconds in, at its sign-in. */
    public static final long TOKEN_IAT = T0.getEpochSecond() + 2;

    /**
     * A JSON API: sign-in (exchange 2) issues a JWT in the field {@code token} that expires 5 s later; the page
     * uses it at +3 s and +4 s; a probe replays it at +20 s, past exp, and gets the signed-in answer.
     */
    public static RecordingData tokenApi() {
        String jwt = TestJwts.hs256("{\"sub\":\"alice\",\"iat\":" + TOKEN_IAT + ",\"exp\":" + (TOKEN_IAT + 5) + "}", "k");
        Headers json = Headers.of("Content-Type", "application/json");
        List<Exchange> ex = new ArrayList<>();
        ex.add(api(1, "GET", "/api/me", Headers.EMPTY, json, "{}", 401, Initiator.XHR));
        ex.add(api(2, "POST", "/api/login", Headers.EMPTY, json, "{\"token\":\"" + jwt + "\"}", 200, Initiator.XHR));
        Headers bearer = Headers.of("Authorization", "Bearer " + jwt);
        ex.add(api(3, "GET", "/api/me", bearer, json, "{\"user\":\"alice\"}", 200, Initiator.XHR));
        ex.add(api(4, "GET", "/api/cart", bearer, json, "{\"items\":[]}", 200, Initiator.XHR));
        ex.add(api(20, "GET", "/api/me", bearer, json, "{\"user\":\"alice\"}", 200, Initiator.PROBE));
        return new RecordingData(new Recording(1, "r", URI.create(SHOP + "/"), T0, T0.plusSeconds(30)),
                ex, List.of(), List.of(), List.of());
    }

    /** The analysis of {@link #tokenApi()} plus a {@code token.long-lived} finding citing the probe's replay. */
    public static AnalysisResult acceptedPastExp(RecordingData data) {
        AnalysisResult found = new AnalysisEngine().analyze(data);
        assertThat(found.sessionCookies()).extracting(SessionCookie::name).contains("Authorization");
        return new AnalysisResult(found.target(), found.sessionCookies(), found.framework(),
                found.login(), null, "", List.of(), List.of(new dev.sessioninspector.model.Finding("token.long-lived",
                        dev.sessioninspector.model.Severity.MEDIUM, "Token accepted longer than its exp", "Authorization",
                        List.of(new dev.sessioninspector.model.Evidence(2, "issued"),
                                new dev.sessioninspector.model.Evidence(20, "active probe: still accepted")),
                        "", List.of())), List.of(), List.of());
    }

    @Test
    void aTokenLaneRunsFromItsIssueToItsLastUseAndMarksAUseAcceptedPastItsExp() {
        RecordingData data = tokenApi();
        List<Exchange> ex = data.exchanges();
        long iat = TOKEN_IAT;
        AnalysisResult analysis = acceptedPastExp(data);

        CredentialTimeline t = CredentialTimeline.of(data, analysis);
        CredentialTimeline.Lane lane = t.lanes().get(0);
        assertThat(lane.token()).isTrue();
        assertThat(lane.credential().kind()).isEqualTo(CredentialTimeline.Credential.Kind.TOKEN);
        assertThat(lane.session()).isTrue();
        assertThat(lane.segments()).singleElement().satisfies(seg -> {
            assertThat(seg.from()).as("from the sign-in answer").isEqualTo(ex.get(1).end());
            assertThat(seg.to()).as("to its last use in the visit (probes left out)").isEqualTo(ex.get(3).end());
            assertThat(seg.exchangeId()).isEqualTo(2);
            assertThat(seg.cause()).isEqualTo(CredentialTimeline.Cause.ISSUED);
        });
        assertThat(lane.changes()).singleElement().extracting(CredentialTimeline.Change::where)
                .isEqualTo("JSON field token");
        assertThat(lane.expiries()).singleElement().satisfies(x -> {
            assertThat(x.expires()).isEqualTo(java.time.Instant.ofEpochSecond(iat + 5));
            assertThat(x.issuedAt()).isEqualTo(java.time.Instant.ofEpochSecond(iat));
        });
        assertThat(lane.lateAcceptances()).as("the issuing exchange is evidence too, but not late").singleElement()
                .satisfies(a -> {
                    assertThat(a.exchangeId()).isEqualTo(20);
                    assertThat(a.why()).isEqualTo("still accepted 13s past its exp (token.long-lived, exchange 20)");
                });
        assertThat(CredentialTimeline.of(data, null).lanes()).as("while recording: the lane, nothing proved yet")
                .singleElement().satisfies(l -> {
                    assertThat(l.token()).isTrue();
                    assertThat(l.session()).isFalse();
                    assertThat(l.expiries()).hasSize(1);
                    assertThat(l.lateAcceptances()).isEmpty();
                });
    }

    private static Exchange api(long second, String method, String path, Headers request, Headers response,
            String body, int status, Initiator initiator) {
        return new Exchange(second, 1, T0.plusSeconds(second), Duration.ofMillis(20), method, URI.create(SHOP + path),
                request.with("Host", "127.0.0.1:8080"), Body.EMPTY, status, response, Body.ofText(body), initiator,
                null, null);
    }
}
