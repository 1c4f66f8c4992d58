package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds login and logout: the user's markers win, then flow marks, then detected markers; without any, a
 * request carrying a password field is the login, else URL words (login, signin…, logout, signout…).
 */
final class AuthPointDetector {
    static final Pattern LOGIN_WORDS = Pattern.compile(
            "(^|[/_.\\-])(log[-_]?in|sign[-_]?in|log[-_]?on|authenticate|j_security_check|auth/callback)([/_.;\\-]|$)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern SESSION_RESOURCE = Pattern.compile("(^|/)sessions?/?$", Pattern.CASE_INSENSITIVE);
    static final Pattern LOGOUT_WORDS = Pattern.compile(
            "(^|[/_.\\-])(log[-_]?out|sign[-_]?out|log[-_]?off|sign[-_]?off|end[-_]?session)([/_.;\\-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSWORD_INPUT =
            Pattern.compile("<input[^>]+type\\s*=\\s*[\"']?password", Pattern.CASE_INSENSITIVE);

    private final List<Exchange> exchanges;
    private final List<Marker> markers;
    private final Redirects redirects;

    AuthPointDetector(List<Exchange> exchanges, List<Marker> markers, Redirects redirects) {
        this.exchanges = exchanges;
        this.markers = markers;
        this.redirects = redirects;
    }

    Optional<AuthPoint> login() {
        Optional<AuthPoint> marked = fromMarkers(Marker.Kind.LOGIN, Instant.MIN);
        if (marked.isPresent()) {
            return marked;
        }
        List<Exchange> withPassword = exchanges.stream().filter(AuthPointDetector::carriesPassword).toList();
        for (Exchange e : withPassword) {
            if (succeeded(e)) {
                return Optional.of(point(Marker.Kind.LOGIN, e, Marker.Source.DETECTED,
                        "a " + e.method() + " carrying a password field"));
            }
        }
        if (!withPassword.isEmpty()) {
            Exchange e = withPassword.get(withPassword.size() - 1);
            return Optional.of(point(Marker.Kind.LOGIN, e, Marker.Source.DETECTED,
                    "a " + e.method() + " carrying a password field (the response looked like a failed login)"));
        }
        for (Exchange e : exchanges) {
            String path = path(e);
            boolean post = !"GET".equalsIgnoreCase(e.method()) && !"HEAD".equalsIgnoreCase(e.method());
            boolean loginUrl = LOGIN_WORDS.matcher(path).find() || (post && SESSION_RESOURCE.matcher(path).find());
            boolean setsCookie = e.responseHeaders().has("Set-Cookie");
            if (loginUrl && e.status() > 0 && e.status() < 400 && (post || (e.isRedirect() && setsCookie))) {
                return Optional.of(point(Marker.Kind.LOGIN, e, Marker.Source.DETECTED,
                        "a " + e.method() + " to a login URL (" + path + ")"));
            }
        }
        return Optional.empty();
    }

    Optional<AuthPoint> logout(Optional<AuthPoint> login) {
        Instant after = login.map(AuthPoint::time).orElse(Instant.MIN);
        Optional<AuthPoint> marked = fromMarkers(Marker.Kind.LOGOUT, after);
        if (marked.isPresent()) {
            return marked;
        }
        long loginId = login.map(AuthPoint::exchangeId).orElse(Long.MIN_VALUE);
        for (Exchange e : exchanges) {
            if (e.start().isBefore(after) || e.id() == loginId || redirects.isRedirected(e)) {
                continue;
            }
            String path = path(e);
            boolean deleteSession = "DELETE".equalsIgnoreCase(e.method()) && SESSION_RESOURCE.matcher(path).find();
            if (LOGOUT_WORDS.matcher(path).find() || deleteSession) {
                return Optional.of(point(Marker.Kind.LOGOUT, e, Marker.Source.DETECTED,
                        "a " + e.method() + " to a logout URL (" + path + ")"));
            }
        }
        return Optional.empty();
    }

    private Optional<AuthPoint> fromMarkers(Marker.Kind kind, Instant notBefore) {
        for (Marker.Source source : Marker.Source.values()) { // USER, FLOW, DETECTED: declaration order is rank
            Optional<Marker> m = markers.stream()
                    .filter(k -> k.kind() == kind && k.source() == source && !k.time().isBefore(notBefore))
                    .min(Comparator.comparing(Marker::time));
            if (m.isEmpty() && kind == Marker.Kind.LOGOUT) {
                m = markers.stream().filter(k -> k.kind() == kind && k.source() == source)
                        .min(Comparator.comparing(Marker::time));
            }
            if (m.isPresent()) {
                Optional<Exchange> e = exchangeFor(m.get());
                if (e.isPresent()) {
                    String label = m.get().label().isBlank() ? "" : " '" + m.get().label() + "'";
                    String who = switch (source) {
                        case USER -> "the user's marker";
                        case FLOW -> "the flow's mark";
                        case DETECTED -> "a detected marker";
                    };
                    return Optional.of(point(kind, e.get(), source, who + label));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Exchange> exchangeFor(Marker m) {
        if (m.exchangeId() != null) {
            Optional<Exchange> exact = exchanges.stream().filter(e -> e.id() == m.exchangeId()).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
        }
        List<Exchange> before = exchanges.stream().filter(e -> !e.start().isAfter(m.time()))
                .filter(e -> !redirects.isRedirected(e)).toList();
        Pattern words = m.kind() == Marker.Kind.LOGIN ? LOGIN_WORDS : LOGOUT_WORDS;
        for (int i = before.size() - 1; i >= 0; i--) {
            Exchange e = before.get(i);
            if (m.kind() == Marker.Kind.LOGIN && carriesPassword(e) || words.matcher(path(e)).find()) {
                return Optional.of(e);
            }
        }
        if (!before.isEmpty()) {
            return Optional.of(before.get(before.size() - 1));
        }
        return exchanges.stream().findFirst();
    }

    private boolean succeeded(Exchange e) {
        Exchange last = redirects.last(e);
        if (e.status() == 0 || e.status() >= 400 || last.status() >= 400) {
            return false;
        }
        if (last.status() >= 200 && last.status() < 300 && last != e) {
            return !PASSWORD_INPUT.matcher(text(last)).find();
        }
        if (e.isRedirect()) {
            Optional<java.net.URI> to = Redirects.location(e);
            return to.isEmpty() || !(LOGIN_WORDS.matcher(String.valueOf(to.get().getRawPath())).find()
                    && String.valueOf(to.get().getRawQuery()).toLowerCase(Locale.ROOT).contains("error"));
        }
        return !PASSWORD_INPUT.matcher(text(e)).find();
    }

    static boolean carriesPassword(Exchange e) {
        if ("GET".equalsIgnoreCase(e.method()) || e.requestBody().isEmpty()) {
            return false;
        }
        Map<String, String> fields = FormFields.of(e);
        return fields.entrySet().stream().anyMatch(f -> FormFields.isPasswordField(f.getKey()) && !f.getValue().isEmpty());
    }

    static boolean looksLikeLoginForm(Exchange e) {
        return PASSWORD_INPUT.matcher(text(e)).find();
    }

    private static String text(Exchange e) {
        String type = e.responseHeaders().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html") && !type.contains("text") && !type.contains("json")) {
            return "";
        }
        return e.responseBody().text();
    }

    static String path(Exchange e) {
        String p = e.url().getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    private static AuthPoint point(Marker.Kind kind, Exchange e, Marker.Source source, String reason) {
        return new AuthPoint(kind, e.id(), e.start(), source, reason);
    }
}
