package dev.sessioninspector.cookie;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two snapshots of a cookie store (for instance of a browser's own jar, read before and after a
 * response) and describes the difference as {@link JarChange}s, in the order of {@code after} then the
 * removals in the order of {@code before}.
 */
public final class CookieDiff {
    private CookieDiff() {
    }

    /**
     * SET for a cookie only in {@code after}; CHANGED for one in both that differs (raw header aside);
     * EXPIRED for one gone from {@code after} whose expiry passed by {@code now}, DELETED otherwise.
     */
    public static List<JarChange> between(Collection<Cookie> before, Collection<Cookie> after, Instant now) {
        Map<String, Cookie> old = index(before);
        Map<String, Cookie> current = index(after);
        List<JarChange> changes = new ArrayList<>();
        current.forEach((key, cookie) -> {
            Cookie previous = old.get(key);
            if (previous == null) {
                changes.add(new JarChange(Kind.SET, cookie, null));
            } else if (!sameIgnoringRaw(previous, cookie)) {
                changes.add(new JarChange(Kind.CHANGED, cookie, previous));
            }
        });
        old.forEach((key, cookie) -> {
            if (!current.containsKey(key)) {
                Kind kind = cookie.expiredAt(now) ? Kind.EXPIRED : Kind.DELETED;
                changes.add(new JarChange(kind, cookie, cookie));
            }
        });
        return changes;
    }

    private static Map<String, Cookie> index(Collection<Cookie> cookies) {
        Map<String, Cookie> map = new LinkedHashMap<>();
        for (Cookie c : cookies) {
            map.put(CookieJar.keyOf(c), c);
        }
        return map;
    }

    private static boolean sameIgnoringRaw(Cookie a, Cookie b) {
        return a.withValue(a.value()).equals(new Cookie(b.name(), b.value(), b.domain(), b.path(), b.hostOnly(),
                b.expires(), b.maxAge(), b.secure(), b.httpOnly(), b.sameSite(), b.partitioned(), a.raw()));
    }
}
