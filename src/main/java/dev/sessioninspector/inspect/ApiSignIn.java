package dev.sessioninspector.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sessioninspector.analysis.AuthPoint;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.SessionCookie;
import dev.sessioninspector.analysis.TokenIssue;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.probe.ScriptedRequest;
import dev.sessioninspector.probe.SignInScript;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The sign-in a recording shows when it is a call to a JSON API (a single-page app's, or a browser flow's page
 * script): the recorded JSON body with the password put back (capture masks it) and anti-CSRF members left out,
 * posted again over the probe client; when the session rides on a header token the same answer issued, the value
 * is taken from it ({@code extract}: the JSON Pointer of the member that held it, or {@code header:NAME}) and sent
 * as the recording sent it ({@code Authorization: Bearer ${token}}) on signed-in requests and on the sign-out.
 */
final class ApiSignIn {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SECRET = Pattern.compile("pass|pwd|secret", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSRF = Pattern.compile("csrf|xsrf|nonce", Pattern.CASE_INSENSITIVE);
    /** The name the replayed token is kept under between the requests of the script. */
    static final String VALUE = "token";

    private ApiSignIn() {
    }

    /** True when the exchange posted JSON. */
    static boolean postsJson(Exchange e) {
        return e.method().equals("POST") && e.requestHeaders().first("Content-Type").orElse("")
                .toLowerCase(Locale.ROOT).contains("json");
    }

    /**
     * The script, or {@link SignInScript#NONE} when the body is not a JSON object with a password-like member.
     *
     * @param clean drops the recorded session's ID from a URL
     */
    static SignInScript of(SessionContext ctx, Exchange post, String password, Function<URI, URI> clean) {
        JsonNode body;
        try {
            body = JSON.readTree(post.requestBody().text(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return SignInScript.NONE;
        }
        if (!(body instanceof ObjectNode object) || !putBack(object, password)) {
            return SignInScript.NONE;
        }
        List<ScriptedRequest> signIn = new ArrayList<>();
        post.requestHeaders().first("Referer").flatMap(ApiSignIn::uri)
                .filter(r -> r.getHost() != null && r.getHost().equalsIgnoreCase(post.url().getHost())
                        && r.getPort() == post.url().getPort())
                .ifPresent(r -> signIn.add(ScriptedRequest.get(clean.apply(r))));
        ScriptedRequest login = ScriptedRequest.postJson(clean.apply(post.url()), object.toString());
        Map<String, String> signedIn = Map.of();
        Optional<SessionCookie> token = ctx.sessionTokens().stream().findFirst();
        if (token.isPresent()) {
            String name = token.get().name();
            Optional<String> from = ctx.tokens().issues(name).stream().filter(i -> i.exchangeId() == post.id())
                    .findFirst().flatMap(i -> source(post, i));
            if (from.isEmpty()) {
                return SignInScript.NONE; // the token came from elsewhere: a replayed sign-in would not get it
            }
            login = login.withExtract(Map.of(VALUE, from.get()));
            String scheme = ctx.tokens().scheme(name);
            signedIn = Map.of(name, scheme.isEmpty() ? "${" + VALUE + "}" : scheme + " ${" + VALUE + "}");
        }
        signIn.add(login);
        List<ScriptedRequest> signOut = new ArrayList<>();
        Optional<Exchange> out = ctx.logout().map(AuthPoint::exchangeId).flatMap(ctx::exchange);
        if (out.isPresent()) {
            Exchange o = out.get();
            ScriptedRequest r = o.method().equals("GET") ? ScriptedRequest.get(clean.apply(o.url()))
                    : postsJson(o) ? ScriptedRequest.postJson(clean.apply(o.url()), jsonOr(o, "{}"))
                    : ScriptedRequest.post(clean.apply(o.url()), Map.of());
            signOut.add(r.withHeaders(signedIn));
        }
        return new SignInScript(signIn, signOut, signedIn);
    }

    /** Puts the password into every password-like member, drops anti-CSRF ones; false when there was none. */
    private static boolean putBack(ObjectNode object, String password) {
        boolean found = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (CSRF.matcher(f.getKey()).find()) {
                it.remove();
            } else if (SECRET.matcher(f.getKey()).find() && !f.getValue().isContainerNode()) {
                f.setValue(TextNode.valueOf(password));
                found = true;
            } else if (f.getValue() instanceof ObjectNode inner) {
                found |= putBack(inner, password);
            }
        }
        return found;
    }

    /** Where the answer to the sign-in held the token: the JSON Pointer of its member, or {@code header:NAME}. */
    private static Optional<String> source(Exchange post, TokenIssue issue) {
        return switch (issue.source()) {
            case RESPONSE_HEADER -> post.responseHeaders().all().stream()
                    .filter(h -> h.value() != null && h.value().contains(issue.value())).findFirst()
                    .map(h -> "header:" + h.name());
            case JSON_FIELD, RESPONSE_BODY -> {
                try {
                    yield pointer(JSON.readTree(post.responseBody().text(StandardCharsets.UTF_8)), issue.value(), "");
                } catch (Exception e) {
                    yield Optional.empty();
                }
            }
            case STORAGE -> Optional.empty();
        };
    }

    /** The JSON Pointer of the first string member equal to {@code value}, depth first. */
    static Optional<String> pointer(JsonNode node, String value, String at) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return node.asText().equals(value) ? Optional.of(at) : Optional.empty();
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                Optional<String> p = pointer(f.getValue(), value,
                        at + "/" + f.getKey().replace("~", "~0").replace("/", "~1"));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> p = pointer(node.get(i), value, at + "/" + i);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private static String jsonOr(Exchange e, String fallback) {
        String text = e.requestBody().text(StandardCharsets.UTF_8);
        try {
            return JSON.readTree(text) instanceof ObjectNode ? text : fallback;
        } catch (Exception bad) {
            return fallback;
        }
    }

    private static Optional<URI> uri(String s) {
        try {
            return Optional.of(URI.create(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
