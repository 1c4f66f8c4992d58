package dev.sessioninspector.har;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The places a sanitized HAR leaked the live session ID (issue 13, item 1), and the stack overflow on a JSON body
 * that does not parse (item 2): each must come out redacted, and the HAR must import whole.
 */
class SanitizerLeakTest {
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final URI BASE = URI.create("http://127.0.0.1:8080/");

    static Exchange exchange(int id, String method, String path, Headers req, Body reqBody, int status, Headers res,
            Body resBody, Long redirectOf) {
        return new Exchange(id, 0, T0.plusSeconds(id), Duration.ofMillis(3), method, BASE.resolve(path), req, reqBody,
                status, res, resBody, redirectOf == null ? Initiator.DOCUMENT : Initiator.REDIRECT, redirectOf, null);
    }

    static String export(List<Exchange> exchanges) throws Exception {
        RecordingData data = new RecordingData(new Recording(0, "leaks", BASE, T0, T0.plusSeconds(60)), exchanges,
                List.of(), List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HarExporter().write(data, out, HarExportOptions.SANITIZED);
        String har = out.toString(StandardCharsets.UTF_8);
        new HarImporter(java.time.Clock.systemUTC()).read(new java.io.ByteArrayInputStream(out.toByteArray()), "leaks.har");
        return har;
    }

    @Test
    void theSeventeenPlacesOfTheCampaignHoldNoSessionId() throws Exception {
        String id = "0001de42a9f3c7b1";
        List<Exchange> ex = new ArrayList<>();
        ex.add(exchange(1, "GET", "/", Headers.EMPTY, Body.EMPTY, 200,
                Headers.of("Content-Type", "text/html", "Set-Cookie", "SESSIONID=" + id + "; Path=/; HttpOnly"),
                Body.ofText("<a href=\"/cart?sessionid=" + id + "\">cart</a>"), null));
        ex.add(exchange(2, "GET", "/api/me", Headers.of("Cookie", "SESSIONID=" + id), Body.EMPTY, 200,
                Headers.of("Content-Type", "application/json"),
                Body.ofText("{\"sess\":\"" + id + "\",\"PHPSESSID\":\"" + id + "\",\"connect.sid\":\"" + id
                        + "\",\"pairs\":[[\"SESSIONID\",\"" + id + "\"]],\"echo\":\"" + id + "\"}"), null));
        ex.add(exchange(3, "POST", "/login", Headers.of("Cookie", "SESSIONID=" + id), Body.ofText("user=alice"), 302,
                Headers.of("Location", "/account?PHPSESSID=" + id + "&s=" + id), Body.EMPTY, null));
        ex.add(exchange(4, "GET", "/account?PHPSESSID=" + id + "&s=" + id, Headers.of("Cookie", "SESSIONID=" + id),
                Body.EMPTY, 200, Headers.of("Content-Type", "text/plain"), Body.ofText("your session: " + id), 3L));
        ex.add(exchange(5, "GET", "/blob", Headers.EMPTY, Body.EMPTY, 200, Headers.of("Content-Type", "text/plain"),
                Body.ofText("data=" + Base64.getEncoder().encodeToString(("xsid=" + id + ";").getBytes())), null));
        String har = export(ex);
        assertThat(har).doesNotContain(id).doesNotContain(id.substring(0, 8) + id.substring(8));
        assertThat(har).doesNotContain(Base64.getEncoder().encodeToString(id.getBytes()).substring(0, 12));
        assertThat(har).contains("\"name\" : \"PHPSESSID\"").contains("\"name\" : \"s\"");
    }

    @Test
    void aPhpShopThatPutsTheIdOnlyInLinksLeaksNothing() throws Exception {
        String id = "k3l9vq0h2n7m5c8r1p4t6s0u2w";
        String page = "<a href=\"/cart.php?PHPSESSID=" + id + "\">Cart</a><form action=\"/login.php?PHPSESSID=" + id
                + "\"></form><script>var sid='" + id + "';</script>";
        String har = export(List.of(exchange(1, "GET", "/index.php", Headers.EMPTY, Body.EMPTY, 200,
                Headers.of("Content-Type", "text/html; charset=UTF-8"), Body.ofText(page), null)));
        assertThat(har).doesNotContain(id).contains("PHPSESSID=%5Bredacted%5D");
    }

    @Test
    void aJsonBodyThatDoesNotParseWithALongStringNeitherOverflowsNorLeaks() throws Exception {
        String id = "f00dcafe12345678deadbeef";
        String body = ")]}',\n{\"blob\":\"" + "a\\\"b".repeat(5000) + "\",\"token\":\"" + id + "\",\"x\":\"" + id + "\"}";
        String har = export(List.of(exchange(1, "GET", "/api", Headers.EMPTY, Body.EMPTY, 200,
                Headers.of("Content-Type", "application/json"), Body.ofText(body), null)));
        assertThat(har).doesNotContain(id).contains("\\\"token\\\":\\\"[redacted]\\\"");
        assertThat(JsonSecrets.scan("\"" + "x".repeat(1_000_000), v -> { })).hasSize(1_000_001);
    }

    @Test
    void frameworkSessionNamesAreSecretWhateverTheirCase() {
        for (String name : List.of("PHPSESSID", "connect.sid", "sess", "JSESSIONID", "ASP.NET_SessionId",
                "laravel_session", "_session_id", "phpsessid", "SID", "koa.sess", "ci_session", "ASPSESSIONIDQQGGGNCG",
                "rack.session", "PLAY_SESSION", "CFID", "CFTOKEN", "sessionid", "XSRF-TOKEN")) {
            assertThat(SecretNames.isSecret(name)).as(name).isTrue();
        }
        for (String name : List.of("theme", "lang", "item", "next", "user", "author", "access", "assess", "s", "q")) {
            assertThat(SecretNames.isSecret(name)).as(name).isFalse();
        }
    }
}
