package dev.sessioninspector.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What a recording is judged against besides its traffic, kept with it so a later analysis judges the same way:
 * the page only a signed-in user sees, the idle and absolute limits, and session cookies the user named.
 *
 * @param authenticatedUrl the signed-in page (a flow's {@code authenticatedUrl}), or null to infer one
 * @param idleMax          {@code --idle-max}, or null
 * @param absoluteMax      {@code --absolute-max}, or null
 * @param sessionCookies   cookie names the user says carry the session (empty: detect them)
 */
public record AnalysisSettings(URI authenticatedUrl, Duration idleMax, Duration absoluteMax, Set<String> sessionCookies) {
    /** Nothing given: infer the signed-in page, no limits, detect the session cookies. */
    public static final AnalysisSettings NONE = new AnalysisSettings(null, null, null, Set.of());

    public AnalysisSettings {
        positive(idleMax, "idleMax");
        positive(absoluteMax, "absoluteMax");
        sessionCookies = Set.copyOf(Objects.requireNonNull(sessionCookies, "sessionCookies"));
    }

    private static void positive(Duration d, String name) {
        if (d != null && (d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
