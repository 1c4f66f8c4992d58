package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.IssuedCookie;
import dev.sessioninspector.analysis.ObservedValue;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.SignedInOracle;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Origins;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the probes know of the site, worked out from the recording's analysis: its origin, the session cookie,
 * the signed-in page and how to judge it, the cookies sent with the logout, the IDs seen, the page that issues
 * a session to a new visitor, and how to sign in again.
 *
 * @param cookie            the session cookie's name, or null when none was identified
 * @param authenticatedUrl  the page only a signed-in user sees, or null
 * @param preLogoutCookies  the {@code Cookie} header the logout request carried, or null without a logout
 * @param observedIds       the session cookie's values in the recording, in order
 * @param issuingPage       a page that sets the session cookie when fetched without cookies
 * @param token             the session token's header and scheme when the session travels in a header, or null
 * @param preLogoutToken    the token the logout request carried, or null
 * @param lastToken         the last token the recording sent while signed in (the pre-logout one when known)
 */
public record ProbeTarget(URI origin, String cookie, URI authenticatedUrl, String preLogoutCookies,
        List<String> observedIds, URI issuingPage, SignInScript script, SignedInOracle oracle, TokenCredential token,
        String preLogoutToken, String lastToken) {

    /** A target whose session is a cookie only. */
    public ProbeTarget(URI origin, String cookie, URI authenticatedUrl, String preLogoutCookies,
            List<String> observedIds, URI issuingPage, SignInScript script, SignedInOracle oracle) {
        this(origin, cookie, authenticatedUrl, preLogoutCookies, observedIds, issuingPage, script, oracle, null, null,
                null);
    }

    public ProbeTarget {
        Objects.requireNonNull(origin, "origin");
        origin = URI.create(Origins.of(origin));
        observedIds = List.copyOf(Objects.requireNonNull(observedIds, "observedIds"));
        Objects.requireNonNull(issuingPage, "issuingPage");
        script = script == null ? SignInScript.NONE : script;
        Objects.requireNonNull(oracle, "oracle");
    }

    /** Reads the target from an analysed recording ({@code ctx.target()} must be set: a non-empty recording). */
    public static ProbeTarget of(SessionContext ctx, SignInScript script) {
        URI origin = Objects.requireNonNull(ctx.target(), "the recording has no target");
        // the strongest credential carries the session: a header token ranked above every cookie is what the probes use
        boolean tokenFirst = !ctx.credentials().isEmpty() && ctx.credentials().get(0).token();
        String cookie = tokenFirst || ctx.sessionCookieNames().isEmpty() ? null : ctx.sessionCookieNames().get(0);
        URI auth = ctx.oracle().authenticatedUrl().orElse(ctx.inputs().authenticatedUrl());
        String preLogout = null;
        List<String> ids = List.of();
        URI issuing = URI.create(Origins.of(origin) + "/");
        if (cookie != null) {
            if (!ctx.phases().logoutChain().isEmpty()) {
                Exchange logout = ctx.phases().logoutChain().get(0);
                Map<String, String> sent = ctx.traffic().sent(logout.id());
                if (sent.containsKey(cookie)) {
                    preLogout = sent.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; "));
                }
            }
            ids = ctx.values(cookie).stream().map(ObservedValue::value).toList();
            issuing = issuingPage(ctx, cookie).orElse(issuing);
        }
        TokenCredential token = null;
        String preLogoutToken = null;
        String lastToken = null;
        if (!ctx.sessionTokens().isEmpty()) {
            String header = ctx.sessionTokens().get(0).name();
            token = new TokenCredential(header, ctx.tokens().scheme(header));
            if (!ctx.phases().logoutChain().isEmpty()) {
                preLogoutToken = ctx.tokens().sentValue(ctx.phases().logoutChain().get(0).id(), header).orElse(null);
            }
            List<String> values = ctx.tokens().values(header);
            lastToken = preLogoutToken != null ? preLogoutToken : values.isEmpty() ? null : values.get(values.size() - 1);
        }
        return new ProbeTarget(origin, cookie, auth, preLogout, ids, issuing, script, ctx.oracle(), token,
                preLogoutToken, lastToken);
    }

    /**
     * The session credential the probes work with: the session cookie's name, else (or when a header token ranks
     * above every session cookie) the token's header, else null.
     */
    public String credential() {
        return cookie != null ? cookie : token != null ? token.header() : null;
    }

    /** True when the session travels in a header token rather than a cookie. */
    public boolean byToken() {
        return cookie == null && token != null;
    }

    /** The first GET on the origin whose response set the cookie (to a visitor that did not send one). */
    private static Optional<URI> issuingPage(SessionContext ctx, String cookie) {
        for (IssuedCookie c : ctx.traffic().issued(cookie)) {
            if (c.deletion() || c.byScript()) {
                continue;
            }
            Optional<Exchange> e = ctx.exchange(c.exchangeId());
            if (e.isPresent() && e.get().method().equals("GET") && Origins.same(e.get().url(), ctx.target())
                    && ctx.traffic().sentValue(c.exchangeId(), cookie).isEmpty()) {
                return Optional.of(e.get().url());
            }
        }
        return Optional.empty();
    }

    public Optional<String> sessionCookie() {
        return Optional.ofNullable(cookie);
    }

    public Optional<URI> signedInPage() {
        return Optional.ofNullable(authenticatedUrl);
    }
}
