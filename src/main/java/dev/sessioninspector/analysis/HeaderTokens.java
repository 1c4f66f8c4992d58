package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.StorageSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens a recording's requests carried in headers, and where each was issued. A header is a token carrier
 * by name ({@code Authorization: Bearer|Token …}, {@code X-Auth-Token}, {@code X-Session-Token}…) or by
 * behaviour: a non-standard header sent again and again with a token-like value that a response of the site
 * issued first. Anti-CSRF headers never count. Probe exchanges are left out, as in {@link CookieTraffic}.
 */
public final class HeaderTokens {
    /** The header that carries {@code Bearer} and {@code Token} credentials. */
    public static final String AUTHORIZATION = "Authorization";
    private static final Pattern SCHEME = Pattern.compile("(?i)^(Bearer|Token|JWT)\\s+(\\S+)\\s*$");
    private static final Pattern TOKEN_NAME = Pattern.compile(
            "(?i)^(x-)?(auth|session|access|api|id|jwt|user|refresh)[-_]?(token|key|id)$|^x-(auth|jwt|session)$");
    private static final Pattern NEVER = Pattern.compile("(?i)csrf|xsrf|request-?id|trace|correlation|nonce");
    private static final Set<String> STANDARD = Set.of("accept", "accept-encoding", "accept-language",
            "accept-charset", "cache-control", "connection", "content-length", "content-type", "cookie", "host",
            "origin", "pragma", "referer", "user-agent", "upgrade-insecure-requests", "x-requested-with",
            "if-none-match", "if-modified-since", "if-match", "if-unmodified-since", "if-range", "range", "te",
            "dnt", "priority", "traceparent", "tracestate", "forwarded", "x-forwarded-for", "x-forwarded-proto",
            "x-forwarded-host", "expect", "upgrade", "keep-alive", "via", "content-encoding", "transfer-encoding");
    /** At most this many distinct values per header are traced back to their issue (enough for any visit). */
    static final int MAX_TRACED = 64;
    private static final Pattern FIELD_BEFORE = Pattern.compile("\"([^\"\\\\]{1,60})\"\\s*:\\s*\"$");

    private final List<Exchange> exchanges;
    private final Map<Long, Map<String, String>> sent = new HashMap<>();
    private final Map<String, String> schemes = new HashMap<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final Map<String, TokenIssue> issues = new HashMap<>();

    private HeaderTokens(RecordingData data) {
        this.exchanges = data.exchanges().stream().filter(e -> e.initiator() != Initiator.PROBE).toList();
        Map<String, String> display = new LinkedHashMap<>(); // lower-case name → the name as first sent
        Map<String, List<String>> valuesByName = new LinkedHashMap<>();
        Map<Long, Map<String, String>> candidates = new HashMap<>();
        for (Exchange e : exchanges) {
            for (Header h : e.requestHeaders().all()) {
                Optional<String[]> token = candidate(h);
                if (token.isEmpty()) {
                    continue;
                }
                String lower = token.get()[0].toLowerCase(Locale.ROOT);
                String name = display.computeIfAbsent(lower, k -> token.get()[0]);
                if (!token.get()[2].isEmpty()) {
                    schemes.putIfAbsent(name, token.get()[2]);
                }
                candidates.computeIfAbsent(e.id(), k -> new LinkedHashMap<>()).putIfAbsent(name, token.get()[1]);
                valuesByName.computeIfAbsent(name, k -> new ArrayList<>()).add(token.get()[1]);
            }
        }
        for (Map.Entry<String, List<String>> en : valuesByName.entrySet()) {
            String name = en.getKey();
            for (String v : en.getValue().stream().distinct().limit(MAX_TRACED).toList()) {
                trace(data, name, v).ifPresent(i -> issues.putIfAbsent(v, i));
            }
            boolean byBehaviour = en.getValue().size() >= 2
                    && en.getValue().stream().anyMatch(v -> issues.containsKey(v) && tokenLike(v));
            if (knownName(name) || byBehaviour) {
                names.add(name);
            }
        }
        candidates.forEach((id, byName) -> {
            Map<String, String> kept = new LinkedHashMap<>(byName);
            kept.keySet().retainAll(names);
            if (!kept.isEmpty()) {
                sent.put(id, Collections.unmodifiableMap(kept));
            }
        });
    }

    /** Reads the header tokens of a recording. */
    public static HeaderTokens of(RecordingData data) {
        return new HeaderTokens(data);
    }

