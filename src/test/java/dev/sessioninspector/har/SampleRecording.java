package dev.sessioninspector.har;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.SameSite;
import dev.sessioninspector.model.StorageSnapshot;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A recording of a login as this app would capture it, with every kind of content the HAR must carry. */
final class SampleRecording {
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456789Z");
    static final URI BASE = URI.create("http://127.0.0.1:8080/");

    private SampleRecording() {
    }

    static RecordingData create() {
        Recording rec = new Recording(0, "Tea shop login", BASE, T0, T0.plusSeconds(30));
        Cookie anon = new Cookie("JSESSIONID", "anon-1", "127.0.0.1", "/", true, null, null, false, false,
                SameSite.UNSPECIFIED, false, "JSESSIONID=anon-1; Path=/");
        Cookie auth = new Cookie("JSESSIONID", "auth-2", "127.0.0.1", "/", true, T0.plusSeconds(3600), 3600L, false,
                true, SameSite.LAX, false, "JSESSIONID=auth-2; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax");
        Exchange home = new Exchange(1, 0, T0, Duration.ofNanos(12_345_678), "GET", BASE.resolve("/"),
                Headers.of("Accept", "text/html", "Authorization", "Basic YWxpY2U6c2VjcmV0"), Body.EMPTY, 200,
                Headers.of("Content-Type", "text/html; charset=utf-8", "Set-Cookie", anon.raw()),
                Body.ofText("<a href=\"/login\">Anmelden – Grüße</a>"), Initiator.DOCUMENT, null, null);
        Exchange login = new Exchange(2, 0, T0.plusSeconds(5), Duration.ofMillis(40), "POST",
                BASE.resolve("/login?next=%2Faccount&token=abc123"),
                Headers.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", "JSESSIONID=anon-1; theme=dark"),
                Body.ofText("username=alice&password=s3cr%26t&remember=on"), 302,
                Headers.of("Location", "/account", "Set-Cookie", auth.raw(), "Set-Cookie", "theme=light; Path=/"),
                Body.EMPTY, Initiator.FORM, null, null);
        Exchange account = new Exchange(3, 0, T0.plusSeconds(5).plusMillis(45), Duration.ofMillis(7), "GET",
                BASE.resolve("/account"), Headers.of("Cookie", "JSESSIONID=auth-2; theme=light"), Body.EMPTY, 200,
                Headers.of("Content-Type", "application/json"),
                Body.ofText("{\"user\":\"alice\",\"apiKey\":\"k-999\",\"profile\":{\"password\":\"x\",\"city\":\"Bonn\"}}"),
                Initiator.REDIRECT, 2L, null);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        Exchange image = new Exchange(4, 0, T0.plusSeconds(6), Duration.ZERO, "GET", BASE.resolve("/logo.png"),
                Headers.EMPTY, Body.EMPTY, 200, Headers.of("Content-Type", "image/png"), new Body(png, 5000),
                Initiator.SUBRESOURCE, null, null);
        Exchange upload = new Exchange(5, 0, T0.plusSeconds(7), Duration.ofMillis(3), "PUT", BASE.resolve("/avatar"),
                Headers.of("Content-Type", "application/octet-stream"), Body.of(new byte[] {0, 1, 2, 3}), 204,
                Headers.EMPTY, Body.EMPTY, Initiator.XHR, null, null);
        Exchange failed = new Exchange(6, 0, T0.plusSeconds(8), Duration.ofMillis(1), "GET",
                URI.create("http://127.0.0.1:9/down"), Headers.EMPTY, Body.EMPTY, 0, Headers.EMPTY, Body.EMPTY,
                Initiator.XHR, null, "Connection refused");
        Exchange jsonPost = new Exchange(7, 0, T0.plusSeconds(9), Duration.ofMillis(2), "POST", BASE.resolve("/api/pw"),
                Headers.of("Content-Type", "application/json"),
                Body.ofText("{\"old_password\":\"a\",\"newPassword\":\"b\",\"note\":\"keep\"}"), 200, Headers.EMPTY,
                new Body("partial body".getBytes(StandardCharsets.UTF_8), 100_000), Initiator.XHR, null, null);
        List<CookieEvent> events = List.of(
                new CookieEvent(1, 0, home.end(), CookieEvent.Kind.SET, CookieEvent.Source.SERVER, anon, null, 1L,
                        home.url()),
                new CookieEvent(2, 0, login.end(), CookieEvent.Kind.CHANGED, CookieEvent.Source.SERVER, auth, anon, 2L,
                        login.url()),
                new CookieEvent(3, 0, T0.plusSeconds(10), CookieEvent.Kind.SET, CookieEvent.Source.SCRIPT,
                        Cookie.simple("consent", "yes"), null, null, URI.create("javascript://127.0.0.1/")));
        List<Marker> markers = List.of(
                new Marker(1, 0, login.start(), Marker.Kind.LOGIN, Marker.Source.FLOW, "login", 2L),
                new Marker(2, 0, T0.plusSeconds(20), Marker.Kind.NOTE, Marker.Source.USER, "looked at cart", null));
        List<StorageSnapshot> storage = List.of(new StorageSnapshot(1, 0, T0.plusSeconds(6), "http://127.0.0.1:8080",
                StorageSnapshot.Area.LOCAL, Map.of("jwt", "eyJhbGciOi.x.y", "lang", "de")));
        return new RecordingData(rec, List.of(home, login, account, image, upload, failed, jsonPost), events, markers,
                storage);
    }
}
