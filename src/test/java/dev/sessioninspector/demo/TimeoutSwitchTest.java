package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.testkit.FakeClock;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Idle and absolute timeouts, proved with a clock the test moves instead of waiting. */
class TimeoutSwitchTest {
    private static final Instant START = Instant.parse("2026-01-10T09:00:00Z");

    @Test
    void idleTimeoutSignsOutAfterInactivityButNotWhileActive() {
        FakeClock clock = new FakeClock(START);
        ShopSettings settings = ShopSettings.weak().withIdleTimeout(Duration.ofMinutes(15)).withAdoptForeignIds(false);
        try (DemoShop shop = DemoShop.start(0, settings, clock, new SecureRandom())) {
            ShopClient browser = signedIn(shop);
            String id = browser.cookie(ShopSettings.COOKIE);
            for (int i = 0; i < 6; i++) {
                clock.advance(Duration.ofMinutes(14));
                assertThat(browser.get("/account").statusCode()).as("active after %d x 14 min", i + 1).isEqualTo(200);
            }
            clock.advance(Duration.ofMinutes(15).plusSeconds(1));
            HttpResponse<String> late = browser.get("/account");
            assertThat(late.statusCode()).isEqualTo(302);
            assertThat(late.headers().firstValue("Location")).hasValue("/login;jsessionid=" + browser.cookie(ShopSettings.COOKIE));
            assertThat(ShopClient.setCookieValue(late, ShopSettings.COOKIE)).as("a fresh anonymous session")
                    .isPresent().get().isNotEqualTo(id);
        }
    }

    @Test
    void withoutIdleTimeoutASessionSurvivesAYearOfSilence() {
        FakeClock clock = new FakeClock(START);
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withIdleTimeout(null), clock, new SecureRandom())) {
            ShopClient browser = signedIn(shop);
            clock.advance(Duration.ofDays(365));
            assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void absoluteTimeoutEndsASignedInSessionEvenWhenItIsBusy() {
        FakeClock clock = new FakeClock(START);
        ShopSettings settings = ShopSettings.weak().withIdleTimeout(Duration.ofMinutes(15))
                .withAbsoluteTimeout(Duration.ofHours(1));
        try (DemoShop shop = DemoShop.start(0, settings, clock, new SecureRandom())) {
            ShopClient browser = signedIn(shop);
            for (int minute = 10; minute <= 60; minute += 10) {
                clock.advance(Duration.ofMinutes(10));
                assertThat(browser.get("/account").statusCode()).as("at %d min", minute).isEqualTo(200);
            }
            clock.advance(Duration.ofSeconds(1));
            assertThat(browser.get("/account").statusCode()).isEqualTo(302);
        }
    }

    @Test
    void absoluteTimeoutCountsFromSignInNotFromTheFirstVisit() {
        FakeClock clock = new FakeClock(START);
        ShopSettings settings = ShopSettings.weak().withAbsoluteTimeout(Duration.ofHours(1));
        try (DemoShop shop = DemoShop.start(0, settings, clock, new SecureRandom())) {
            ShopClient browser = new ShopClient(shop);
            browser.get("/");
            clock.advance(Duration.ofMinutes(50));
            browser.signInAsAlice();
            clock.advance(Duration.ofMinutes(50));
            assertThat(browser.get("/account").statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(11));
            assertThat(browser.get("/account").statusCode()).isEqualTo(302);
        }
    }

    @Test
    void timeoutsSwitchedOnLaterApplyToSessionsAlreadyIssued() {
        FakeClock clock = new FakeClock(START);
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak(), clock, new SecureRandom())) {
            ShopClient browser = signedIn(shop);
            clock.advance(Duration.ofHours(2));
            shop.update(shop.settings().withIdleTimeout(Duration.ofHours(1)));
            assertThat(browser.get("/account").statusCode()).isEqualTo(302);
        }
    }

    private static ShopClient signedIn(DemoShop shop) {
        ShopClient browser = new ShopClient(shop);
        browser.get("/");
        assertThat(browser.signInAsAlice().statusCode()).isEqualTo(302);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        return browser;
    }
}
