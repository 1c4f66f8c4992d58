package dev.sessioninspector.demo;

import java.util.Objects;
import java.util.Optional;

/**
 * One request's context while a route runs: the request, the switches as they were when it arrived, and
 * its session, which a route may replace (sign-in) or end (sign-out).
 */
final class Visit {
    private final ShopRequest request;
    private final ShopSettings settings;
    private Session session;
    private boolean signedOut;

    Visit(ShopRequest request, ShopSettings settings, Session session) {
        this.request = Objects.requireNonNull(request, "request");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = Objects.requireNonNull(session, "session");
    }

    ShopRequest request() {
        return request;
    }

    ShopSettings settings() {
        return settings;
    }

    Session session() {
        return session;
    }

    void replaceSession(Session replacement) {
        this.session = Objects.requireNonNull(replacement, "replacement");
    }

    /** Marks the visit as signed out: the browser is told to drop the session cookie. */
    void markSignedOut() {
        this.signedOut = true;
    }

    boolean signedOut() {
        return signedOut;
    }

    /** The signed-in customer, if any. */
    Optional<Accounts.Account> account() {
        return signedOut || !session.signedIn() ? Optional.empty() : Accounts.find(session.user());
    }

    /** A link to {@code target} on this shop, with the session ID written in when that switch is on. */
    String link(String target) {
        return settings.writeIdIntoUrls() && !signedOut ? UrlSessionIds.link(target, session.id()) : target;
    }

    /** The colour theme the page-script cookie chose: {@code dark} or {@code light}. */
    String theme() {
        return "dark".equals(request.cookies().get(Layout.THEME_COOKIE)) ? "dark" : "light";
    }
}
