package dev.sessioninspector.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The shop's in-memory sessions. Thread-safe (one lock; the shop is a demo, not a load test target). Every
 * policy the switches control lives here: which presented ID is honoured (cookie, URL, foreign), when a
 * session expires (idle, absolute), and whether signing in issues a new ID. Time and randomness are injected
 * so tests can move the clock.
 *
 * <p>Memory is bounded: past {@code capacity} sessions the least recently used one is dropped, so a token
 * sampler that opens tens of thousands of sessions cannot exhaust the heap.
 */
final class SessionManager {
    /** Default bound on live sessions. */
    static final int DEFAULT_CAPACITY = 100_000;
    /** Well-formed IDs a permissive manager takes up: what our own schemes produce, and no more than 128. */
    static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final int SWEEP_EVERY = 1024;
    private static final int MAX_ATTEMPTS = 100;

    private final Clock clock;
    private final RandomGenerator random;
    private final Map<ShopSettings.IdScheme, IdGenerator> generators = new EnumMap<>(ShopSettings.IdScheme.class);
    private final LinkedHashMap<String, Session> sessions;
    private int createdSinceSweep;

    SessionManager(Clock clock, RandomGenerator random, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, not " + capacity);
        }
        this.sessions = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The session this request belongs to, touched (last seen now). Tries the cookie's ID, then the URL's
     * (only when {@link ShopSettings#acceptIdFromUrl}); an expired session is dropped on the way. When neither
     * names a live session, a well-formed presented ID is adopted if {@link ShopSettings#adoptForeignIds}, else
     * a fresh session with a fresh ID is opened.
     *
     * @param cookieId the session cookie's value, or null
     * @param urlId    the ID from {@code ;jsessionid=} or {@code sid=}, or null
     */
    synchronized Session resolve(String cookieId, String urlId, ShopSettings settings) {
        Instant now = clock.instant();
        String fromUrl = settings.acceptIdFromUrl() ? urlId : null;
        for (String candidate : new String[] {cookieId, fromUrl}) {
            Session live = live(candidate, now, settings);
            if (live != null) {
                Session touched = live.seenAt(now);
                sessions.put(touched.id(), touched);
                return touched;
            }
        }
        if (settings.adoptForeignIds()) {
            for (String candidate : new String[] {cookieId, fromUrl}) {
                if (candidate != null && WELL_FORMED_ID.matcher(candidate).matches()) {
                    return open(candidate, now, settings);
                }
            }
        }
        return open(freshId(settings), now, settings);
    }

    /**
     * Signs {@code current} in as {@code username}. With {@link ShopSettings#rotateAtLogin} the old ID is
     * dropped and the signed-in session (same cart) gets a fresh ID and CSRF token; without, the same ID
     * simply becomes signed in: the session-fixation weakness.
     */
    synchronized Session signIn(Session current, String username, ShopSettings settings) {
        Instant now = clock.instant();
        Session signedIn = current.signedInAs(username, now);
        if (settings.rotateAtLogin()) {
            sessions.remove(current.id());
            signedIn = signedIn.reissued(freshId(settings), newCsrfToken(), now);
        }
        sessions.put(signedIn.id(), signedIn);
        return signedIn;
    }

    /** Adds an item to the session's cart and returns the updated session. */
    synchronized Session addItem(Session current, String itemId) {
        Session base = sessions.getOrDefault(current.id(), current);
        Session updated = base.withItem(itemId);
        sessions.put(updated.id(), updated);
        return updated;
    }

    /** Drops the session on the server: its ID no longer reaches anything. */
    synchronized void invalidate(String id) {
        sessions.remove(id);
    }

    /** The stored session without touching it or checking expiry (for tests and diagnostics). */
    synchronized Optional<Session> peek(String id) {
        return Optional.ofNullable(id == null ? null : sessions.get(id));
    }

    synchronized int size() {
        return sessions.size();
    }

    private Session live(String id, Instant now, ShopSettings settings) {
        if (id == null) {
            return null;
        }
        Session session = sessions.get(id);
        if (session != null && expired(session, now, settings)) {
            sessions.remove(id);
            return null;
        }
        return session;
    }

    static boolean expired(Session session, Instant now, ShopSettings settings) {
        if (settings.idleTimeout() != null && now.isAfter(session.lastSeenAt().plus(settings.idleTimeout()))) {
            return true;
        }
        Instant anchor = session.signedIn() ? session.signedInAt() : session.createdAt();
        return settings.absoluteTimeout() != null && now.isAfter(anchor.plus(settings.absoluteTimeout()));
    }

    private Session open(String id, Instant now, ShopSettings settings) {
        Session session = Session.anonymous(id, now, newCsrfToken());
        sessions.put(id, session);
        if (++createdSinceSweep >= SWEEP_EVERY) {
            createdSinceSweep = 0;
            sweep(now, settings);
        }
        return session;
    }

    /** Drops the sessions that have expired under the current settings, so timed-out ones are not kept. */
    private void sweep(Instant now, ShopSettings settings) {
        if (settings.idleTimeout() == null && settings.absoluteTimeout() == null) {
            return;
        }
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
            if (expired(it.next(), now, settings)) {
                it.remove();
            }
        }
    }

    private String freshId(ShopSettings settings) {
        IdGenerator generator = generators.computeIfAbsent(settings.ids(), s -> IdGenerator.of(s, clock, random));
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String id = generator.next();
            if (!sessions.containsKey(id)) {
                return id;
            }
        }
        throw new IllegalStateException("could not make an unused session ID in " + MAX_ATTEMPTS + " attempts");
    }

    private String newCsrfToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
