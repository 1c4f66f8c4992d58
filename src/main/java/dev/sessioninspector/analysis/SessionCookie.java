package dev.sessioninspector.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A cookie judged to carry the session, with the score and the reasons that made it one.
 *
 * @param name    the cookie name as sent
 * @param score   the evidence weight; behaviour counts more than the name
 * @param reasons what was seen, e.g. "known session cookie name", "new value at login"
 */
public record SessionCookie(String name, int score, List<String> reasons) {
    public SessionCookie {
        Objects.requireNonNull(name, "name");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("cookie name is blank");
        }
    }
}
