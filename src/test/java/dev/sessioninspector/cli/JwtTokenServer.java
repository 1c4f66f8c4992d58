package dev.sessioninspector.cli;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JSON API that signs in with bearer JWTs made and checked by nimbus-jose-jwt, the way many single-page apps'
 * back ends do: {@code POST /api/login} returns {@code {"token": …}}, {@code GET /api/me} needs the token,
 * {@code POST /api/logout}. Weak: HS256 with a secret from tutorials, no {@code exp}, logout revokes nothing.
 * Strong: HS256 with a random 256-bit key, 15-minute {@code exp}, logout puts the token's {@code jti} on a deny list.
 */
final class JwtTokenServer implements AutoCloseable {
    static final String WEAK_SECRET = "a-string-secret-at-least-256-bits-long"; // a JWT debugger's placeholder

    private final HttpServer server;
    private final boolean strong;
    private final byte[] key;
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    private JwtTokenServer(boolean strong) throws IOException {
        this.strong = strong;
        if (strong) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = WEAK_SECRET.getBytes(StandardCharsets.UTF_8);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static JwtTokenServer weak() throws IOException {
        return new JwtTokenServer(false);
    }

    static JwtTokenServer strong() throws IOException {
        return new JwtTokenServer(true);
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * The flow file of a visit: the API refuses the anonymous call, signs in (the token comes from the answer),
     * is used twice with the token, signs out, and is called once more without it. Marks login and logout.
     */
    String flow() {
        return """
                {"name": "Token server", "baseUrl": "%s", "authenticatedUrl": "/api/me",
                 "steps": [
                  {"get": "/"}, {"get": "/api/me"},
                  {"post": "/api/login", "json": {"username": "alice", "password": "wonderland"},
                   "extract": {"token": "/token"}, "mark": "login"},
                  {"get": "/api/me", "headers": {"Authorization": "Bearer ${token}"}},
                  {"get": "/api/me", "headers": {"Authorization": "Bearer ${token}"}},
                  {"post": "/api/logout", "json": {}, "headers": {"Authorization": "Bearer ${token}"}, "mark": "logout"},
                  {"get": "/api/me"}]}""".formatted(baseUri());
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            switch (x.getRequestMethod() + " " + path) {
                case "GET /" -> send(x, 200, "text/html; charset=utf-8",
                        "<html><head><title>Token Server</title></head><body><div id=app></div></body></html>");
                case "POST /api/login" -> {
                    if (body.contains("\"alice\"") && body.contains("\"wonderland\"")) {
                        send(x, 200, "application/json", "{\"user\":\"alice\",\"token\":\"" + issue() + "\"}");
                    } else {
                        send(x, 401, "application/json", "{\"error\":\"bad credentials\"}");
                    }
                }
                case "GET /api/me" -> {
                    String user = user(x);
                    if (user == null) {
                        x.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                        send(x, 401, "application/json", "{\"error\":\"sign in\"}");
                    } else {
                        send(x, 200, "application/json", "{\"user\":\"" + user + "\",\"signedIn\":true}");
                    }
                }
                case "POST /api/logout" -> {
                    if (strong) {
                        jwt(x).ifPresent(j -> {
                            try {
                                revoked.add(j.getJWTClaimsSet().getJWTID());
                            } catch (ParseException ignored) {
                                // an unreadable token revokes nothing
                            }
                        });
                    }
                    send(x, 200, "application/json", "{\"ok\":true}");
                }
                default -> send(x, 404, "application/json", "{\"error\":\"not found\"}");
            }
        } catch (JOSEException e) {
            throw new IOException(e);
        }
    }

    private String issue() throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("alice").issueTime(Date.from(now))
                .jwtID(UUID.randomUUID().toString());
        if (strong) {
            claims.expirationTime(Date.from(now.plus(Duration.ofMinutes(15))));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private java.util.Optional<SignedJWT> jwt(HttpExchange x) {
        String auth = x.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return java.util.Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(auth.substring(7).trim());
            return jwt.verify(new MACVerifier(key)) ? java.util.Optional.of(jwt) : java.util.Optional.empty();
        } catch (ParseException | JOSEException bad) {
            return java.util.Optional.empty();
        }
    }

    /** The signed-in user, or null: a valid signature, not expired, not revoked. */
    private String user(HttpExchange x) {
        return jwt(x).map(j -> {
            try {
                JWTClaimsSet c = j.getJWTClaimsSet();
                boolean expired = c.getExpirationTime() != null && c.getExpirationTime().before(new Date());
                return expired || revoked.contains(c.getJWTID()) ? null : c.getSubject();
            } catch (ParseException bad) {
                return null;
            }
        }).orElse(null);
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