    /** {name, value, scheme} of a header that may carry a token, or empty. */
    private static Optional<String[]> candidate(Header h) {
        String lower = h.name().toLowerCase(Locale.ROOT);
        String value = h.value() == null ? "" : h.value().strip();
        if (lower.equals("authorization") || lower.equals("proxy-authorization")) {
            Matcher m = SCHEME.matcher(value);
            return lower.equals("authorization") && m.matches()
                    ? Optional.of(new String[] {AUTHORIZATION, m.group(2), capitalised(m.group(1))})
                    : Optional.empty();
        }
        if (STANDARD.contains(lower) || lower.startsWith("sec-") || lower.startsWith(":") || NEVER.matcher(lower).find()
                || value.length() < (knownName(h.name()) ? 1 : 8) || value.length() > Jwt.MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = SCHEME.matcher(value);
        return m.matches() ? Optional.of(new String[] {h.name(), m.group(2), capitalised(m.group(1))})
                : Optional.of(new String[] {h.name(), value, ""});
    }

    private static String capitalised(String scheme) {
        return scheme.substring(0, 1).toUpperCase(Locale.ROOT) + scheme.substring(1).toLowerCase(Locale.ROOT);
    }

    /** True for header names that carry tokens by convention. */
    static boolean knownName(String name) {
        return name.equalsIgnoreCase(AUTHORIZATION) || TOKEN_NAME.matcher(name).matches();
    }

    static boolean tokenLike(String value) {
        return Jwt.is(value) || SessionCookieIdentifier.tokenLike(value);
    }

    /**
     * The first place the value appeared before it was first sent: a response header, a JSON field or other body
     * text of a response, else a storage snapshot (at any time).
     */
    private Optional<TokenIssue> trace(RecordingData data, String name, String value) {
        for (Exchange e : exchanges) {
            if (name.equals(AUTHORIZATION) ? sendsAuthorization(e, value) : sends(e, name, value)) {
                break; // issued before its first use, or not in a response at all
            }
            for (Header h : e.responseHeaders().all()) {
                if (h.value() != null && h.value().contains(value) && !h.name().equalsIgnoreCase("Set-Cookie")) {
                    return Optional.of(new TokenIssue(value, e.id(), e.end(), TokenIssue.Source.RESPONSE_HEADER,
                            "response header " + h.name()));
                }
            }
            String body = textBody(e);
            int at = body.indexOf(value);
            if (at >= 0) {
                Matcher f = FIELD_BEFORE.matcher(body.substring(Math.max(0, at - 80), at));
                return Optional.of(f.find()
                        ? new TokenIssue(value, e.id(), e.end(), TokenIssue.Source.JSON_FIELD, "JSON field " + f.group(1))
                        : new TokenIssue(value, e.id(), e.end(), TokenIssue.Source.RESPONSE_BODY, "response body"));
            }
        }
        for (StorageSnapshot s : data.storage()) {
            for (Map.Entry<String, String> en : s.entries().entrySet()) {
                if (en.getValue() != null && en.getValue().contains(value)) {
                    String area = s.area() == StorageSnapshot.Area.LOCAL ? "localStorage" : "sessionStorage";
                    long near = exchanges.stream().filter(x -> !x.start().isAfter(s.time())).mapToLong(Exchange::id)
                            .reduce((a, b) -> b).orElse(exchanges.isEmpty() ? 0 : exchanges.get(0).id());
                    return Optional.of(new TokenIssue(value, near, s.time(), TokenIssue.Source.STORAGE,
                            area + "['" + en.getKey() + "']"));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sendsAuthorization(Exchange e, String value) {
        return e.requestHeaders().values(AUTHORIZATION).stream().anyMatch(v -> v.contains(value));
    }

    private static boolean sends(Exchange e, String name, String value) {
        return e.requestHeaders().values(name).stream().anyMatch(v -> v.contains(value));
    }

    /** The response body when it is text (JSON, HTML, JavaScript, plain), else empty. */
    static String textBody(Exchange e) {
        if (e.responseBody().isEmpty()) {
            return "";
        }
        String type = e.responseHeaders().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        boolean text = type.isEmpty() || type.contains("json") || type.contains("text") || type.contains("html")
                || type.contains("javascript") || type.contains("xml");
        return text ? e.responseBody().text() : "";
    }

    /** The exchanges considered, in time order (probe exchanges left out). */
    public List<Exchange> exchanges() {
        return exchanges;
    }

    /** The token-carrying header names, in the order first sent. */
    public Set<String> names() {
        return Collections.unmodifiableSet(names);
    }

    /** Header name → token value (scheme removed) the exchange sent. */
    public Map<String, String> sent(long exchangeId) {
        return sent.getOrDefault(exchangeId, Map.of());
    }

    /** The token one header of the exchange carried, if it did. */
    public Optional<String> sentValue(long exchangeId, String name) {
        return Optional.ofNullable(sent(exchangeId).get(name));
    }

    /** The scheme of an {@code Authorization}-style header ({@code Bearer}, {@code Token}), or "". */
    public String scheme(String name) {
        return schemes.getOrDefault(name, "");
    }

    /** Where the value was issued, if the recording shows it. */
    public Optional<TokenIssue> issue(String value) {
        return Optional.ofNullable(issues.get(value));
    }

    /** Each distinct value the header carried, in the order first sent. */
    public List<String> values(String name) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Exchange e : exchanges) {
            sentValue(e.id(), name).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** The issues of every value the header carried, in the order the values were first sent. */
    public List<TokenIssue> issues(String name) {
        return values(name).stream().map(this::issue).flatMap(Optional::stream).toList();
    }
}
