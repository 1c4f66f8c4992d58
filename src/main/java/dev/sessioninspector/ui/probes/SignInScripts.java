package dev.sessioninspector.ui.probes;

import dev.sessioninspector.analysis.AuthPoint;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Origins;
import dev.sessioninspector.probe.ScriptedRequest;
import dev.sessioninspector.probe.SignInScript;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds the probes' sign-in and sign-out script from what the browser recorded: the page the login form
 * came from (its {@code Referer}), the login POST with its form fields in order — the password put back,
 * since capture masks it, and anti-CSRF fields left out, since the recorded token belongs to the old
 * session — and the logout request.
 */
public final class SignInScripts {
    private static final Pattern PASSWORD = Pattern.compile("pass|pwd|secret", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSRF = Pattern.compile(
            "csrf|xsrf|authenticity_token|requestverificationtoken|__viewstate|nonce", Pattern.CASE_INSENSITIVE);

    private SignInScripts() {
    }

    /**
     * The script, or {@link SignInScript#NONE} without a recorded url-encoded login POST or without a
     * password to put back ({@code password} blank).
     */
    public static SignInScript from(SessionContext ctx, String password) {
        Optional<Exchange> login = ctx.login().map(AuthPoint::exchangeId).flatMap(ctx::exchange);
        if (login.isEmpty() || !login.get().method().equals("POST") || password == null || password.isBlank()) {
            return SignInScript.NONE;
        }
        Exchange post = login.get();
        String type = post.requestHeaders().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            return SignInScript.NONE;
        }
        Map<String, String> form = new LinkedHashMap<>();
        boolean hasPassword = false;
        for (Map.Entry<String, String> f : parseForm(post.requestBody().text(StandardCharsets.UTF_8)).entrySet()) {
            if (CSRF.matcher(f.getKey()).find()) {
                continue;
            }
            boolean secret = PASSWORD.matcher(f.getKey()).find();
            hasPassword |= secret;
            form.put(f.getKey(), secret ? password : f.getValue());
        }
        if (!hasPassword) {
            return SignInScript.NONE;
        }
        List<String> names = ctx.sessionCookieNames();
        List<ScriptedRequest> signIn = new ArrayList<>();
        post.requestHeaders().first("Referer").map(SignInScripts::uri)
                .filter(r -> r != null && Origins.same(r, post.url()))
                .ifPresent(r -> signIn.add(ScriptedRequest.get(withoutSessionId(r, names))));
        signIn.add(ScriptedRequest.post(withoutSessionId(post.url(), names), form));
        List<ScriptedRequest> signOut = new ArrayList<>();
        ctx.logout().map(AuthPoint::exchangeId).flatMap(ctx::exchange).ifPresent(out -> signOut.add(
                out.method().equals("GET") ? ScriptedRequest.get(withoutSessionId(out.url(), names))
                        : ScriptedRequest.post(withoutSessionId(out.url(), names), Map.of())));
        return new SignInScript(signIn, signOut);
    }

    /**
     * The URL without the recorded session's ID (a {@code ;jsessionid=} path parameter, or a query parameter
     * named like a session cookie), so a replayed step carries only the probe's own session.
     */
    static URI withoutSessionId(URI url, List<String> cookieNames) {
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("(?i);(jsessionid|sid|sessionid)=[^/?#]*", "");
        String query = url.getRawQuery();
        if (query != null) {
            List<String> kept = new ArrayList<>();
            for (String p : query.split("&")) {
                String name = p.split("=", 2)[0];
                if (!cookieNames.contains(name) && !name.equalsIgnoreCase("jsessionid")) {
                    kept.add(p);
                }
            }
            query = kept.isEmpty() ? null : String.join("&", kept);
        }
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + path + (query == null ? "" : "?" + query));
    }

    static Map<String, String> parseForm(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private static URI uri(String s) {
        try {
            return URI.create(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
