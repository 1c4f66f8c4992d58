package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ObservedValue;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.RuleInfo;
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
            "session_id", "sessid", "asp.net_sessionid", "access_token", "id_token", "auth_token");
    private static final Pattern LINK_START = Pattern.compile("(?:href|action|src)\\s*=\\s*[\"']?",
            Pattern.CASE_INSENSITIVE);

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.MEDIUM)
            .cwe(598).references("WSTG-SESS-04", "ASVS 3.1.1")
            .title("Session ID exposed in URLs")
            .description("Looks for session IDs in request URLs (a ;jsessionid= path parameter or a query parameter), "
                    + "in redirect Locations and in the links the server writes into its pages. URLs end up "
                    + "in logs, browser history and Referer headers, and a link with an ID fixes the session "
                    + "of whoever follows it.")
            .example("Session ID SESSIONID appears in URLs",
                    "redirect Location carries ;jsessionid=0001cf94; link written into the page carries ;jsessionid=0001cf94")
            .example("The server accepts the session ID from the URL",
                    "active probe: sent a live session ID in the URL (/account;jsessionid=0001cf98) without any cookie: signed in (exchange 26)")
            .build();

    public IdInUrl() {
        super(INFO);
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        Set<String> names = new HashSet<>(KNOWN_PARAMS);
        ctx.sessionCookieNames().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        // a header token is found in URLs by its value (its header name is no query parameter)
        Pattern param = Pattern.compile("[;?&](" + String.join("|", names.stream().map(Pattern::quote).toList())
                + ")=([^;?&#\"'<>\\s]+)", Pattern.CASE_INSENSITIVE);
        Set<String> values = new HashSet<>();
        for (String cookie : ctx.credentialNames()) {
            ctx.values(cookie).stream().map(ObservedValue::value).filter(v -> v.length() >= 8).forEach(values::add);
        }
        Map<String, List<Evidence>> byName = new LinkedHashMap<>();
        int urls = 0;
        int pages = 0;
        for (Exchange e : ctx.traffic().exchanges()) {
            urls++;
            scan(ctx, e.url().toString(), false, param, values, e.id(), "request URL", byName);
            String location = e.responseHeaders().first("Location").orElse("");
            if (!location.isEmpty()) {
                scan(ctx, location, false, param, values, e.id(), "redirect Location", byName);
            }
            String type = e.responseHeaders().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.contains("html") && !e.responseBody().isEmpty()) {
                pages++;
                scan(ctx, e.responseBody().text(), true, param, values, e.id(), "link written into the page", byName);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byName.forEach((name, ev) -> findings.add(finding(ctx, name, "Session ID " + name + " appears in URLs",
                ev.size() > 10 ? ev.subList(0, 10) : ev)));
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

    /**
     * Finds session parameters ({@code ;jsessionid=…}, {@code ?sid=…}) and session cookie values in a URL, or in
     * the link attributes ({@code href}, {@code action}, {@code src}) of a page. One pass per text.
     */
    private static void scan(SessionContext ctx, String text, boolean page, Pattern param, Set<String> values,
            long exchange, String where, Map<String, List<Evidence>> out) {
        Set<String> seen = new HashSet<>();
        Matcher m = param.matcher(text);
        while (m.find()) {
            if (page && !inLink(text, m.start())) {
                continue;
            }
            String name = m.group(1);
            String value = m.group(2);
            String shape = (text.charAt(m.start()) == ';' ? ";" : "") + name + "=" + abbrev(value);
            if (seen.add(shape)) {
                out.computeIfAbsent(cookieFor(ctx, name, value), k -> new ArrayList<>())
                        .add(new Evidence(exchange, where + " carries " + shape));
            }
        }
        for (String v : values) {
            for (int at = text.indexOf(v); at > 0; at = text.indexOf(v, at + v.length())) {
                char before = text.charAt(at - 1);
                boolean inUrl = before == '/' || before == '=' || before == ';' || before == '?' || before == '&';
                if (inUrl && (!page || inLink(text, at)) && seen.add("value:" + v)) {
                    out.computeIfAbsent(cookieFor(ctx, "", v), k -> new ArrayList<>()).add(new Evidence(exchange,
                            where + " carries the session ID " + abbrev(v)));
                }
            }
        }
    }

    /** True when position {@code at} of an HTML text lies inside an href, action or src attribute value. */
    static boolean inLink(String html, int at) {
        int tag = html.lastIndexOf('<', at);
        if (tag < 0 || html.lastIndexOf('>', at) > tag) {
            return false;
        }
        Matcher m = LINK_START.matcher(html).region(tag, at);
        int lastStart = -1;
        while (m.find()) {
            lastStart = m.end();
        }
        if (lastStart < 0) {
            return false;
        }
        char open = html.charAt(lastStart - 1);
        if (open == '"' || open == '\'') {
            return html.indexOf(open, lastStart) >= at;
        }
        for (int i = lastStart; i < at; i++) { // unquoted: ends at white space or the end of the tag
            char c = html.charAt(i);
            if (Character.isWhitespace(c) || c == '>') {
                return false;
            }
        }
        return true;
    }

    private static String cookieFor(SessionContext ctx, String param, String value) {
        for (String cookie : ctx.credentialNames()) {
            if (cookie.equalsIgnoreCase(param)
                    || ctx.values(cookie).stream().anyMatch(v -> v.value().equals(value) && !value.isEmpty())) {
                return cookie;
            }
        }
        return param.isEmpty() ? primaryCookie(ctx) : param;
    }
}
