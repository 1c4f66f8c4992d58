package dev.sessioninspector.inspect;

import dev.sessioninspector.model.AnalysisSettings;
import dev.sessioninspector.probe.SignInScript;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What an inspection is given besides the recording and its verdicts.
 *
 * @param settings what the recording is judged against (signed-in page, idle and absolute limits, session
 *                 cookies named by the user); kept with the recording
 * @param signIn   how the probes sign in again (a flow's login steps); never kept, it may hold a password
 */
public record InspectionInputs(AnalysisSettings settings, SignInScript signIn) {
    /** Nothing given: a passive analysis that infers what it needs. */
    public static final InspectionInputs NONE = new InspectionInputs(AnalysisSettings.NONE, SignInScript.NONE);

    public InspectionInputs {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(signIn, "signIn");
    }

    public InspectionInputs withAuthenticatedUrl(URI url) {
        return withSettings(new AnalysisSettings(url, settings.idleMax(), settings.absoluteMax(),
                settings.sessionCookies()));
    }

    public InspectionInputs withIdleMax(Duration idleMax) {
        return withSettings(new AnalysisSettings(settings.authenticatedUrl(), idleMax, settings.absoluteMax(),
                settings.sessionCookies()));
    }

    /** {@code --absolute-max}: kept with the recording; the absolute-timeout probe (issue 11) reads it. */
    public InspectionInputs withAbsoluteMax(Duration absoluteMax) {
        return withSettings(new AnalysisSettings(settings.authenticatedUrl(), settings.idleMax(), absoluteMax,
                settings.sessionCookies()));
    }

    public InspectionInputs withSessionCookies(Set<String> names) {
        return withSettings(new AnalysisSettings(settings.authenticatedUrl(), settings.idleMax(),
                settings.absoluteMax(), names));
    }

    public InspectionInputs withSettings(AnalysisSettings newSettings) {
        return new InspectionInputs(newSettings, signIn);
    }

    public InspectionInputs withSignIn(SignInScript script) {
        return new InspectionInputs(settings, script);
    }

    /**
     * These inputs with what was kept with the recording filling the gaps: a setting given now wins, one given
     * when the verdicts were reached fills in (so {@code analyze rec.db} judges as the scan did).
     */
    public InspectionInputs over(AnalysisSettings kept) {
        return withSettings(new AnalysisSettings(
                settings.authenticatedUrl() != null ? settings.authenticatedUrl() : kept.authenticatedUrl(),
                settings.idleMax() != null ? settings.idleMax() : kept.idleMax(),
                settings.absoluteMax() != null ? settings.absoluteMax() : kept.absoluteMax(),
                settings.sessionCookies().isEmpty() ? kept.sessionCookies() : settings.sessionCookies()));
    }
}
