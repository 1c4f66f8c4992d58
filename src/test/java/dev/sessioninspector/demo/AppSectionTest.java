package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.testkit.FakeClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The single-page section's API and its switches, each proved on its own, with a clock the test moves. */
class AppSectionTest {
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private DemoShop shop;

    @AfterEach
    void stop() {
        if (shop != null) {
            shop.close();
        }
    }

    private void start(AppSettings app) {
        shop = DemoShop.start(0, ShopSettings.weak().withApp(app), clock, new SecureRandom());
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(shop.baseUri().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String signIn() {
        HttpResponse<String> r = send("POST", "/app/api/login", "{\"username\": \"alice\", \"password\": \"wonderland\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher m = TOKEN.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return m.group(1);
    }

    private int me(String token) {
        return send("GET", "/app/api/me", null, "Authorization", "Bearer " + token).statusCode();
    }

    private static String part(String token, int i) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[i]), StandardCharsets.UTF_8);
    }

    private static String unsigned(String token, String alg) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    @Test
    void signingInGivesAnHs256TokenThatReachesTheSignedInEndpoint() {
        start(AppSettings.hardened());
        assertThat(send("GET", "/app", null).body()).contains("id=\"view\"", "var STORAGE = \"memory\"");
        assertThat(send("GET", "/app/api/me", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/app/api/login", "{\"username\": \"alice\", \"password\": \"nope\"}").statusCode())
                .isEqualTo(401);
        assertThat(send("POST", "/app/api/login", "username=alice").statusCode()).isEqualTo(400);
        String token = signIn();
        assertThat(part(token, 0)).isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        long iat = clock.instant().getEpochSecond();
        assertThat(part(token, 1)).startsWith("{\"sub\":\"alice\",\"jti\":\"").endsWith(",\"iat\":" + iat + ",\"exp\":"
                + (iat + 900) + "}");
        HttpResponse<String> me = send("GET", "/app/api/me", null, "Authorization", "Bearer " + token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"user\":\"alice\"");
        assertThat(me(token.substring(0, token.length() - 2) + "AA")).isEqualTo(401);
        assertThat(me("not.a.jwt")).isEqualTo(401);
    }

    @Test
    void theWeakKeyIsTheWellKnownSecretAndTheHardenedOneIsNot() throws Exception {
        start(AppSettings.hardened().withWeakSigningKey(true));
        String weak = signIn();
        assertThat(hs256(weak, "secret")).isEqualTo(weak.split("\\.")[2]);
        shop.update(shop.settings().withApp(AppSettings.hardened()));
        String strong = signIn();
        assertThat(hs256(strong, "secret")).isNotEqualTo(strong.split("\\.")[2]);
        assertThat(me(strong)).isEqualTo(200);
    }

    @Test
    void algNoneInAnyCaseIsAcceptedOnlyWithItsSwitch() {
        start(AppSettings.hardened());
        String token = signIn();
        for (String alg : List.of("none", "None", "NONE", "nOnE")) {
            assertThat(me(unsigned(token, alg))).as(alg).isEqualTo(401);
        }
        shop.update(shop.settings().withApp(AppSettings.hardened().withAcceptAlgNone(true)));
        for (String alg : List.of("none", "None", "NONE", "nOnE")) {
            assertThat(me(unsigned(token, alg))).as(alg).isEqualTo(200);
        }
        assertThat(me(unsigned(token, "none") + "c2ln")).isEqualTo(401);
    }

    @Test
    void signOutRevokesTheTokenOnlyWithItsSwitch() {
        start(AppSettings.hardened().withRevokeAtLogout(false));
        String kept = signIn();
        send("POST", "/app/api/logout", "{}", "Authorization", "Bearer " + kept);
        assertThat(me(kept)).isEqualTo(200);
        shop.update(shop.settings().withApp(AppSettings.hardened()));
        String revoked = signIn();
        send("POST", "/app/api/logout", "{}", "Authorization", "Bearer " + revoked);
        assertThat(me(revoked)).isEqualTo(401);
    }

    @Test
    void theLifetimeIsTheTokensExpAndTheShopsTimeoutsApplyToTokens() {
        start(AppSettings.hardened());
        shop.update(shop.settings().withIdleTimeout(null).withAbsoluteTimeout(null));
        String shortLived = signIn();
        clock.advance(Duration.ofMinutes(14));
        assertThat(me(shortLived)).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(me(shortLived)).isEqualTo(401);

        shop.update(shop.settings().withApp(AppSettings.hardened().withTokenLifetime(Duration.ofDays(30)))
                .withAbsoluteTimeout(Duration.ofHours(8)).withIdleTimeout(Duration.ofMinutes(15)));
        String busy = signIn();
        for (int i = 0; i < 8 * 6; i++) { // every 10 minutes for 8 hours: never idle
            clock.advance(Duration.ofMinutes(10));
            assertThat(me(busy)).as("after %d min", (i + 1) * 10).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(10));
        assertThat(me(busy)).as("past the absolute timeout").isEqualTo(401);
        String idle = signIn();
        clock.advance(Duration.ofMinutes(16));
        assertThat(me(idle)).as("past the idle timeout").isEqualTo(401);

        shop.update(shop.settings().withApp(AppSettings.weak()).withAbsoluteTimeout(null).withIdleTimeout(null));
        String forever = signIn();
        clock.advance(Duration.ofDays(29));
        assertThat(me(forever)).isEqualTo(200);
    }

    @Test
    void inTheCookieModeTheTokenTravelsInAnHttpOnlyCookieNotInTheBody() {
        start(AppSettings.hardened().withStorage(AppSettings.TokenStorage.HTTP_ONLY_COOKIE));
        HttpResponse<String> r = send("POST", "/app/api/login", "{\"username\":\"alice\",\"password\":\"wonderland\"}");
        assertThat(r.body()).doesNotContain("token");
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("APP_TOKEN=ey").contains("; Path=/app; HttpOnly");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        assertThat(send("GET", "/app/api/me", null, "Cookie", cookie).statusCode()).isEqualTo(200);
        HttpResponse<String> out = send("POST", "/app/api/logout", "{}", "Cookie", cookie);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("APP_TOKEN=; Path=/app; Max-Age=0");
        assertThat(send("GET", "/app/api/me", null, "Cookie", cookie).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/app", null).body()).contains("var STORAGE = \"cookie\"");
        assertThat(send("GET", "/app", null).headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void nothingAClientSendsBreaksTheApi() {
        start(AppSettings.weak());
        for (String body : List.of("", "{", "[]", "{\"username\": {\"a\": 1}}", "{\"username\": \"\\ud800\"}",
                "{\"username\": \"alice\", \"password\": \"wonderland\"} x", "\"x\"")) {
            assertThat(send("POST", "/app/api/login", body).statusCode()).as(body).isIn(400, 401);
        }
        for (String token : List.of("", ".", "..", "a.b.c", "eyJ.eyJ.", "e30.e30.", Map.of().toString())) {
            assertThat(me(token)).as(token).isEqualTo(401);
        }
        assertThat(send("DELETE", "/app/api/me", null).statusCode()).isEqualTo(405);
        assertThat(send("GET", "/app/api/nothing", null).statusCode()).isEqualTo(404);
    }

    private static String hs256(String token, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String input = token.substring(0, token.lastIndexOf('.'));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }
}
