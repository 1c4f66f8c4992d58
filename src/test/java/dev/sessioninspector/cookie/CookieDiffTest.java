package dev.sessioninspector.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent.Kind;
import dev.sessioninspector.model.SameSite;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CookieDiffTest {
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    static Cookie cookie(String name, String value, Instant expires) {
        return new Cookie(name, value, "shop.example", "/", true, expires, null, false, true, SameSite.LAX, false,
                name + "=" + value);
    }

    @Test
    void reportsSetChangedDeletedAndExpired() {
        Cookie kept = cookie("kept", "1", null);
        Cookie changed = cookie("sid", "old", null);
        Cookie deleted = cookie("gone", "x", null);
        Cookie expired = cookie("stale", "y", NOW.minusSeconds(1));
        Cookie added = cookie("new", "z", null);
        List<JarChange> diff = CookieDiff.between(List.of(kept, changed, deleted, expired),
                List.of(kept.withValue("1"), changed.withValue("new"), added), NOW);
        assertThat(diff).extracting(JarChange::kind, ch -> ch.cookie().name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, "sid"),
                        org.assertj.core.groups.Tuple.tuple(Kind.SET, "new"),
                        org.assertj.core.groups.Tuple.tuple(Kind.DELETED, "gone"),
                        org.assertj.core.groups.Tuple.tuple(Kind.EXPIRED, "stale"));
        assertThat(diff.get(0).previous().value()).isEqualTo("old");
    }

    @Test
    void aDifferentRawHeaderAloneIsNoChange() {
        Cookie a = cookie("sid", "1", null);
        Cookie b = new Cookie("sid", "1", "shop.example", "/", true, null, null, false, true, SameSite.LAX, false,
                "sid=1; HttpOnly; SameSite=Lax");
        assertThat(CookieDiff.between(List.of(a), List.of(b), NOW)).isEmpty();
    }

    @Test
    void anAttributeChangeIsAChange() {
        Cookie a = cookie("sid", "1", null);
        Cookie b = cookie("sid", "1", NOW.plusSeconds(60));
        assertThat(CookieDiff.between(List.of(a), List.of(b), NOW)).extracting(JarChange::kind)
                .containsExactly(Kind.CHANGED);
    }
}
