package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which header tokens carry the session: by the header ({@code Authorization: Bearer}, a token header
 * name) and by behaviour (issued by the site, first sent after sign-in, sent again and again, a JWT or a
 * token-shaped value). The counterpart of {@link SessionCookieIdentifier} for credentials that are not cookies.
 */
final class SessionTokenIdentifier {
    private SessionTokenIdentifier() {
    }

    static List<SessionCookie> identify(HeaderTokens tokens, Phases phases, Set<String> named) {
        List<SessionCookie> out = new ArrayList<>();
        for (String name : tokens.names()) {
            if (!named.isEmpty()) {
                if (named.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                    out.add(new SessionCookie(name, 100, List.of("named by the user"), SessionCookie.Kind.HEADER));
                }
                continue;
            }
            List<String> reasons = new ArrayList<>();
            int score = 0;
            String scheme = tokens.scheme(name);
            if (name.equals(HeaderTokens.AUTHORIZATION)) {
                score += 5;
                reasons.add("Authorization: " + scheme + " credential");
            } else if (HeaderTokens.knownName(name)) {
                score += 4;
                reasons.add("known token header name");
            }
            List<String> values = tokens.values(name);
            List<TokenIssue> issues = tokens.issues(name);
            if (!issues.isEmpty()) {
                score += 3;
                reasons.add("issued in " + issues.get(0).where() + " at exchange " + issues.get(0).exchangeId());
            }
            long sends = tokens.exchanges().stream().filter(e -> tokens.sentValue(e.id(), name).isPresent()).count();
            if (sends >= 2) {
                score += 1;
                reasons.add("sent by " + sends + " requests");
            }
            if (phases.hasLogin() && firstSentAfterLogin(tokens, phases, name)) {
                score += 2;
                reasons.add("first sent after sign-in");
            }
            if (values.stream().anyMatch(Jwt::is)) {
                score += 2;
                reasons.add("a JWT");
            } else if (values.stream().anyMatch(SessionCookieIdentifier::tokenLike)) {
                score += 2;
                reasons.add("token-like value");
            } else {
                score -= 2;
                reasons.add("short or plain value");
            }
            if (score >= SessionCookieIdentifier.THRESHOLD) {
                out.add(new SessionCookie(name, score, reasons, SessionCookie.Kind.HEADER));
            }
        }
        out.sort(Comparator.comparingInt(SessionCookie::score).reversed()
                .thenComparing(c -> c.name().toLowerCase(Locale.ROOT)));
        return List.copyOf(out);
    }

    private static boolean firstSentAfterLogin(HeaderTokens tokens, Phases phases, String name) {
        Optional<Exchange> first = tokens.exchanges().stream()
                .filter(e -> tokens.sentValue(e.id(), name).isPresent()).findFirst();
        return first.isPresent() && phases.beforeLogin().stream().noneMatch(e -> e.id() == first.get().id())
                && !phases.loginChain().isEmpty() && !phases.loginChain().get(0).equals(first.get());
    }
}
