package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.RecordingData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the {@link SessionContext} of a recording: login and logout first, then the session cookies (whose
 * behaviour at login and logout counts most), then the framework and the signed-in oracle.
 */
public final class SessionModel {
    /** How many pages of each phase the oracle learns from. */
    static final int MAX_PAGES = 200;

    private SessionModel() {
    }

    /** A purely passive model of the recording. */
    public static SessionContext build(RecordingData data) {
        return build(data, AnalysisInputs.NONE, TokenStatsCalculator.NONE);
    }

    public static SessionContext build(RecordingData data, AnalysisInputs inputs, TokenStatsCalculator stats) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(inputs, "inputs");
        CookieTraffic traffic = CookieTraffic.of(data);
        List<Exchange> exchanges = traffic.exchanges();
        Redirects redirects = new Redirects(data.exchanges());
        AuthPoints points = authPoints(data, traffic, redirects);
        Optional<AuthPoint> login = Optional.ofNullable(points.login());
        Optional<AuthPoint> logout = Optional.ofNullable(points.logout());
        List<Exchange> loginChain = points.loginChain();
        List<Exchange> logoutChain = points.logoutChain();
        Phases phases = Phases.cut(exchanges, loginChain, logoutChain);
        HeaderTokens tokens = HeaderTokens.of(data);
        Set<String> namedCookies = inputs.sessionCookies().stream()
                .filter(n -> tokens.names().stream().noneMatch(n::equalsIgnoreCase)).collect(Collectors.toSet());
        List<SessionCookie> credentials = new ArrayList<>();
        if (inputs.sessionCookies().isEmpty() || !namedCookies.isEmpty()) { // named: only what the user named
            credentials.addAll(SessionCookieIdentifier.identify(traffic, phases, namedCookies));
        }
        credentials.addAll(SessionTokenIdentifier.identify(tokens, phases, inputs.sessionCookies()));
        credentials.sort(Comparator.comparingInt(SessionCookie::score).reversed());
        Framework framework = FrameworkDetector.detect(data.exchanges(), traffic.names());
        SignedInOracle oracle = login.isPresent()
                ? SignedInOracle.learn(pages(phases.beforeLogin(), inputs.authenticatedUrl()),
                        pages(phases.afterLogin(), inputs.authenticatedUrl()), userName(loginChain),
                        inputs.authenticatedUrl(), redirects)
                : SignedInOracle.none();
        return new SessionContext(data, traffic, tokens, redirects, phases, login.orElse(null), logout.orElse(null),
                credentials,
                framework, oracle, inputs, stats);
    }

    /** Login and logout with the exchanges of their redirect chains; either may be null (with an empty chain). */
    record AuthPoints(AuthPoint login, AuthPoint logout, List<Exchange> loginChain, List<Exchange> logoutChain) {
    }

    /**
     * The login and logout of a recording, as the analysis finds them (a user's or a flow's marks first, else
     * detected), without the rest of the model: cheap enough for the timeline to draw them while recording.
     */
    static AuthPoints authPoints(RecordingData data, CookieTraffic traffic, Redirects redirects) {
        List<Exchange> exchanges = traffic.exchanges();
        AuthPointDetector detector = new AuthPointDetector(exchanges, data.markers(), redirects);
        Optional<AuthPoint> login = detector.login();
        Optional<AuthPoint> logout = detector.logout(login);
        List<Exchange> loginChain = login.flatMap(p -> data.exchange(p.exchangeId())).map(redirects::chain)
                .orElse(List.of());
        List<Exchange> logoutChain = logout.flatMap(p -> data.exchange(p.exchangeId())).map(redirects::chain)
                .orElse(List.of());
        if (!loginChain.isEmpty() && !logoutChain.isEmpty()
                && exchanges.indexOf(logoutChain.get(0)) <= exchanges.indexOf(loginChain.get(loginChain.size() - 1))) {
            logout = Optional.empty(); // a logout before the login ends is no logout of this session
            logoutChain = List.of();
        }
        return new AuthPoints(login.orElse(null), logout.orElse(null), loginChain, logoutChain);
    }

    /**
     * The page loads of a phase, at most {@link #MAX_PAGES} of them (enough to learn from, bounded in time), and the
     * calls a page script made to the named signed-in endpoint (a single-page app's {@code /api/me}).
     */
    private static List<Exchange> pages(List<Exchange> exchanges, java.net.URI authenticatedUrl) {
        List<Exchange> out = new ArrayList<>();
        for (Exchange e : exchanges) {
            boolean named = authenticatedUrl != null && e.initiator() == dev.sessioninspector.model.Initiator.XHR
                    && !e.failed() && java.util.Objects.equals(e.url().getRawPath(), authenticatedUrl.getRawPath());
            if (SessionCookieIdentifier.documentLike(e) || named) {
                out.add(e);
                if (out.size() >= MAX_PAGES) {
                    break;
                }
            }
        }
        return out;
    }

    private static String userName(List<Exchange> loginChain) {
        if (loginChain.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, String> f : FormFields.of(loginChain.get(0)).entrySet()) {
            if (FormFields.isUserField(f.getKey()) && f.getValue().length() >= 2) {
                return f.getValue();
            }
        }
        return null;
    }
}
