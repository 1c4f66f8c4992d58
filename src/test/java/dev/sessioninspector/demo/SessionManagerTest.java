package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The session manager's policies without HTTP: bounds, uniqueness, expiry, rotation. */
class SessionManagerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theOldestUnusedSessionsAreDroppedPastCapacity() {
        SessionManager sessions = new SessionManager(Clock.fixed(T0, ZoneOffset.UTC), new Random(1), 3);
        ShopSettings s = ShopSettings.weak().withAdoptForeignIds(false);
        Session a = sessions.resolve(null, null, s);
        Session b = sessions.resolve(null, null, s);
        Session c = sessions.resolve(null, null, s);
        sessions.resolve(a.id(), null, s);
        sessions.resolve(null, null, s);
        assertThat(sessions.size()).isEqualTo(3);
        assertThat(sessions.peek(b.id())).as("least recently used").isEmpty();
        assertThat(sessions.peek(a.id())).isPresent();
        assertThat(sessions.peek(c.id())).isPresent();
    }

    @Test
    void timestampIdsStayUniqueWhenTheClockStandsStill() {
        SessionManager sessions = new SessionManager(Clock.fixed(T0, ZoneOffset.UTC), new Random(7), 10_000);
        ShopSettings s = ShopSettings.weak().withIds(ShopSettings.IdScheme.TIMESTAMP);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            ids.add(sessions.resolve(null, null, s).id());
        }
        assertThat(ids).hasSize(500);
    }

    @Test
    void aGeneratorThatOnlyRepeatsItselfIsReportedNotLoopedOnForever() {
        RandomGenerator stuck = () -> 0L;
        SessionManager sessions = new SessionManager(Clock.fixed(T0, ZoneOffset.UTC), stuck, 100);
        ShopSettings s = ShopSettings.weak().withIds(ShopSettings.IdScheme.SECURE_RANDOM);
        sessions.resolve(null, null, s);
        assertThatThrownBy(() -> sessions.resolve(null, null, s))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unused session ID");
    }

    @Test
    void expiryIsStrictlyAfterTheTimeout() {
        ShopSettings s = ShopSettings.weak().withIdleTimeout(Duration.ofMinutes(10));
        Session session = Session.anonymous("x", T0, "t");
        assertThat(SessionManager.expired(session, T0.plus(Duration.ofMinutes(10)), s)).isFalse();
        assertThat(SessionManager.expired(session, T0.plus(Duration.ofMinutes(10)).plusMillis(1), s)).isTrue();
        assertThat(SessionManager.expired(session, T0.plus(Duration.ofDays(9999)), ShopSettings.weak())).isFalse();
    }

    @Test
    void rotationKeepsTheCartButNotTheIdOrCsrfToken() {
        SessionManager sessions = new SessionManager(Clock.fixed(T0, ZoneOffset.UTC), new Random(3), 10);
        ShopSettings s = ShopSettings.hardened();
        Session anon = sessions.addItem(sessions.resolve(null, null, s), "tea");
        Session signedIn = sessions.signIn(anon, "alice", s);
        assertThat(signedIn.id()).isNotEqualTo(anon.id());
        assertThat(signedIn.csrfToken()).isNotEqualTo(anon.csrfToken());
        assertThat(signedIn.cart()).containsExactly("tea");
        assertThat(signedIn.user()).isEqualTo("alice");
        assertThat(sessions.peek(anon.id())).isEmpty();
    }

    @Test
    void sessionsValidateTheirFields() {
        assertThatThrownBy(() -> Session.anonymous(" ", T0, "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Session("id", "alice", T0, T0, null, java.util.List.of(), "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionManager(Clock.systemUTC(), new Random(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
