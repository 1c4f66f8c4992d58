package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioninspector.testkit.FakeClock;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The two profiles of DESIGN.md §8, each walked through the whole shop over real HTTP. */
class ProfileTest {
    private static final Instant START = Instant.parse("2026-02-02T08:00:00Z");

    @Test
    void weakShowsEveryWeaknessAtOnce() {
        FakeClock clock = new FakeClock(START);
        try (DemoShop shop = DemoShop.start(0, ShopSettings.profile("weak"), clock, new SecureRandom())) {
            assertThat(shop.baseUri().getScheme()).isEqualTo("http");
            ShopClient browser = new ShopClient(shop);
            HttpResponse<String> home = browser.get("/");
            String sc = ShopClient.setCookie(home, "SESSIONID").orElseThrow();
            String id = browser.cookie("SESSIONID");
            assertThat(id).matches("[0-9a-f]{8}");
            assertThat(ShopClient.attributes(sc)).contains("Path=/", "Max-Age=31536000")
                    .doesNotContain("HttpOnly", "Secure").noneMatch(a -> a.startsWith("SameSite"));
            assertThat(home.body()).contains(";jsessionid=" + id).contains("Profile: <strong>weak</strong>");

            browser.signInAsAlice();
            assertThat(browser.cookie("SESSIONID")).as("no rotation").isEqualTo(id);
            assertThat(new ShopClient(shop).get("/account;jsessionid=" + id).statusCode()).as("URL ID").isEqualTo(200);

            clock.advance(Duration.ofDays(300));
            assertThat(browser.get("/account").statusCode()).as("no timeouts").isEqualTo(200);

            browser.get("/logout");
            assertThat(SessionLifecycleSwitchTest.withCookie(shop, id).get("/account").statusCode())
                    .as("logout only cleared the browser cookie").isEqualTo(200);

            ShopClient victim = new ShopClient(shop);
            victim.setCookie("SESSIONID", "chosenByAnAttacker");
            assertThat(ShopClient.setCookieValue(victim.get("/"), "SESSIONID")).as("foreign ID adopted").isEmpty();
        }
    }

    @Test
    void hardenedShowsNone() {
        FakeClock clock = new FakeClock(START);
        try (DemoShop shop = DemoShop.start(0, ShopSettings.profile("Hardened"), clock, new SecureRandom())) {
            assertThat(shop.baseUri().getScheme()).isEqualTo("https");
            ShopClient browser = new ShopClient(shop);
            HttpResponse<String> home = browser.get("/");
            String sc = ShopClient.setCookie(home, "__Host-SESSIONID").orElseThrow();
            String id = browser.cookie("__Host-SESSIONID");
            assertThat(id).matches("[A-Za-z0-9_-]{22}");
            assertThat(ShopClient.attributes(sc)).containsExactly("Path=/", "Secure", "HttpOnly", "SameSite=Lax");
            assertThat(home.body()).doesNotContain("jsessionid").contains("Profile: <strong>hardened</strong>");

            browser.signInAsAlice();
            String signedIn = browser.cookie("__Host-SESSIONID");
            assertThat(signedIn).as("rotated").isNotEqualTo(id);
            ShopClient stranger = new ShopClient(shop);
            assertThat(stranger.get("/account;jsessionid=" + signedIn).statusCode()).as("URL ID ignored").isEqualTo(302);

            clock.advance(Duration.ofMinutes(16));
            assertThat(browser.get("/account").statusCode()).as("idle timeout").isEqualTo(302);

            browser.signInAsAlice();
            String second = browser.cookie("__Host-SESSIONID");
            browser.post("/logout", java.util.Map.of());
            assertThat(SessionLifecycleSwitchTest.withCookie(shop, second).get("/account").statusCode())
                    .as("invalidated at logout").isEqualTo(302);

            ShopClient victim = new ShopClient(shop);
            victim.setCookie("__Host-SESSIONID", "chosenByAnAttacker");
            assertThat(ShopClient.setCookieValue(victim.get("/"), "__Host-SESSIONID")).as("foreign ID replaced")
                    .isPresent().get().isNotEqualTo("chosenByAnAttacker");
        }
    }

    @Test
    void hardenedHasAnAbsoluteTimeoutOfEightHours() {
        FakeClock clock = new FakeClock(START);
        try (DemoShop shop = DemoShop.start(0, ShopSettings.hardened(), clock, new SecureRandom())) {
            ShopClient browser = new ShopClient(shop);
            browser.get("/");
            browser.signInAsAlice();
            for (int i = 0; i < 8 * 6; i++) {
                clock.advance(Duration.ofMinutes(10));
                assertThat(browser.get("/account").statusCode()).isEqualTo(200);
            }
            clock.advance(Duration.ofMinutes(1));
            assertThat(browser.get("/account").statusCode()).isEqualTo(302);
        }
    }

    @Test
    void profileNamesAreCheckedWithAClearMessage() {
        assertThat(ShopSettings.profile("WEAK")).isEqualTo(ShopSettings.weak());
        assertThatThrownBy(() -> ShopSettings.profile("medium"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown profile 'medium' (use weak or hardened)");
    }

    @Test
    void aCustomMixIsNamedCustomOnThePage() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withHttpOnly(true))) {
            assertThat(new ShopClient(shop).get("/").body()).contains("Profile: <strong>custom</strong>");
        }
    }
}
