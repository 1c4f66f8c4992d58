package dev.sessioninspector.analysis;

import dev.sessioninspector.model.TokenSample;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the analysis gets besides the recording: results of active probes, token samples for the ID
 * statistics, the {@code --idle-max} limit, the flow's authenticated page and session cookies the user
 * named. Every part is optional; {@link #NONE} is a purely passive analysis.
 *
 * @param probes           the active probes' results (empty: rules that need them report {@code skipped})
 * @param samples          token samples, matched to session cookies by name
 * @param idleMax          the idle time after which a session must be signed out; null when not given
 * @param authenticatedUrl the page only a signed-in user sees (a flow's {@code authenticatedUrl}), or null
 * @param sessionCookies   cookie names the user says carry the session (empty: detect them)
 */
public record AnalysisInputs(List<ProbeEvidence> probes, List<TokenSample> samples, Duration idleMax,
        URI authenticatedUrl, Set<String> sessionCookies) {

    public static final AnalysisInputs NONE = new AnalysisInputs(List.of(), List.of(), null, null, Set.of());

    public AnalysisInputs {
        probes = List.copyOf(Objects.requireNonNull(probes, "probes"));
        samples = List.copyOf(Objects.requireNonNull(samples, "samples"));
        sessionCookies = Set.copyOf(Objects.requireNonNull(sessionCookies, "sessionCookies"));
        if (idleMax != null && (idleMax.isNegative() || idleMax.isZero())) {
            throw new IllegalArgumentException("idleMax must be positive: " + idleMax);
        }
    }

    public AnalysisInputs withProbes(List<ProbeEvidence> newProbes) {
        return new AnalysisInputs(newProbes, samples, idleMax, authenticatedUrl, sessionCookies);
    }

    public AnalysisInputs withSamples(List<TokenSample> newSamples) {
        return new AnalysisInputs(probes, newSamples, idleMax, authenticatedUrl, sessionCookies);
    }

    public AnalysisInputs withIdleMax(Duration newIdleMax) {
        return new AnalysisInputs(probes, samples, newIdleMax, authenticatedUrl, sessionCookies);
    }

    public AnalysisInputs withAuthenticatedUrl(URI url) {
        return new AnalysisInputs(probes, samples, idleMax, url, sessionCookies);
    }

    public AnalysisInputs withSessionCookies(Set<String> names) {
        return new AnalysisInputs(probes, samples, idleMax, authenticatedUrl, names);
    }

    /** The probe results of one kind, in the order given. */
    public List<ProbeEvidence> probes(ProbeKind kind) {
        return probes.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The sample for a cookie name, if one was given (the last one wins). */
    public Optional<TokenSample> sample(String cookieName) {
        TokenSample found = null;
        for (TokenSample s : samples) {
            if (s.name().equals(cookieName)) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }
}
