package dev.sessioninspector.har;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.testkit.Fuzz;
import dev.sessioninspector.testkit.Gen;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recordings with a session ID issued one way (a cookie, a bearer token, a URL parameter, a JSON member) and then
 * planted in random places and forms: the sanitized HAR must hold it in no form, and must import whole. Runs on
 * {@link Fuzz}: 100 tries unless {@code -Dfuzz.tries} (raise it, e.g. {@code -Dfuzz.tries=20000 -Dfuzz.seed=random}, for a longer run);
 * a failure names the seed and try to replay with {@code -Dfuzz.seed=… -Dfuzz.try=…}.
 */
class SanitizerPropertyTest {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~+/=";

    /** How the server handed out the ID. */
    enum Issue { SET_COOKIE, BEARER, URL_PARAMETER, JSESSIONID_PATH, JSON_TOKEN }

    /** Where a copy of the ID goes. */
    enum Place { HEADER, QUERY, LOCATION, HTML_LINK, JSON_MEMBER, JSON_PAIR, TEXT, BASE64_BLOB, BINARY, ANGULAR_JSON,
        JSON_ESCAPED, REFERER, FORM, ERROR }

    record Case(String id, String cookieName, Issue issue, List<Place> places, int blobPrefix) {
    }

    private static final Gen<Case> CASES = caseGen();

    private static Gen<Case> caseGen() {
        Gen<String> ids = Gen.strings(ALPHABET, 10, 64)
                .filter(s -> s.chars().filter(Character::isLetterOrDigit).count() >= 6);
        Gen<String> names = Gen.of("SESSIONID", "PHPSESSID", "connect.sid", "sid", "s", "x", "auth",
                "laravel_session", "ASP.NET_SessionId", "state");
        Gen<Issue> issues = Gen.of(Issue.class);
        Gen<List<Place>> places = Gen.of(Place.class).list(1, 8);
        Gen<Integer> blobPrefixes = Gen.ints(0, 5);
        return r -> new Case(ids.next(r), names.next(r), issues.next(r), places.next(r), blobPrefixes.next(r));
    }

    @Test
    void noPlantedIdSurvivesSanitizing() {
        Fuzz.forAll("sanitizer planting", CASES, SanitizerPropertyTest::assertNoPlantedIdSurvives);
    }

    private static void assertNoPlantedIdSurvives(Case c) throws Exception {
        String id = c.id();
        String enc = URLEncoder.encode(id, StandardCharsets.UTF_8);
        List<Exchange> ex = new ArrayList<>();
        int n = 1;
        ex.add(issue(n++, c));
        List<String> planted = new ArrayList<>(List.of(id, enc));
        for (Place p : c.places()) {
            String blob = Base64.getEncoder().encodeToString(("x".repeat(c.blobPrefix()) + "id=" + id + "&z").getBytes());
            if (p == Place.BASE64_BLOB) {
                planted.add(blob.substring(4 * ((c.blobPrefix() + 3) / 3 + 1), blob.length() - 4));
            }
            ex.add(plant(n++, p, id, enc, blob));
        }
        String har = SanitizerLeakTest.export(ex);
        for (String form : planted) {
            if (form.length() >= 8) {
                assertThat(har).as("a form of %s planted in %s, issued as %s", id, c.places(), c.issue())
                        .doesNotContain(form);
            }
        }
    }

    private static Exchange issue(int n, Case c) {
        String id = c.id();
        String enc = URLEncoder.encode(id, StandardCharsets.UTF_8);
        return switch (c.issue()) {
            case SET_COOKIE -> SanitizerLeakTest.exchange(n, "GET", "/", Headers.EMPTY, Body.EMPTY, 200,
                    Headers.of("Set-Cookie", c.cookieName() + "=" + id + "; Path=/"), Body.EMPTY, null);
            case BEARER -> SanitizerLeakTest.exchange(n, "GET", "/api", Headers.of("Authorization", "Bearer " + id),
                    Body.EMPTY, 200, Headers.EMPTY, Body.EMPTY, null);
            case URL_PARAMETER -> SanitizerLeakTest.exchange(n, "GET", "/shop?PHPSESSID=" + enc, Headers.EMPTY,
                    Body.EMPTY, 200, Headers.EMPTY, Body.EMPTY, null);
            case JSESSIONID_PATH -> SanitizerLeakTest.exchange(n, "GET", "/shop;jsessionid=" + enc, Headers.EMPTY,
                    Body.EMPTY, 200, Headers.EMPTY, Body.EMPTY, null);
            case JSON_TOKEN -> SanitizerLeakTest.exchange(n, "POST", "/api/login", Headers.EMPTY, Body.EMPTY, 200,
                    Headers.of("Content-Type", "application/json"),
                    Body.ofText("{\"access_token\":\"" + id + "\"}"), null);
        };
    }

