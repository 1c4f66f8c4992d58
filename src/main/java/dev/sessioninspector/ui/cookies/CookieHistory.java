package dev.sessioninspector.ui.cookies;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each cookie of a recording (by name, domain and path) with every change made to it, and the jar as it
 * stands at the end. Worked out from the recording's cookie events; no JavaFX.
 *
 * @param name    the cookie's name
 * @param domain  its domain
 * @param path    its path
 * @param current the cookie in the jar at the end of the recording, or null when it was deleted or expired
 * @param changes every change, in time order
 */
public record CookieHistory(String name, String domain, String path, Cookie current, List<Change> changes) {

    public CookieHistory {
        Objects.requireNonNull(name, "name");
        changes = List.copyOf(changes);
    }

    /** One change: when (seconds from the recording's start), what, who (server or script) and how. */
    public record Change(CookieEvent event, double seconds, String what) {
    }

    /** Every cookie of {@code data}, in the order they first appeared. */
    public static List<CookieHistory> of(RecordingData data) {
        Instant origin = data.exchanges().isEmpty() ? data.recording().started() : data.exchanges().get(0).start();
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        Map<String, Cookie> jar = new LinkedHashMap<>();
        Map<String, Cookie> first = new LinkedHashMap<>();
        for (CookieEvent ev : data.cookieEvents()) {
            Cookie c = ev.cookie();
            String key = c.name() + "\u0000" + c.domain() + "\u0000" + c.path();
            first.putIfAbsent(key, c);
            double seconds = Duration.between(origin, ev.time()).toNanos() / 1e9;
            changes.computeIfAbsent(key, k -> new ArrayList<>()).add(new Change(ev, seconds, describe(ev)));
            switch (ev.kind()) {
                case SET, CHANGED -> jar.put(key, c);
                case DELETED, EXPIRED -> jar.remove(key);
            }
        }
        List<CookieHistory> out = new ArrayList<>();
        changes.forEach((key, list) -> {
            Cookie c = first.get(key);
            out.add(new CookieHistory(c.name(), c.domain(), c.path(), jar.get(key), list));
        });
        return out;
    }

    /** How many different values the cookie held: 1 means it never rotated. */
    public int distinctValues() {
        return (int) changes.stream().filter(ch -> ch.event().kind() == CookieEvent.Kind.SET
                || ch.event().kind() == CookieEvent.Kind.CHANGED).map(ch -> ch.event().cookie().value())
                .distinct().count();
    }

    /** The cookie as last seen (the current one, else the last one recorded). */
    public Cookie latest() {
        return current != null ? current : changes.get(changes.size() - 1).event().cookie();
    }

    /** What the attributes of the latest cookie lack, e.g. "no Secure", "SameSite not set"; empty when fine. */
    public List<String> flagProblems() {
        Cookie c = latest();
        List<String> problems = new ArrayList<>();
        if (!c.secure()) {
            problems.add("no Secure");
        }
        if (!c.httpOnly()) {
            problems.add("no HttpOnly");
        }
        if (c.sameSite() == SameSite.UNSPECIFIED) {
            problems.add("SameSite not set");
        } else if (c.sameSite() == SameSite.NONE) {
            problems.add("SameSite=None");
        }
        if (c.expires() != null && c.expires().isAfter(changes.get(changes.size() - 1).event().time()
                .plus(Duration.ofDays(30)))) {
            problems.add("lives over 30 days");
        }
        return problems;
    }

    /** The flags of a cookie in one line: "Secure ✓  HttpOnly ✗  SameSite=Lax  session". */
    public static String flags(Cookie c) {
        return "Secure " + mark(c.secure()) + "  HttpOnly " + mark(c.httpOnly()) + "  SameSite="
                + (c.sameSite() == SameSite.UNSPECIFIED ? "(not set)" : c.sameSite().name().charAt(0)
                + c.sameSite().name().substring(1).toLowerCase(java.util.Locale.ROOT))
                + "  " + (c.expires() == null ? "session" : "expires " + c.expires())
                + (c.hostOnly() ? "  host-only" : "  Domain=" + c.domain()) + "  Path=" + c.path();
    }

    private static String mark(boolean on) {
        return on ? "✓" : "✗";
    }

    /** What an event did, for the history table. */
    static String describe(CookieEvent ev) {
        Cookie c = ev.cookie();
        Cookie p = ev.previous();
        return switch (ev.kind()) {
            case SET -> "set" + (p == null ? "" : " again");
            case DELETED -> "deleted";
            case EXPIRED -> "expired";
            case CHANGED -> {
                List<String> parts = new ArrayList<>();
                if (!p.value().equals(c.value())) {
                    parts.add("new value (rotated)");
                }
                diff(parts, "Secure", p.secure(), c.secure());
                diff(parts, "HttpOnly", p.httpOnly(), c.httpOnly());
                if (p.sameSite() != c.sameSite()) {
                    parts.add("SameSite " + p.sameSite() + " → " + c.sameSite());
                }
                if (!Objects.equals(p.expires(), c.expires())) {
                    parts.add(c.expires() == null ? "now a session cookie" : "expiry " + c.expires());
                }
                if (!p.path().equals(c.path()) || !p.domain().equals(c.domain())) {
                    parts.add("scope " + c.domain() + c.path());
                }
                yield parts.isEmpty() ? "set again, unchanged" : String.join(", ", parts);
            }
        };
    }

    private static void diff(List<String> parts, String name, boolean before, boolean after) {
        if (before != after) {
            parts.add(name + (after ? " added" : " removed"));
        }
    }
}
