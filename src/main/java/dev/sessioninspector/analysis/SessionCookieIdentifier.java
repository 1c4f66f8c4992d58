package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which cookies carry the session: above all by behaviour (a new value at login, needed by every
 * signed-in page, cleared at logout, a value shaped like a token), then by name. Anti-CSRF tokens,
 * analytics and preference cookies are never sessions.
 */
final class SessionCookieIdentifier {
    static final int THRESHOLD = 5;

    private SessionCookieIdentifier() {
    }

    static List<SessionCookie> identify(CookieTraffic traffic, Phases phases, Set<String> named) {
        if (!named.isEmpty()) {
            return named.stream().sorted().map(n -> new SessionCookie(n, 100, List.of("named by the user"))).toList();
        }
        List<SessionCookie> out = new ArrayList<>();
        for (String name : traffic.names()) {
            if (CookieNames.notSession(name).isPresent()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            StringBuilder nameReason = new StringBuilder();
            int nameScore = CookieNames.nameScore(name, nameReason);
            int score = nameScore;
            if (nameScore > 0) {
                reasons.add(nameReason.toString());
            }
            score += behaviour(traffic, phases, name, reasons);
            List<String> values = values(traffic, name);
            if (values.stream().anyMatch(SessionCookieIdentifier::tokenLike)) {
                score += 2;
                reasons.add("token-like value");
            } else if (nameScore < 5 && !values.isEmpty()) {
                score -= 2;
                reasons.add("short or plain value");
            }
            if (traffic.issued(name).stream().anyMatch(c -> c.cookie().httpOnly())) {
                score += 1;
                reasons.add("HttpOnly");
            }
            if (score >= THRESHOLD) {
                out.add(new SessionCookie(name, score, reasons));
            }
        }
        out.sort(Comparator.comparingInt(SessionCookie::score).reversed().thenComparing(SessionCookie::name));
        return List.copyOf(out);
    }

    private static int behaviour(CookieTraffic traffic, Phases phases, String name, List<String> reasons) {
        int score = 0;
        if (phases.hasLogin()) {
            Optional<String> before = valueBeforeLogin(traffic, phases, name);
            Optional<String> after = valueAfterLogin(traffic, phases, name);
            if (before.isEmpty() && after.isPresent()) {
                score += 3;
                reasons.add("first set at login");
            } else if (before.isPresent() && after.isPresent() && !before.get().equals(after.get())) {
                score += 3;
                reasons.add("new value at login");
            }
            List<Exchange> pages = phases.afterLogin().stream().filter(SessionCookieIdentifier::documentLike).toList();
            long sending = pages.stream().filter(e -> traffic.sent(e.id()).containsKey(name)).count();
            if (!pages.isEmpty() && sending * 5 >= pages.size() * 4L) {
                score += 2;
                reasons.add("sent by " + sending + " of " + pages.size() + " signed-in pages");
            }
        }
        if (phases.hasLogout()) {
            boolean cleared = phases.logoutChain().stream().flatMap(e -> traffic.set(e.id()).stream())
                    .anyMatch(c -> c.name().equals(name));
            if (cleared) {
                score += 2;
                reasons.add("cleared or replaced at logout");
            }
        }
        return score;
    }

    /** The value in use when the login request was sent (sent with it, or the last one set before). */
    static Optional<String> valueBeforeLogin(CookieTraffic traffic, Phases phases, String name) {
        if (!phases.hasLogin()) {
            return Optional.empty();
        }
        Exchange login = phases.loginChain().get(0);
        Optional<String> sent = traffic.sentValue(login.id(), name);
        if (sent.isPresent()) {
            return sent;
        }
        String last = null;
        for (Exchange e : phases.beforeLogin()) {
            Optional<String> s = traffic.sentValue(e.id(), name);
            if (s.isPresent()) {
                last = s.get();
            }
            for (IssuedCookie c : traffic.set(e.id())) {
                if (c.name().equals(name)) {
                    last = c.deletion() ? null : c.value();
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /** The value in use after login: set by the login chain, else the first one sent after it. */
    static Optional<String> valueAfterLogin(CookieTraffic traffic, Phases phases, String name) {
        String set = null;
        boolean touched = false;
        for (Exchange e : phases.loginChain()) {
            for (IssuedCookie c : traffic.set(e.id())) {
                if (c.name().equals(name)) {
                    set = c.deletion() ? null : c.value();
                    touched = true;
                }
            }
        }
        if (touched && set != null) {
            return Optional.of(set);
        }
        for (Exchange e : phases.afterLogin()) {
            Optional<String> s = traffic.sentValue(e.id(), name);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    static boolean documentLike(Exchange e) {
        return switch (e.initiator()) {
            case SUBRESOURCE, XHR, PROBE -> false;
            default -> !e.failed();
        };
    }

    private static List<String> values(CookieTraffic traffic, String name) {
        List<String> out = new ArrayList<>();
        traffic.issued(name).stream().filter(c -> !c.deletion()).forEach(c -> out.add(c.value()));
        for (Exchange e : traffic.exchanges()) {
            traffic.sentValue(e.id(), name).ifPresent(out::add);
        }
        return out;
    }

    /** At least 16 characters with at least 8 different ones: the shape of a random identifier. */
    static boolean tokenLike(String value) {
        return value.length() >= 16 && value.chars().distinct().count() >= 8;
    }
}