    private static Exchange plant(int n, Place p, String id, String enc, String blob) {
        Headers html = Headers.of("Content-Type", "text/html");
        Headers json = Headers.of("Content-Type", "application/json");
        Headers text = Headers.of("Content-Type", "text/plain");
        String jsonId = id.replace("/", "\\/");
        return switch (p) {
            case HEADER -> SanitizerLeakTest.exchange(n, "GET", "/h", Headers.of("X-Trace", "t-" + id), Body.EMPTY,
                    200, Headers.of("X-Echo", id), Body.EMPTY, null);
            case QUERY -> SanitizerLeakTest.exchange(n, "GET", "/q?q=" + enc + "&n=1", Headers.EMPTY, Body.EMPTY,
                    200, Headers.EMPTY, Body.EMPTY, null);
            case LOCATION -> SanitizerLeakTest.exchange(n, "GET", "/r", Headers.EMPTY, Body.EMPTY, 302,
                    Headers.of("Location", "/next?s=" + enc), Body.EMPTY, null);
            case HTML_LINK -> SanitizerLeakTest.exchange(n, "GET", "/p", Headers.EMPTY, Body.EMPTY, 200, html,
                    Body.ofText("<a href=\"/a?sessionid=" + enc + "\">a</a><p>" + id + "</p>"), null);
            case JSON_MEMBER -> SanitizerLeakTest.exchange(n, "GET", "/j", Headers.EMPTY, Body.EMPTY, 200, json,
                    Body.ofText("{\"data\":{\"v\":\"" + jsonId + "\"}}"), null);
            case JSON_PAIR -> SanitizerLeakTest.exchange(n, "GET", "/j2", Headers.EMPTY, Body.EMPTY, 200, json,
                    Body.ofText("[[\"SESSIONID\",\"" + id + "\"],[\"other\",\"" + id + "\"]]"), null);
            case TEXT -> SanitizerLeakTest.exchange(n, "GET", "/t", Headers.EMPTY, Body.EMPTY, 200, text,
                    Body.ofText("id " + id + " end"), null);
            case BASE64_BLOB -> SanitizerLeakTest.exchange(n, "GET", "/b", Headers.EMPTY, Body.EMPTY, 200, text,
                    Body.ofText("blob:" + blob), null);
            case BINARY -> {
                byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
                byte[] bin = new byte[idBytes.length + 4];
                bin[0] = 0;
                bin[1] = (byte) 0xff;
                System.arraycopy(idBytes, 0, bin, 2, idBytes.length);
                yield SanitizerLeakTest.exchange(n, "GET", "/bin", Headers.EMPTY, Body.EMPTY, 200,
                        Headers.of("Content-Type", "application/octet-stream"), Body.of(bin), null);
            }
            case ANGULAR_JSON -> SanitizerLeakTest.exchange(n, "GET", "/ng", Headers.EMPTY, Body.EMPTY, 200, json,
                    Body.ofText(")]}',\n{\"long\":\"" + "q".repeat(3500) + "\",\"v\":\"" + jsonId + "\""), null);
            case JSON_ESCAPED -> SanitizerLeakTest.exchange(n, "GET", "/je", Headers.EMPTY, Body.EMPTY, 200, json,
                    Body.ofText("{\"v\":\"" + unicodeEscaped(id) + "\"}"), null);
            case REFERER -> SanitizerLeakTest.exchange(n, "GET", "/ref", Headers.of("Referer",
                    "http://127.0.0.1:8080/from?x=" + enc), Body.EMPTY, 200, Headers.EMPTY, Body.EMPTY, null);
            case FORM -> SanitizerLeakTest.exchange(n, "POST", "/f", Headers.of("Content-Type",
                    "application/x-www-form-urlencoded"), Body.ofText("note=" + enc + "&a=1"), 200, Headers.EMPTY,
                    Body.EMPTY, null);
            case ERROR -> new Exchange(n, 0, SanitizerLeakTest.T0.plusSeconds(n), java.time.Duration.ZERO, "GET",
                    SanitizerLeakTest.BASE.resolve("/e"), Headers.EMPTY, Body.EMPTY, 0, Headers.EMPTY, Body.EMPTY,
                    dev.sessioninspector.model.Initiator.XHR, null, "failed at /e?id=" + id);
        };
    }

    private static String unicodeEscaped(String id) {
        StringBuilder sb = new StringBuilder();
        for (char ch : id.toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                sb.append(ch);
            } else {
                sb.append(String.format("\\u%04x", (int) ch));
            }
        }
        return sb.toString();
    }
}
