package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Origins;
import dev.sessioninspector.model.RecordingData;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the rules read about one recording: the recording, its cookie traffic, the session cookies,
 * login and logout, the framework, the signed-in oracle, and the inputs (probe results, token samples).
 * Built by {@link SessionModel#build}; immutable once built.
 */
public final class SessionContext {
    private final RecordingData data;
    private final CookieTraffic traffic;
    private final Redirects redirects;
    private final Phases phases;
    private final AuthPoint login;
    private final AuthPoint logout;
    private final List<SessionCookie> sessionCookies;
    private final Framework framework;
    private final SignedInOracle oracle;
    private final AnalysisInputs inputs;
    private final TokenStatsCalculator statsCalculator;
    private final Map<String, Optional<TokenStats>> stats = new ConcurrentHashMap<>();
    private final Map<String, List<ObservedValue>> values = new ConcurrentHashMap<>();

    SessionContext(RecordingData data, CookieTraffic traffic, Redirects redirects, Phases phases, AuthPoint login,
            AuthPoint logout, List<SessionCookie> sessionCookies, Framework framework, SignedInOracle oracle,
            AnalysisInputs inputs, TokenStatsCalculator statsCalculator) {
        this.data = Objects.requireNonNull(data);
        this.traffic = Objects.requireNonNull(traffic);
        this.redirects = Objects.requireNonNull(redirects);
        this.phases = Objects.requireNonNull(phases);
        this.login = login;
        this.logout = logout;
        this.sessionCookies = List.copyOf(sessionCookies);
        this.framework = Objects.requireNonNull(framework);
        this.oracle = Objects.requireNonNull(oracle);
        this.inputs = Objects.requireNonNull(inputs);
        this.statsCalculator = Objects.requireNonNull(statsCalculator);
    }

    public RecordingData data() {
        return data;
    }

    public CookieTraffic traffic() {
        return traffic;
    }

    /** The recording cut at login and logout. */
    public Phases phases() {
        return phases;
    }

    public Optional<AuthPoint> login() {
        return Optional.ofNullable(login);
    }

    public Optional<AuthPoint> logout() {
        return Optional.ofNullable(logout);
    }

    /** The session cookies, strongest first. */
    public List<SessionCookie> sessionCookies() {
        return sessionCookies;
    }

    public List<String> sessionCookieNames() {
        return sessionCookies.stream().map(SessionCookie::name).toList();
    }

    public boolean isSessionCookie(String name) {
        return sessionCookies.stream().anyMatch(c -> c.name().equals(name));
    }

    public Framework framework() {
        return framework;
    }

    public SignedInOracle oracle() {
        return oracle;
    }

    public AnalysisInputs inputs() {
        return inputs;
    }

    /** The target: the recording's, else the origin of the first exchange; null for an empty recording. */
    public URI target() {
        if (data.recording().target() != null) {
            return data.recording().target();
        }
        return data.exchanges().isEmpty() ? null : URI.create(Origins.of(data.exchanges().get(0).url()));
    }

    /** True when the target is a loopback address (a local demo). */
    public boolean loopbackTarget() {
        URI t = target();
        return t != null && Origins.isLoopback(t);
    }

    /** Whether the exchange (with its recorded redirect hops) reached a signed-in page. */
    public SignedInOracle.Verdict verdict(Exchange e) {
        return oracle.judge(e, redirects);
    }

    /** The exchange and the redirect hops after it. */
    public List<Exchange> chain(Exchange e) {
        return redirects.chain(e);
    }

    public Optional<Exchange> exchange(long id) {
        return data.exchange(id);
    }

    /** "METHOD URL" of an exchange, for evidence sentences. */
    public String describe(long exchangeId) {
        return exchange(exchangeId).map(e -> e.method() + " " + e.url()).orElse("exchange " + exchangeId);
    }

    /** Each distinct value the cookie had, in the order it appeared. */
    public List<ObservedValue> values(String cookie) {
        return values.computeIfAbsent(cookie, this::computeValues);
    }

    private List<ObservedValue> computeValues(String cookie) {
        Map<String, ObservedValue> out = new LinkedHashMap<>();
        List<ObservedValue> all = new ArrayList<>();
        for (Exchange e : traffic.exchanges()) {
            traffic.sentValue(e.id(), cookie).ifPresent(v -> all.add(new ObservedValue(v, e.id(), e.start(), false)));
            traffic.set(e.id()).stream().filter(c -> c.name().equals(cookie) && !c.deletion())
                    .forEach(c -> all.add(new ObservedValue(c.value(), e.id(), c.time(), true)));
        }
        for (ObservedValue v : all) {
            ObservedValue seen = out.get(v.value());
            if (seen == null) {
                out.put(v.value(), v);
            } else if (!seen.issued() && v.issued()) {
                out.put(v.value(), new ObservedValue(v.value(), v.exchangeId(), v.time(), true));
            }
        }
        return out.values().stream().filter(v -> !v.value().isEmpty()).toList();
    }

    /** The cookie's value when the login request was sent, if it had one. */
    public Optional<String> valueBeforeLogin(String cookie) {
        return SessionCookieIdentifier.valueBeforeLogin(traffic, phases, cookie);
    }

    /** The cookie's value in use after login: set by the login chain, else first sent after it. */
    public Optional<String> valueAfterLogin(String cookie) {
        return SessionCookieIdentifier.valueAfterLogin(traffic, phases, cookie);
    }

    /** True for exchanges that load a page or submit a form (not sub-resources, XHR or probes). */
    public static boolean documentLike(Exchange e) {
        return SessionCookieIdentifier.documentLike(e);
    }

    /** Statistics over the token sample given for this cookie, if there is a usable one. */
    public Optional<TokenStats> tokenStats(String cookie) {
        return stats.computeIfAbsent(cookie, c -> inputs.sample(c)
                .filter(s -> !s.tokens().isEmpty())
                .flatMap(s -> statsCalculator.analyze(s.tokens())));
    }
}
