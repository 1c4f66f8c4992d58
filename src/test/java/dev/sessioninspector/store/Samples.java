package dev.sessioninspector.store;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Exchanges and cookies whose content is a function of a number, so a reader can check what it finds. */
final class Samples {
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456789Z");

    private Samples() {
    }

    static Exchange exchange(long n) {
        byte[] response = responseBytes(n);
        return new Exchange(0, 0, T0.plusMillis(n), Duration.ofNanos(1_000_000 + n), n % 3 == 0 ? "POST" : "GET",
                URI.create("http://127.0.0.1:8080/page/" + n + "?q=" + n),
                Headers.of("Host", "127.0.0.1:8080", "Cookie", "SESSIONID=" + n, "Accept", "*/*"),
                n % 3 == 0 ? Body.ofText("item=" + n + "&qty=1") : Body.EMPTY,
                200, Headers.of("Content-Type", "text/html; charset=utf-8", "Set-Cookie", "a=" + n + "; HttpOnly",
                        "Set-Cookie", "b=" + n),
                new Body(response, response.length + n), Initiator.DOCUMENT, n > 1 ? n - 1 : null, null);
    }

    static byte[] responseBytes(long n) {
        StringBuilder sb = new StringBuilder("<html>");
        for (int i = 0; i < (n % 50) * 40; i++) {
            sb.append((char) ('a' + (i + n) % 26));
        }
        return sb.append("</html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static Cookie cookie(String name, String value) {
        return new Cookie(name, value, "127.0.0.1", "/", true, Instant.parse("2026-01-01T00:00:00Z"), 3600L,
                true, true, SameSite.LAX, false, name + "=" + value + "; Max-Age=3600; Secure; HttpOnly; SameSite=Lax");
    }

    static CookieEvent set(Cookie cookie, Long exchangeId) {
        return new CookieEvent(0, 0, T0, CookieEvent.Kind.SET, CookieEvent.Source.SERVER, cookie, null, exchangeId,
                URI.create("http://127.0.0.1:8080/login"));
    }
}
