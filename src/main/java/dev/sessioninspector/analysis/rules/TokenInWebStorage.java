package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ObservedValue;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Origins;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.model.StorageSnapshot;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code session.token-in-web-storage}: a session token or a JWT sits in localStorage or sessionStorage,
 * where every script on the origin (and XSS) can read it. Needs the browser's storage snapshots; a recording
 * without any (HTTP engine, HAR import) skips it.
 */
public final class TokenInWebStorage extends AbstractRule {
    public static final String ID = "session.token-in-web-storage";
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
    private static final Pattern TOKEN_KEY = Pattern.compile(
            "token|jwt|session|auth|bearer|credential|sid$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN_VALUE = Pattern.compile("^(Bearer\\s+)?[A-Za-z0-9_\\-+/=.~]{24,}$");

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.MEDIUM)
            .cwe(922).references("WSTG-CLNT-12", "ASVS 8.2.2")
            .title("Session token in web storage")
            .description("Reads the localStorage and sessionStorage snapshots for JWTs, session cookie values and "
                    + "token-like values under token/session/auth keys. Web storage has no HttpOnly: any script "
                    + "on the origin, including injected script, can read the token.")
            .example("Session token kept in localStorage.token",
                    "localStorage['token'] on https://app.example holds a JWT (eyJhbGci…)")
            .build();

    public TokenInWebStorage() {
        super(INFO);
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        List<StorageSnapshot> snapshots = ctx.data().storage();
        if (snapshots.isEmpty()) {
            return skipped("the recording has no localStorage/sessionStorage snapshots (HTTP engine or HAR import); "
                    + "record with the browser to run this check");
        }
        Map<String, String> sessionValues = new HashMap<>();
        for (String name : ctx.credentialNames()) {
            for (ObservedValue v : ctx.values(name)) {
                if (v.value().length() >= 8) {
                    sessionValues.put(v.value(), ctx.isToken(name) ? "token sent in " + name : "cookie " + name);
                }
            }
        }
        Map<String, List<Evidence>> byKey = new LinkedHashMap<>();
        int entries = 0;
        for (StorageSnapshot s : snapshots) {
            for (Map.Entry<String, String> en : s.entries().entrySet()) {
                entries++;
                Optional<String> why = why(en.getKey(), en.getValue(), sessionValues);
                if (why.isEmpty()) {
                    continue;
                }
                String area = s.area() == StorageSnapshot.Area.LOCAL ? "localStorage" : "sessionStorage";
                String key = area + "." + en.getKey();
                List<Evidence> ev = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (ev.size() < 3) {
                    ev.add(new Evidence(exchangeFor(ctx, s), area + "['" + en.getKey() + "'] on " + s.origin()
                            + " holds " + why.get()));
                }
            }
        }
        if (byKey.isEmpty()) {
            return pass("no token among " + plural(entries, "storage entry") + " in "
                    + plural(snapshots.size(), "snapshot"));
        }
        List<Finding> findings = new ArrayList<>();
        byKey.forEach((key, ev) -> findings.add(finding(ctx, key, "Session token kept in " + key, ev)));
        return fail("tokens in web storage: " + String.join(", ", byKey.keySet()), findings);
    }

    private static Optional<String> why(String key, String value, Map<String, String> sessionValues) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        String cookie = sessionValues.get(value.trim());
        if (cookie != null) {
            return Optional.of("the value of the session " + cookie);
        }
        Matcher jwt = JWT.matcher(value);
        while (jwt.find()) {
            if (isJwt(jwt.group())) {
                return Optional.of("a JWT (" + jwt.group().substring(0, Math.min(12, jwt.group().length())) + "…)");
            }
        }
        if (TOKEN_KEY.matcher(key).find() && TOKEN_VALUE.matcher(value.trim()).matches()
                && value.chars().distinct().count() >= 10) {
            return Optional.of("a token-like value under a token key (" + value.length() + " characters)");
        }
        return Optional.empty();
    }

    static boolean isJwt(String candidate) {
        String header = candidate.substring(0, candidate.indexOf('.'));
        try {
            String json = new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8);
            return json.contains("\"alg\"");
        } catch (IllegalArgumentException bad) {
            return false;
        }
    }

    /** The last exchange to the snapshot's origin at or before it (the page it was taken on). */
    private static long exchangeFor(SessionContext ctx, StorageSnapshot s) {
        String origin = normalise(s.origin());
        Exchange best = null;
        for (Exchange e : ctx.data().exchanges()) {
            if (e.start().isAfter(s.time())) {
                break;
            }
            if (best == null || Origins.of(e.url()).equals(origin) || !Origins.of(best.url()).equals(origin)) {
                best = e;
            }
        }
        if (best == null && !ctx.data().exchanges().isEmpty()) {
            best = ctx.data().exchanges().get(0);
        }
        return best == null ? 0 : best.id();
    }

    private static String normalise(String origin) {
        try {
            return Origins.of(URI.create(origin.trim()));
        } catch (IllegalArgumentException bad) {
            return origin;
        }
    }
}
