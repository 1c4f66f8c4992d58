package dev.sessioninspector.inspect;

import dev.sessioninspector.analysis.AuthPoint;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowStep;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Origins;
import dev.sessioninspector.model.RecordingData;
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
 * The sign-in script the probes replay, from a flow or from a recording. From a flow ({@link #of(Flow)}, the
 * command line): every step up to and including the login (the step
 * marked {@code login}, else the first POST with a password-like field), and the logout step (marked
 * {@code logout}, else the first step after the login to a logout URL), and the headers a signed-in request sends
 * (those of the first step after the login that sends any, e.g. {@code Authorization: Bearer ${token}}).
 * Browser-only steps cannot be replayed. From a recording ({@link #recorded}, the app): the page the login form
 * came from (its {@code Referer}), the detected login POST with its form fields in order (the password put back,
 * since capture masks it, and anti-CSRF fields left out, since the recorded token belongs to the old session) and
 * the detected logout request, each without the recorded session's ID in its URL.
 */
public final class FlowSignIn {
    private static final Pattern SECRET = Pattern.compile("pass|pwd|secret", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_SECRET = Pattern.compile("\"[^\"]*(pass|pwd|secret)[^\"]*\"\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSRF = Pattern.compile(
            "csrf|xsrf|authenticity_token|requestverificationtoken|__viewstate|nonce", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOGOUT = Pattern.compile("log_?out|sign_?out|log_?off", Pattern.CASE_INSENSITIVE);

    private FlowSignIn() {
    }

    public static SignInScript of(Flow flow) {
        List<FlowStep> steps = flow.steps();
        int login = -1;
        for (int i = 0; i < steps.size() && login < 0; i++) {
            if (steps.get(i).mark().filter(m -> m == Marker.Kind.LOGIN).isPresent()) {
                login = i;
            }
        }
        for (int i = 0; i < steps.size() && login < 0; i++) {
            if (steps.get(i) instanceof FlowStep.Post p && (p.form().keySet().stream().anyMatch(k -> SECRET.matcher(k).find())
                    || p.json() != null && JSON_SECRET.matcher(p.json()).find())) {
                login = i;
            }
        }
        if (login < 0) {
            return SignInScript.NONE;
        }
        List<ScriptedRequest> signIn = new ArrayList<>();
        for (int i = 0; i <= login; i++) {
            ScriptedRequest r = request(flow, steps.get(i));
            if (r == null) {
                return SignInScript.NONE;
            }
            signIn.add(r);
        }
        List<ScriptedRequest> signOut = new ArrayList<>();
        for (int i = login + 1; i < steps.size(); i++) {
            FlowStep s = steps.get(i);
            boolean marked = s.mark().filter(m -> m == Marker.Kind.LOGOUT).isPresent();
            boolean named = s instanceof FlowStep.Get g && LOGOUT.matcher(g.path().toLowerCase(Locale.ROOT)).find()
                    || s instanceof FlowStep.Post p && LOGOUT.matcher(p.path().toLowerCase(Locale.ROOT)).find();
            if (marked || named) {
                ScriptedRequest r = request(flow, s);
                if (r != null) {
                    signOut.add(r);
                }
                break;
            }
        }
        Map<String, String> signedIn = Map.of();
        for (int i = login + 1; i < steps.size() && signedIn.isEmpty(); i++) {
            ScriptedRequest r = request(flow, steps.get(i));
            if (r != null) {
                signedIn = r.headers();
            }
        }
        return new SignInScript(signIn, signOut, signedIn);
    }

    /**
     * The script for a flow that was just recorded: the flow's own steps when they can be replayed over http
     * ({@link #of(Flow)}); else, for a browser flow (fill and click), the sign-in its recording shows
     * ({@link #recorded}) with the password the flow typed into a password-like field, so the probes that need a
     * fresh session (idle, absolute, ID in URL) can sign in again: a form post, or a JSON API call with the token
     * taken from its answer.
     */
    public static SignInScript of(Flow flow, RecordingData data, InspectionInputs inputs) {
        SignInScript own = of(flow);
        if (own.canSignIn() || data == null) {
            return own;
        }
        Optional<String> password = flow.steps().stream().filter(s -> s instanceof FlowStep.Fill)
                .map(s -> (FlowStep.Fill) s).filter(f -> SECRET.matcher(f.selector()).find())
                .map(FlowStep.Fill::value).findFirst();
        return password.map(p -> recorded(data, inputs, p)).orElse(own);
    }

    /**
     * The script from what a recording holds, or {@link SignInScript#NONE} without a detected login POST with a
     * password-like field (url-encoded, or JSON: {@link ApiSignIn}), or without a password to put back
     * ({@code password} blank).
     */
    public static SignInScript recorded(RecordingData data, InspectionInputs inputs, String password) {
        if (password == null || password.isBlank() || data.exchanges().isEmpty()) {
            return SignInScript.NONE;
        }
        SessionContext ctx = Analyser.model(data, inputs, Verdicts.NONE);
        Optional<Exchange> login = ctx.login().map(AuthPoint::exchangeId).flatMap(ctx::exchange);
        if (login.isEmpty() || !login.get().method().equals("POST")) {
            return SignInScript.NONE;
        }
        Exchange post = login.get();
        List<String> sessionNames = ctx.sessionCookieNames();
        if (ApiSignIn.postsJson(post)) {
            return ApiSignIn.of(ctx, post, password, u -> withoutSessionId(u, sessionNames));
        }
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
            boolean secret = SECRET.matcher(f.getKey()).find();
            hasPassword |= secret;
            form.put(f.getKey(), secret ? password : f.getValue());
        }
        if (!hasPassword) {
            return SignInScript.NONE;
        }
        List<String> names = sessionNames;
        List<ScriptedRequest> signIn = new ArrayList<>();
        post.requestHeaders().first("Referer").map(FlowSignIn::uri)
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

    private static ScriptedRequest request(Flow flow, FlowStep step) {
        return flow.request(step);
    }
}
