package dev.sessioninspector.capture;

import dev.sessioninspector.cookie.CookieJar;
import dev.sessioninspector.cookie.JarChange;
import dev.sessioninspector.cookie.JarResult;
import dev.sessioninspector.cookie.Rejection;
import dev.sessioninspector.model.CookieEvent;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the raw cookie traffic the hooks see into cookie events: a mirror {@link CookieJar} with the
 * browser's semantics tells a new cookie from a changed, deleted or expired one. Cookies the jar ignores
 * (malformed lines, a foreign Domain…) become notes with the reason. Confined to the session's worker thread.
 */
final class CookieRecorder {
    /** One outcome: an event, or a note saying why a cookie was ignored. */
    record Result(CookieEvent event, String note, Instant time, Long exchangeId) {
    }

    private final CookieJar jar;

    CookieRecorder(Clock clock) {
        this.jar = new CookieJar(clock);
    }

    List<Result> fromServer(URI uri, List<String> setCookie, Instant now, Long exchangeId) {
        JarResult r = jar.apply(uri, setCookie, now);
        return results(r, CookieEvent.Source.SERVER, now, exchangeId, uri);
    }

    List<Result> fromScript(URI scriptUri, List<String> values, Instant now) {
        URI page = pageUri(scriptUri);
        List<Result> out = new ArrayList<>();
        for (String value : values) {
            out.addAll(results(jar.setFromScript(scriptUri, value, now), CookieEvent.Source.SCRIPT, now, null, page));
        }
        return out;
    }

    /** Cookies whose time ran out by {@code now}. */
    List<Result> expire(Instant now) {
        return results(new JarResult(jar.expire(now), List.of()), CookieEvent.Source.CLIENT, now, null, null);
    }

    private static List<Result> results(JarResult r, CookieEvent.Source source, Instant now, Long exchangeId,
            URI url) {
        List<Result> out = new ArrayList<>(r.changes().size() + r.rejections().size());
        for (JarChange c : r.changes()) {
            if (c.kind() == CookieEvent.Kind.EXPIRED) {
                Instant when = c.cookie().expires() != null && c.cookie().expires().isBefore(now)
                        ? c.cookie().expires() : now;
                out.add(new Result(c.toEvent(when, CookieEvent.Source.CLIENT, null, url), null, when, null));
            } else {
                out.add(new Result(c.toEvent(now, source, exchangeId, url), null, now, exchangeId));
            }
        }
        for (Rejection rej : r.rejections()) {
            out.add(new Result(null, rej.message() + " (" + abbreviate(rej.header()) + ")", now, exchangeId));
        }
        return out;
    }

    private static String abbreviate(String header) {
        return header.length() <= 200 ? header : header.substring(0, 200) + "… (" + header.length() + " chars)";
    }

    /** {@code javascript://host/path} → {@code http://host/path}; {@code javascripts:} → {@code https:}. */
    static URI pageUri(URI scriptUri) {
        String scheme = scriptUri.getScheme() == null ? "" : scriptUri.getScheme().toLowerCase(Locale.ROOT);
        String http = switch (scheme) {
            case "javascripts" -> "https";
            case "javascript" -> "http";
            default -> scheme;
        };
        try {
            return new URI(http, scriptUri.getRawSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            return scriptUri;
        }
    }
}
