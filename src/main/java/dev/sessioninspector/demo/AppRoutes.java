package dev.sessioninspector.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The single-page section {@code /app}: the page, and a JSON API that signs in with a JWT (HS256).
 * {@code POST /app/api/login} takes {@code {"username", "password"}} and answers {@code {"user", "token",
 * "expiresIn"}} (with {@link AppSettings.TokenStorage#HTTP_ONLY_COOKIE}, the token goes in an HttpOnly cookie
 * instead); {@code GET /app/api/me} answers the signed-in user or 401; {@code POST /app/api/logout} signs out.
 * The API takes the token as {@code Authorization: Bearer …} or in that cookie. It uses no cookie session.
 */
final class AppRoutes {
    private static final String API = "/app/api/";

    /** What the API needs of a request. */
    record Request(String method, String path, String authorization, RequestCookies cookies, String contentType,
            String body) {
    }

    private final TokenGrants grants;
    private final byte[] randomKey;
    private final RandomGenerator random;

    AppRoutes(TokenGrants grants, RandomGenerator random) {
        this.grants = grants;
        this.random = random;
        this.randomKey = new byte[32];
        random.nextBytes(randomKey);
    }

    static boolean owns(String path) {
        return path.equals("/app") || path.startsWith("/app/");
    }

    ShopResponse handle(Request r, ShopSettings settings) {
        ShopResponse response = switch (r.path()) {
            case "/app", "/app/" -> r.method().equals("GET") || r.method().equals("HEAD")
                    ? ShopResponse.html(200, AppPage.html(settings.app().storage())) : notAllowed("GET, HEAD");
            case API + "login" -> r.method().equals("POST") ? login(r, settings) : notAllowed("POST");
            case API + "me" -> r.method().equals("GET") || r.method().equals("HEAD") ? me(r, settings)
                    : notAllowed("GET, HEAD");
            case API + "logout" -> r.method().equals("POST") ? logout(r, settings) : notAllowed("POST");
            default -> ShopResponse.json(404, "{\"error\":\"no such endpoint\"}");
        };
        return response.header("Cache-Control", "no-store");
    }

    private ShopResponse login(Request r, ShopSettings settings) {
        if (r.contentType() == null || !r.contentType().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return ShopResponse.json(415, "{\"error\":\"send application/json\"}");
        }
        Optional<Map<String, String>> body = FlatJson.parse(r.body());
        if (body.isEmpty()) {
            return ShopResponse.json(400, "{\"error\":\"send {\\\"username\\\": …, \\\"password\\\": …}\"}");
        }
        String username = body.get().getOrDefault("username", "").trim();
        Optional<Accounts.Account> account = Accounts.authenticate(username, body.get().getOrDefault("password", ""));
        if (account.isEmpty()) {
            return ShopResponse.json(401, "{\"error\":\"wrong username or password\"}");
        }
        AppSettings app = settings.app();
        String user = account.get().username();
        TokenGrants.Grant grant = grants.issue(newJti(), user);
        String token = Jwt.sign(claims(grant, app), key(app));
        String expires = app.tokenLifetime() == null ? "" : ",\"expiresIn\":" + app.tokenLifetime().toSeconds();
        if (app.storage() == AppSettings.TokenStorage.HTTP_ONLY_COOKIE) {
            return ShopResponse.json(200, "{\"user\":" + Html.jsonString(user) + expires + "}")
                    .header("Set-Cookie", cookie(token, settings));
        }
        return ShopResponse.json(200, "{\"user\":" + Html.jsonString(user) + ",\"token\":" + Html.jsonString(token)
                + expires + "}");
    }

    private ShopResponse me(Request r, ShopSettings settings) {
        return signedIn(r, settings)
                .flatMap(g -> Accounts.find(g.user()))
                .map(a -> ShopResponse.json(200, "{\"user\":" + Html.jsonString(a.username()) + ",\"name\":"
                        + Html.jsonString(a.name()) + "}"))
                .orElseGet(() -> ShopResponse.json(401, "{\"error\":\"not signed in\"}")
                        .header("WWW-Authenticate", "Bearer"));
    }

    /**
     * Signs out: with {@link AppSettings#revokeAtLogout} the server forgets the token; without, only the page
     * drops it, and a copy stays signed in until it expires.
     */
    private ShopResponse logout(Request r, ShopSettings settings) {
        if (settings.app().revokeAtLogout()) {
            signedIn(r, settings).ifPresent(g -> grants.revoke(g.jti()));
        }
        ShopResponse response = ShopResponse.json(200, "{\"signedOut\":true}");
        if (settings.app().storage() == AppSettings.TokenStorage.HTTP_ONLY_COOKIE
                || r.cookies().get(AppSettings.COOKIE) != null) {
            response.header("Set-Cookie", AppSettings.COOKIE + "=; Path=/app; Max-Age=0; HttpOnly"
                    + (settings.https() ? "; Secure" : ""));
        }
        return response;
    }

    /** The grant of the request's token (bearer header first, then the cookie), if it is signed, live and known. */
    private Optional<TokenGrants.Grant> signedIn(Request r, ShopSettings settings) {
        String token = null;
        String auth = r.authorization();
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = auth.substring(7).trim();
        } else if (r.cookies().get(AppSettings.COOKIE) != null) {
            token = r.cookies().get(AppSettings.COOKIE);
        }
        AppSettings app = settings.app();
        Optional<Map<String, String>> claims = Jwt.verify(token, key(app), app.acceptAlgNone());
        if (claims.isEmpty() || expired(claims.get(), grants.now())) {
            return Optional.empty();
        }
        return grants.use(claims.get().get("jti"), claims.get().get("sub"), settings);
    }

    private static boolean expired(Map<String, String> claims, Instant now) {
        String exp = claims.get("exp");
        if (exp == null) {
            return false;
        }
        try {
            return now.getEpochSecond() >= Long.parseLong(exp);
        } catch (NumberFormatException bad) {
            return true;
        }
    }

    private static String claims(TokenGrants.Grant grant, AppSettings app) {
        long iat = grant.issuedAt().getEpochSecond();
        String exp = app.tokenLifetime() == null ? "" : ",\"exp\":" + (iat + app.tokenLifetime().toSeconds());
        return "{\"sub\":" + Html.jsonString(grant.user()) + ",\"jti\":" + Html.jsonString(grant.jti())
                + ",\"iat\":" + iat + exp + "}";
    }

    private byte[] key(AppSettings app) {
        return app.weakSigningKey() ? AppSettings.WEAK_KEY.getBytes(StandardCharsets.UTF_8) : randomKey;
    }

    private static String cookie(String token, ShopSettings settings) {
        Duration lifetime = settings.app().tokenLifetime();
        return AppSettings.COOKIE + "=" + token + "; Path=/app; HttpOnly; SameSite=Strict"
                + (lifetime == null ? "" : "; Max-Age=" + lifetime.toSeconds())
                + (settings.https() ? "; Secure" : "");
    }

    private String newJti() {
        byte[] bytes = new byte[12];
        synchronized (random) {
            random.nextBytes(bytes);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ShopResponse notAllowed(String allow) {
        return ShopResponse.json(405, "{\"error\":\"method not allowed\"}").header("Allow", allow);
    }
}
