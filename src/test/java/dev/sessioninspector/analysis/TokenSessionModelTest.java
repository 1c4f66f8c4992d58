package dev.sessioninspector.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.StorageSnapshot;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A session credential is a cookie or a header token: tokens found by name and by behaviour, issue linked to use. */
class TokenSessionModelTest {
    static final String JWT = TestJwts.hs256("{\"sub\":\"alice\",\"iat\":1740823200}", "secret");

    /** A single-page shop: JSON sign-in returns a JWT the page keeps in localStorage and sends as a bearer token. */
    static FlowBuilder singlePageShop() {
        FlowBuilder f = new FlowBuilder("http://127.0.0.1:8080");
        f.get("/app", r -> r.html("<div id=app></div><script src=/app.js></script>"));
        f.xhr("POST", "/api/login", "{\"username\":\"alice\",\"password\":\"pw\"}",
                r -> r.json("{\"user\":\"alice\",\"token\":\"" + JWT + "\",\"expiresIn\":3600}"));
        f.storage(StorageSnapshot.Area.LOCAL, Map.of("token", JWT));
        f.sending("Authorization", "Bearer " + JWT);
        f.xhr("GET", "/api/me", null, r -> r.json("{\"user\":\"alice\"}"));
        f.xhr("POST", "/api/cart", "{\"item\":\"tea\"}", r -> r.json("{\"items\":1}"));
        f.xhr("POST", "/api/logout", "{}", r -> r.json("{\"ok\":true}"));
        f.sending("Authorization", null);
        return f;
    }

