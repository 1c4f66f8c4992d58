package dev.sessioninspector.har;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal short strings (header names, and values such as {@code User-Agent} that repeat in every
 * entry) across one import, so 50,000 entries do not hold 50,000 copies. Bounded; not thread-safe.
 */
final class StringPool {
    static final int MAX_LENGTH = 256;
    static final int MAX_ENTRIES = 20_000;
    private final Map<String, String> pool = new HashMap<>();

    String share(String s) {
        if (s.length() > MAX_LENGTH) {
            return s;
        }
        String shared = pool.get(s);
        if (shared != null) {
            return shared;
        }
        if (pool.size() < MAX_ENTRIES) {
            pool.put(s, s);
        }
        return s;
    }
}
