package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The switches that decide what happens to a session ID over its life, each proved both ways over real
 * HTTP: rotation at sign-in, invalidation at sign-out, IDs taken from URLs, IDs written into links, and
 * adoption of IDs the shop never issued.
 */
class SessionLifecycleSwitchTest {
    private static final String COOKIE = ShopSettings.COOKIE;

    @Test
    void withRotationSigningInIssuesANewId() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withRotateAtLogin(true))) {
            ShopClient browser = new ShopClient(shop);
            browser.get("/");
            String before = browser.cookie(COOKIE);
            HttpResponse<String> login = browser.signInAsAlice();
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(ShopClient.setCookieValue(login, COOKIE)).isPresent();
            assertThat(browser.cookie(COOKIE)).isNotEqualTo(before);
            assertThat(browser.get("/account").body()).contains("Signed in as alice");

            ShopClient attacker = new ShopClient(shop);
            attacker.setCookie(COOKIE, before);
            assertThat(attacker.get("/account").statusCode()).as("the pre-login ID is dead").isEqualTo(302);
        }
    }

    @Test
    void withoutRotationThePreLoginIdBecomesSignedIn() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withRotateAtLogin(false))) {
            ShopClient browser = new ShopClient(shop);
            browser.get("/");
            String before = browser.cookie(COOKIE);
            HttpResponse<String> login = browser.signInAsAlice();
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(ShopClient.setCookieValue(login, COOKIE)).isEmpty();
            assertThat(browser.cookie(COOKIE)).isEqualTo(before);

            ShopClient attacker = new ShopClient(shop);
            attacker.setCookie(COOKIE, before);
            assertThat(attacker.get("/account").body()).as("session fixation").contains("Signed in as alice");
        }
    }

    @Test
    void withInvalidationTheOldCookieIsDeadAfterSignOut() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withInvalidateAtLogout(true))) {
            String old = signedInCookie(shop);
            ShopClient browser = withCookie(shop, old);
            HttpResponse<String> logout = browser.get("/logout");
            assertThat(logout.statusCode()).isEqualTo(302);
            assertThat(ShopClient.setCookie(logout, COOKIE).orElseThrow()).contains("Max-Age=0");

            HttpResponse<String> replay = withCookie(shop, old).get("/account");
            assertThat(replay.statusCode()).isEqualTo(302);
            assertThat(replay.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/login"));
        }
    }

    @Test
    void withoutInvalidationSignOutOnlyClearsTheBrowserCookie() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withInvalidateAtLogout(false))) {
            String old = signedInCookie(shop);
            ShopClient browser = withCookie(shop, old);
            HttpResponse<String> logout = browser.post("/logout", Map.of());
            assertThat(logout.statusCode()).isEqualTo(302);
            assertThat(ShopClient.setCookie(logout, COOKIE).orElseThrow()).contains("Max-Age=0");
            assertThat(browser.cookie(COOKIE)).isNull();
            assertThat(browser.get("/account").statusCode()).as("the browser itself is signed out").isEqualTo(302);

            HttpResponse<String> replay = withCookie(shop, old).get("/account");
            assertThat(replay.statusCode()).isEqualTo(200);
            assertThat(replay.body()).contains("Signed in as alice");
        }
    }

    @Test
    void urlIdsAreHonouredOnlyWhenTheSwitchIsOn() {
        for (boolean accept : new boolean[] {true, false}) {
            try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withAcceptIdFromUrl(accept)
                    .withAdoptForeignIds(false))) {
                String id = signedInCookie(shop);
                ShopClient stranger = new ShopClient(shop);
                HttpResponse<String> path = stranger.get("/account;jsessionid=" + id);
                HttpResponse<String> query = new ShopClient(shop).get("/account?sid=" + id);
                if (accept) {
                    assertThat(path.statusCode()).isEqualTo(200);
                    assertThat(path.body()).contains("Signed in as alice");
                    assertThat(query.statusCode()).isEqualTo(200);
                    assertThat(ShopClient.setCookieValue(path, COOKIE)).as("the URL ID sticks in a cookie").hasValue(id);
                } else {
                    assertThat(path.statusCode()).isEqualTo(302);
                    assertThat(query.statusCode()).isEqualTo(302);
                    assertThat(ShopClient.setCookieValue(path, COOKIE)).isPresent().get().isNotEqualTo(id);
                }
            }
        }
    }

    @Test
    void idsAreWrittenIntoLinksOnlyWhenTheSwitchIsOn() {
        for (boolean write : new boolean[] {true, false}) {
            try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withWriteIdIntoUrls(write))) {
                ShopClient browser = new ShopClient(shop);
                HttpResponse<String> home = browser.get("/");
                String id = browser.cookie(COOKIE);
                HttpResponse<String> login = browser.signInAsAlice();
                if (write) {
                    assertThat(home.body()).contains("href=\"/cart;jsessionid=" + id + "\"")
                            .contains("action=\"/cart/add;jsessionid=" + id + "\"");
                    assertThat(login.headers().firstValue("Location")).hasValue("/account;jsessionid=" + id);
                } else {
                    assertThat(home.body()).doesNotContain("jsessionid").doesNotContain(id)
                            .contains("href=\"/cart\"");
                    assertThat(login.headers().firstValue("Location")).hasValue("/account");
                }
            }
        }
    }

    @Test
    void foreignIdsAreAdoptedOnlyWhenTheSwitchIsOn() {
        String forged = "attackerChosenId42";
        for (boolean adopt : new boolean[] {true, false}) {
            try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withAdoptForeignIds(adopt))) {
                ShopClient victim = new ShopClient(shop);
                victim.setCookie(COOKIE, forged);
                HttpResponse<String> first = victim.get("/");
                if (adopt) {
                    assertThat(ShopClient.setCookieValue(first, COOKIE)).isEmpty();
                    victim.signInAsAlice();
                    ShopClient attacker = new ShopClient(shop);
                    attacker.setCookie(COOKIE, forged);
                    assertThat(attacker.get("/account").body()).contains("Signed in as alice");
                } else {
                    assertThat(ShopClient.setCookieValue(first, COOKIE)).isPresent().get().isNotEqualTo(forged);
                }
            }
        }
    }

    @Test
    void aMalformedForeignIdIsNeverAdopted() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            ShopClient client = new ShopClient(shop);
            HttpResponse<String> r = client.sendRaw(HttpRequest.newBuilder(client.uri("/")).GET(),
                    COOKIE + "=" + "x".repeat(300));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(ShopClient.setCookieValue(r, COOKIE)).hasValueSatisfying(v -> assertThat(v).hasSizeLessThan(20));
        }
    }

    /** Signs alice in with a fresh client and returns the session ID she ends up with. */
    static String signedInCookie(DemoShop shop) {
        ShopClient browser = new ShopClient(shop);
        browser.get("/");
        assertThat(browser.signInAsAlice().statusCode()).isEqualTo(302);
        HttpResponse<String> account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        return browser.cookie(shop.settings().cookieName());
    }

    static ShopClient withCookie(DemoShop shop, String id) {
        ShopClient client = new ShopClient(shop);
        client.setCookie(shop.settings().cookieName(), id);
        return client;
    }
}