    @Test
    void aBearerTokenIssuedInJsonIsTheSessionCredential() {
        SessionContext ctx = SessionModel.build(singlePageShop().build());
        assertThat(ctx.credentialNames()).containsExactly("Authorization");
        assertThat(ctx.sessionCookies()).isEmpty();
        SessionCookie token = ctx.sessionTokens().get(0);
        assertThat(token.kind()).isEqualTo(SessionCookie.Kind.HEADER);
        assertThat(token.reasons()).contains("Authorization: Bearer credential", "issued in JSON field token at exchange 2",
                "a JWT", "first sent after sign-in");
        assertThat(ctx.tokens().scheme("Authorization")).isEqualTo("Bearer");
        assertThat(ctx.values("Authorization")).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualTo(JWT);
            assertThat(v.issued()).isTrue();
            assertThat(v.exchangeId()).isEqualTo(2);
        });
        assertThat(ctx.sentValue(3, "Authorization")).contains(JWT);
        assertThat(ctx.login().orElseThrow().exchangeId()).isEqualTo(2);
    }

    @Test
    void theReportListsTheTokenByItsHeaderName() {
        AnalysisResult r = new AnalysisEngine().analyze(singlePageShop().build());
        assertThat(r.sessionCookieNames()).containsExactly("Authorization");
        assertThat(r.notes()).noneMatch(n -> n.contains("no session cookie"));
    }

    @Test
    void aCustomHeaderIsATokenByNameAndAnotherByBehaviour() {
        FlowBuilder f = new FlowBuilder("https://api.example.org");
        f.xhr("POST", "/v1/sessions", "{\"email\":\"bo@example.org\",\"password\":\"pw\"}",
                r -> r.header("X-Auth-Token", "q8Zr2mT9kV4xR1pL8sN3wZ6cY0hF5jD2").json("{\"ok\":true}"));
        f.sending("X-Auth-Token", "q8Zr2mT9kV4xR1pL8sN3wZ6cY0hF5jD2");
        f.xhr("GET", "/v1/orders", null, r -> r.json("{\"handle\":\"Hk3v9QzW1pL7sN2xR8mT4cY6bF0jD5gA\"}"));
        f.sending("X-Zq", "Hk3v9QzW1pL7sN2xR8mT4cY6bF0jD5gA");
        f.sending("X-CSRF-Token", "f81d4fae7dec11d0a76500a0c91e6bf6");
        f.xhr("GET", "/v1/orders/1", null, r -> r.json("{}").header("ETag", "\"33a64df551425fcc55e4d42a148795d9\""));
        f.sending("If-None-Match", "\"33a64df551425fcc55e4d42a148795d9\"");
        f.xhr("GET", "/v1/orders/2", null, r -> r.json("{}"));
        f.xhr("GET", "/v1/orders/3", null, r -> r.json("{}"));
        SessionContext ctx = SessionModel.build(f.build());
        assertThat(ctx.credentialNames()).containsExactlyInAnyOrder("X-Auth-Token", "X-Zq");
        assertThat(ctx.credential("X-Auth-Token").orElseThrow().reasons())
                .contains("known token header name", "issued in response header X-Auth-Token at exchange 1");
        assertThat(ctx.credential("X-Zq").orElseThrow().reasons())
                .contains("issued in JSON field handle at exchange 2", "token-like value");
    }

    @Test
    void aTokenFoundOnlyInStorageIsLinkedToTheSnapshot() {
        FlowBuilder f = new FlowBuilder("https://app.example.org");
        f.get("/", r -> r.html("<div id=app></div>"));
        f.storage(StorageSnapshot.Area.SESSION, Map.of("auth", "{\"accessToken\":\"" + JWT + "\"}"));
        f.sending("Authorization", "Token " + JWT);
        f.xhr("GET", "/api/me", null, r -> r.json("{}"));
        SessionContext ctx = SessionModel.build(f.build());
        assertThat(ctx.tokens().issue(JWT)).hasValueSatisfying(i -> {
            assertThat(i.source()).isEqualTo(TokenIssue.Source.STORAGE);
            assertThat(i.where()).isEqualTo("sessionStorage['auth']");
        });
        assertThat(ctx.tokens().scheme("Authorization")).isEqualTo("Token");
    }

    @Test
    void basicAuthAndShortValuesAreNoTokens() {
        FlowBuilder f = new FlowBuilder("https://intranet.example");
        f.sending("Authorization", "Basic YWxpY2U6c2VjcmV0");
        f.sending("X-Client", "web-1.2.3");
        f.get("/", r -> r.html("hi"));
        f.get("/a", r -> r.html("hi"));
        SessionContext ctx = SessionModel.build(f.build());
        assertThat(ctx.credentials()).isEmpty();
    }

    @Test
    void aTokenHeaderTheUserNamesIsTheOnlyCredential() {
        FlowBuilder f = singlePageShop();
        SessionContext ctx = SessionModel.build(f.build(),
                AnalysisInputs.NONE.withSessionCookies(Set.of("authorization")), TokenStatsCalculator.NONE);
        assertThat(ctx.credentialNames()).containsExactly("Authorization");
        assertThat(ctx.credentials().get(0).reasons()).containsExactly("named by the user");
    }

    @Test
    void aJwtDecodesItsHeaderClaimsAndTimes() {
        String t = TestJwts.hs256("{\"sub\":\"a\",\"iat\":1700000000,\"exp\":1700000900,\"roles\":[\"x\"]}", "k");
        Jwt jwt = Jwt.parse(t).orElseThrow();
        assertThat(jwt.algorithm()).isEqualTo("HS256");
        assertThat(jwt.hmacAlgorithm()).contains("HmacSHA256");
        assertThat(jwt.claims()).containsEntry("sub", "a").containsEntry("roles", "[\"x\"]");
        assertThat(jwt.expires().orElseThrow().getEpochSecond() - jwt.issuedAt().orElseThrow().getEpochSecond())
                .isEqualTo(900);
        assertThat(jwt.toString()).doesNotContain(t);
        assertThat(Jwt.parse("eyJhbGciOi.not.json")).isEmpty();
        assertThat(Jwt.parse("eyJmb28iOjF9.eyJ9.x")).isEmpty(); // a header without alg
        assertThat(Jwt.parse("a".repeat(20_000))).isEmpty();
    }
}
