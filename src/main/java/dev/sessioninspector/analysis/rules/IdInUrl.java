package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ObservedValue;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code session.id-in-url}: a session ID in a request URL ({@code ;jsessionid=} or a query parameter), in a
 * redirect's {@code Location}, or in links the server writes into its pages. The active probe adds whether
 * the server also accepts an ID sent that way.
 */
public final class IdInUrl extends AbstractRule {
    public static final String ID = "session.id-in-url";
    private static final Set<String> KNOWN_PARAMS = Set.of("jsessionid", "phpsessid", "sid", "sessionid",
            "session_id", "sessid", "asp.net_sessionid");
    private static final Pattern PARAM = Pattern.compile("[;?&]([A-Za-z0-9_.\\-]{2,40})=([^;?&#\"'<>\\s]*)");
    private static final Pattern LINK = Pattern.compile("(?:href|action|src)\\s*=\\s*[\"']([^\"']*)[\"']",
            Pattern.CASE_INSENSITIVE);

    public IdInUrl() {
        super(ID, Severity.MEDIUM, 598, "WSTG-SESS-04", "ASVS 3.1.1", "Session ID exposed in URLs",
                "Looks for session IDs in request URLs (a ;jsessionid= path parameter or a query parameter), "
                        + "in redirect Locations and in the links the server writes into its pages. URLs end up "
                        + "in logs, browser history and Referer headers, and a link with an ID fixes the session "
                        + "of whoever follows it.");
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        Set<String> names = new HashSet<>(KNOWN_PARAMS);
        ctx.sessionCookieNames().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        Set<String> values = new HashSet<>();
        for (String cookie : ctx.sessionCookieNames()) {
            ctx.values(cookie).stream().map(ObservedValue::value).filter(v -> v.length() >= 8).forEach(values::add);
        }
        Map<String, List<Evidence>> byName = new LinkedHashMap<>();
        int urls = 0;
        int pages = 0;
        for (Exchange e : ctx.traffic().exchanges()) {
            urls++;
            scan(ctx, e.url().toString(), names, values, e.id(), "request URL", byName);
            String location = e.responseHeaders().first("Location").orElse("");
            if (!location.isEmpty()) {
                scan(ctx, location, names, values, e.id(), "redirect Location", byName);
            }
            String type = e.responseHeaders().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.contains("html") && !e.responseBody().isEmpty()) {
                pages++;
                Matcher m = LINK.matcher(e.responseBody().text());
                int links = 0;
                while (m.find() && links < 2000) {
                    links++;
                    scan(ctx, m.group(1), names, values, e.id(), "link written into the page", byName);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        byName.forEach((name, ev) -> findings.add(finding(ctx, name, "Session ID " + name + " appears in URLs", ev)));
        RuleOutcome probed = fromProbes(ctx, ProbeKind.URL_ID_ACCEPTED, "The server accepts the session ID from the URL");
        if (probed != null && probed.status() == CheckStatus.FAIL) {
            findings.addAll(probed.findings());
        }
        if (!findings.isEmpty()) {
            String detail = byName.isEmpty() ? "" : "session IDs in URLs: " + String.join(", ", byName.keySet());
            if (probed != null && probed.status() == CheckStatus.FAIL) {
                detail = (detail.isEmpty() ? "" : detail + "; ") + "the server accepts the ID from the URL";
            }
            return fail(detail, findings);
        }
        String probeNote = probed == null ? "; whether the server accepts an ID from the URL " + NEEDS_PROBE
                : "; " + probed.check().detail();
        return pass("no session ID in " + plural(urls, "request URL") + ", their redirects or "
                + plural(pages, "page") + probeNote);
    }

    private static void scan(SessionContext ctx, String url, Set<String> names, Set<String> values, long exchange,
            String where, Map<String, List<Evidence>> out) {
        Matcher m = PARAM.matcher(url);
        while (m.find()) {
            String name = m.group(1);
            String value = m.group(2);
            boolean namedLikeSession = names.contains(name.toLowerCase(Locale.ROOT)) && !value.isEmpty();
            if (namedLikeSession || values.contains(value)) {
                String cookie = cookieFor(ctx, name, value);
                char sep = url.charAt(m.start());
                String shape = sep == ';' ? ";" + name + "=" : name + "=";
                out.computeIfAbsent(cookie, k -> new ArrayList<>()).add(new Evidence(exchange,
                        where + " carries " + shape + abbrev(value)));
            }
        }
        for (String v : values) {
            int at = url.indexOf(v);
            if (at > 0 && !PARAM.matcher(url).results().anyMatch(r -> r.group(2).equals(v))) {
                String cookie = cookieFor(ctx, "", v);
                out.computeIfAbsent(cookie, k -> new ArrayList<>()).add(new Evidence(exchange,
                        where + " carries the session ID " + abbrev(v) + " in its path"));
            }
        }
    }

    private static String cookieFor(SessionContext ctx, String param, String value) {
        for (String cookie : ctx.sessionCookieNames()) {
            if (cookie.equalsIgnoreCase(param)
                    || ctx.values(cookie).stream().anyMatch(v -> v.value().equals(value) && !value.isEmpty())) {
                return cookie;
            }
        }
        return param.isEmpty() ? primaryCookie(ctx) : param;
    }
}
