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
 * Everything the rules read about one recording: the recording, its cookie traffic and header tokens, the
 * session credentials (cookies and header tokens),
 * login and logout, the framework, the signed-in oracle, and the inputs (probe results, token samples).
 * Built by {@link SessionModel#build}; immutable once built.
 */
public final class SessionContext {
    private final RecordingData data;
    private final CookieTraffic traffic;
    private final HeaderTokens tokens;
    private final Redirects redirects;
    private final Phases phases;
    private final AuthPoint login;
    private final AuthPoint logout;
    private final List<SessionCookie> credentials;
    private final Framework framework;
    private final SignedInOracle oracle;
    private final AnalysisInputs inputs;
    private final TokenStatsCalculator statsCalculator;
    private final Map<String, Optional<TokenStats>> stats = new ConcurrentHashMap<>();
    private final Map<String, List<ObservedValue>> values = new ConcurrentHashMap<>();

    SessionContext(RecordingData data, CookieTraffic traffic, HeaderTokens tokens, Redirects redirects, Phases phases, AuthPoint login,
            AuthPoint logout, List<SessionCookie> credentials, Framework framework, SignedInOracle oracle,
            AnalysisInputs inputs, TokenStatsCalculator statsCalculator) {
        this.data = Objects.requireNonNull(data);
        this.traffic = Objects.requireNonNull(traffic);
        this.tokens = Objects.requireNonNull(tokens);
        this.redirects = Objects.requireNonNull(redirects);
        this.phases = Objects.requireNonNull(phases);
        this.login = login;
        this.logout = logout;
        this.credentials = List.copyOf(credentials);
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

    /** The header tokens of the recording and where each was issued. */
    public HeaderTokens tokens() {
        return tokens;
    }

    /** Every session credential, cookies and header tokens, strongest first. */
    public List<SessionCookie> credentials() {
        return credentials;
    }

    /** The names of every session credential (cookie names, token header names), strongest first. */
    public List<String> credentialNames() {
        return credentials.stream().map(SessionCookie::name).toList();
    }

    /** The session credential with this name, if it is one. */
    public Optional<SessionCookie> credential(String name) {
        return credentials.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** True when the named credential is a header token. */
    public boolean isToken(String name) {
        return credential(name).map(SessionCookie::token).orElse(false);
    }

    /** The session cookies (credentials that are cookies), strongest first: what the cookie rules judge. */
    public List<SessionCookie> sessionCookies() {
        return credentials.stream().filter(c -> !c.token()).toList();
    }

    public List<String> sessionCookieNames() {
        return sessionCookies().stream().map(SessionCookie::name).toList();
    }

    /** The session tokens (credentials sent in a header of their own), strongest first. */
    public List<SessionCookie> sessionTokens() {
        return credentials.stream().filter(SessionCookie::token).toList();
    }

    public boolean isSessionCookie(String name) {
        return sessionCookies().stream().anyMatch(c -> c.name().equals(name));
    }

    /** The value of a session credential (cookie or header token) that the exchange sent, if it sent one. */
    public Optional<String> sentValue(long exchangeId, String credential) {
        return isToken(credential) ? tokens.sentValue(exchangeId, credential)
                : traffic.sentValue(exchangeId, credential);
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

    /**
     * Each distinct value the credential had, in the order it appeared; a header token's value counts as issued
     * where the recording shows it issued (a response or page storage), else where first sent.
     */
    public List<ObservedValue> values(String credential) {
        return values.computeIfAbsent(credential, c -> isToken(c) ? tokenValues(c) : computeValues(c));
    }

    /**
     * The credential's {@link #values}, then the values the server issued only to the active probes of this
     * recording (a cookie's, in the order issued; none the probes made up): every value the rules that judge IDs
     * read, besides a token sample.
     */
    public List<ObservedValue> allValues(String credential) {
        List<ObservedValue> flow = values(credential);
        if (isToken(credential)) {
            return flow;
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        flow.forEach(v -> known.add(v.value()));
        List<ObservedValue> out = new ArrayList<>(flow);
        ProbeIssued.values(data, credential).stream().filter(v -> known.add(v.value())).forEach(out::add);
        return List.copyOf(out);
    }

    private List<ObservedValue> tokenValues(String header) {
        List<ObservedValue> out = new ArrayList<>();
        for (String v : tokens.values(header)) {
            Optional<TokenIssue> issue = tokens.issue(v);
            if (issue.isPresent()) {
                out.add(new ObservedValue(v, issue.get().exchangeId(), issue.get().time(), true));
            } else {
                tokens.exchanges().stream().filter(e -> tokens.sentValue(e.id(), header).filter(v::equals).isPresent())
                        .findFirst().ifPresent(e -> out.add(new ObservedValue(v, e.id(), e.start(), false)));
            }
        }
        return List.copyOf(out);
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

    /**
     * Statistics over the values the server issued for this credential: the token sample's, if one was given;
     * the recording's ({@link #allValues}: the flow's and the probes', with the times of the exchanges that issued
     * them) when there is no sample, or when they show a generator the sample does not (a digest of the clock, a
     * counter or the previous value: {@link TokenStats#generator()}).
     */
    public Optional<TokenStats> tokenStats(String credential) {
        return stats.computeIfAbsent(credential, c -> {
            Optional<TokenStats> sampled = inputs.sample(c).flatMap(IssuedTokens::of).flatMap(statsCalculator::analyze);
            if (sampled.flatMap(TokenStats::generator).isPresent()) {
                return sampled;
            }
            Optional<TokenStats> recorded = IssuedTokens.recorded(allValues(c)).flatMap(statsCalculator::analyze);
            return sampled.isEmpty() || recorded.flatMap(TokenStats::generator).isPresent() ? recorded : sampled;
        });
    }
}
