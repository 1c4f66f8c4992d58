package dev.sessioninspector.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's side of the single-page section's tokens: one grant per token ID ({@code jti}), so the shop's
 * idle and absolute timeouts apply to tokens as to cookie sessions, and sign-out can revoke a token. Bounded
 * like the cookie sessions (least recently used first out).
 */
final class TokenGrants {
    /** One signed-in token: who, when it was issued, when it was last used. */
    record Grant(String jti, String user, Instant issuedAt, Instant lastSeen) {
        Grant {
            Objects.requireNonNull(jti, "jti");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(lastSeen, "lastSeen");
        }
    }

    private final Clock clock;
    private final LinkedHashMap<String, Grant> grants;

    TokenGrants(Clock clock, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.grants = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Grant> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Grant issue(String jti, String user) {
        Instant now = clock.instant();
        Grant g = new Grant(jti, user, now, now);
        grants.put(jti, g);
        return g;
    }

    /**
     * The live grant for these claims, touched: the token ID is known, names the same user, and neither the idle
     * nor the absolute timeout (from {@code settings}) has passed; an expired grant is dropped.
     */
    synchronized Optional<Grant> use(String jti, String user, ShopSettings settings) {
        Grant g = jti == null ? null : grants.get(jti);
        if (g == null || !g.user().equals(user)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean idle = settings.idleTimeout() != null && now.isAfter(g.lastSeen().plus(settings.idleTimeout()));
        boolean absolute = settings.absoluteTimeout() != null
                && now.isAfter(g.issuedAt().plus(settings.absoluteTimeout()));
        if (idle || absolute) {
            grants.remove(jti);
            return Optional.empty();
        }
        Grant touched = new Grant(jti, user, g.issuedAt(), now);
        grants.put(jti, touched);
        return Optional.of(touched);
    }

    /** Forgets a token: it no longer signs anyone in. */
    synchronized void revoke(String jti) {
        grants.remove(jti);
    }

    Instant now() {
        return clock.instant();
    }
}
