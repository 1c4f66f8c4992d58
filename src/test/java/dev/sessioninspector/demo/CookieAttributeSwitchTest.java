package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The cookie switches, each proved both ways on the {@code Set-Cookie} a real request gets: HttpOnly, Secure,
 * SameSite, lifetime and the {@code __Host-} prefix. Every other attribute stays as it was.
 */
class CookieAttributeSwitchTest {

    @Test
    void httpOnly() {
        assertThat(attributes(s -> s.withHttpOnly(true))).contains("HttpOnly");
        assertThat(attributes(s -> s.withHttpOnly(false))).doesNotContain("HttpOnly");
        assertThat(without(attributes(s -> s.withHttpOnly(true)), "HttpOnly")).isEqualTo(attributes(s -> s));
    }

    @Test
    void secure() {
        assertThat(attributes(s -> s.withSecure(true))).contains("Secure");
        assertThat(attributes(s -> s.withSecure(false))).doesNotContain("Secure");
        assertThat(without(attributes(s -> s.withSecure(true)), "Secure")).isEqualTo(attributes(s -> s));
    }

    @Test
    void sameSite() {
        assertThat(attributes(s -> s.withSameSite("lax"))).contains("SameSite=Lax");
        assertThat(attributes(s -> s.withSameSite("Strict"))).contains("SameSite=Strict");
        assertThat(attributes(s -> s.withSameSite("NONE"))).contains("SameSite=None");
        assertThat(attributes(s -> s.withSameSite(null))).noneMatch(a -> a.startsWith("SameSite"));
        assertThat(without(attributes(s -> s.withSameSite("Lax")), "SameSite=Lax")).isEqualTo(attributes(s -> s));
    }

    @Test
    void lifetimeWritesMaxAgeAndExpiresFromTheShopClock() {
        Instant now = Instant.parse("2026-05-04T12:00:00Z");
        ShopSettings settings = ShopSettings.weak().withCookieLifetime(Duration.ofDays(365));
        try (DemoShop shop = DemoShop.start(0, settings, Clock.fixed(now, ZoneOffset.UTC), new SecureRandom())) {
            String sc = ShopClient.setCookie(new ShopClient(shop).get("/"), ShopSettings.COOKIE).orElseThrow();
            assertThat(ShopClient.attributes(sc)).contains("Max-Age=31536000", "Expires=Tue, 04 May 2027 12:00:00 GMT");
        }
        List<String> sessionCookie = attributes(s -> s.withCookieLifetime(null));
        assertThat(sessionCookie).noneMatch(a -> a.startsWith("Max-Age") || a.startsWith("Expires"));
        assertThat(attributes(s -> s.withCookieLifetime(Duration.ofMinutes(30)))).contains("Max-Age=1800");
    }

    @Test
    void hostPrefixRenamesTheCookieKeepsPathSlashAndNeverWritesDomain() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withHostPrefix(true).withSecure(true))) {
            ShopClient browser = new ShopClient(shop);
            HttpResponse<String> r = browser.get("/");
            String sc = ShopClient.setCookie(r, "__Host-SESSIONID").orElseThrow();
            assertThat(ShopClient.attributes(sc)).contains("Path=/", "Secure").noneMatch(a -> a.startsWith("Domain"));
            assertThat(ShopClient.setCookie(r, "SESSIONID")).isEmpty();
            assertThat(browser.signInAsAlice().statusCode()).isEqualTo(302);
            assertThat(browser.get("/account").statusCode()).as("the prefixed cookie carries the session").isEqualTo(200);

            String id = browser.cookie("__Host-SESSIONID");
            ShopClient unprefixed = new ShopClient(shop);
            unprefixed.setCookie("SESSIONID", id);
            assertThat(unprefixed.get("/account").statusCode()).as("the bare name is not the session").isEqualTo(302);
        }
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withHostPrefix(false))) {
            HttpResponse<String> r = new ShopClient(shop).get("/");
            assertThat(ShopClient.setCookie(r, "SESSIONID")).isPresent();
            assertThat(ShopClient.setCookie(r, "__Host-SESSIONID")).isEmpty();
        }
    }

    @Test
    void weakCookieHasNoFlagsAndLivesAYear() {
        assertThat(attributes(s -> s)).containsExactly("Path=/", "Max-Age=31536000", "Expires=…");
    }

    @Test
    void signOutExpiresTheCookieWithTheSameFlags() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withHttpOnly(true).withSameSite("Strict"))) {
            ShopClient browser = new ShopClient(shop);
            browser.get("/");
            String sc = ShopClient.setCookie(browser.get("/logout"), ShopSettings.COOKIE).orElseThrow();
            assertThat(sc).startsWith("SESSIONID=;");
            assertThat(ShopClient.attributes(sc)).contains("Path=/", "Max-Age=0", "Expires=Thu, 01 Jan 1970 00:00:00 GMT",
                    "HttpOnly", "SameSite=Strict");
        }
    }

    @Test
    void theAntiCsrfCookieIsNeverTheSessionAndDoesNotFollowTheSessionSwitches() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withHttpOnly(true))) {
            HttpResponse<String> r = new ShopClient(shop).get("/");
            String csrf = ShopClient.setCookie(r, CookieWriter.CSRF_COOKIE).orElseThrow();
            assertThat(ShopClient.attributes(csrf)).containsExactly("Path=/", "SameSite=Strict");
            assertThat(ShopClient.setCookieValue(r, CookieWriter.CSRF_COOKIE))
                    .isNotEqualTo(ShopClient.setCookieValue(r, ShopSettings.COOKIE));
            assertThat(r.body()).contains("name=\"_csrf\" value=\""
                    + ShopClient.setCookieValue(r, CookieWriter.CSRF_COOKIE).orElseThrow() + "\"");
        }
    }

    @Test
    void switchesFlipLiveOnARunningShop() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            assertThat(firstSetCookie(shop)).doesNotContain("HttpOnly");
            shop.update(shop.settings().withHttpOnly(true).withSameSite("Lax"));
            assertThat(firstSetCookie(shop)).contains("HttpOnly").contains("SameSite=Lax");
        }
    }

    /** The attributes of the session cookie a new visitor gets from a weak shop changed by {@code change}. */
    private static List<String> attributes(UnaryOperator<ShopSettings> change) {
        try (DemoShop shop = DemoShop.start(0, change.apply(ShopSettings.weak()))) {
            return ShopClient.attributes(firstSetCookie(shop)).stream()
                    .map(a -> a.startsWith("Expires=") ? "Expires=…" : a).toList();
        }
    }

    private static String firstSetCookie(DemoShop shop) {
        return ShopClient.setCookie(new ShopClient(shop).get("/"), shop.settings().cookieName()).orElseThrow();
    }

    private static List<String> without(List<String> attributes, String attribute) {
        return attributes.stream().filter(a -> !a.equals(attribute)).toList();
    }
}
