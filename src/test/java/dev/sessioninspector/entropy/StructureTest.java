package dev.sessioninspector.entropy;

import static dev.sessioninspector.entropy.Generators.secure;
import static dev.sessioninspector.entropy.Generators.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sessioninspector.analysis.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.session.DefaultSessionIdManager;
import org.junit.jupiter.api.Test;

/** Wrappers are stripped before measuring: signed cookies, JWTs, server-node names, URL-encoding. */
class StructureTest {
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    @Test
    void expressSessionSignedCookiesAreMeasuredWithoutTheSignature() {
        SecureRandom r = secure(11);
        // express-session: s:<24-byte base64url id>.<HMAC-SHA256 base64 without padding>, URL-encoded in the cookie
        List<String> cookies = tokens(800, i -> {
            byte[] id = new byte[24];
            byte[] mac = new byte[32];
            r.nextBytes(id);
            r.nextBytes(mac);
            String sig = Base64.getEncoder().encodeToString(mac).replaceAll("=+$", "");
            return ("s%3A" + URL.encodeToString(id) + "." + sig).replace("/", "%2F").replace("+", "%2B");
        });
        TokenAnalysis a = TokenAnalyzer.analyze(cookies);
        assertThat(a.structure().wrappers()).anySatisfy(w -> assertThat(w).contains("URL-encoding"))
                .anySatisfy(w -> assertThat(w).contains("express-session"));
        assertThat(a.structure().layout()).contains("s:<id>.<HMAC-SHA256");
        assertThat(a.structure().encoding()).isEqualTo(Encoding.BASE64URL);
        assertThat(a.positions()).hasSize(32);
        assertThat(a.verdict().estimatedRandomBits()).isCloseTo(192, within(1e-9));
        assertThat(a.verdict().flagged()).isFalse();
    }

    @Test
    void jwtRandomPartIsTheVaryingClaimNotTheSignature() {
        SecureRandom r = secure(12);
        String header = URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        List<String> jwts = tokens(600, i -> {
            byte[] sig = new byte[32];
            r.nextBytes(sig);
            String claims = "{\"sub\":\"alice\",\"iat\":" + (1_760_000_000 + i) + ",\"exp\":" + (1_760_003_600 + i)
                    + ",\"jti\":\"" + new UUID(r.nextLong(), r.nextLong()) + "\"}";
            return header + "." + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                    + URL.encodeToString(sig);
        });
        TokenAnalysis a = TokenAnalyzer.analyze(jwts, null, Jwt::members);
        JwtInfo jwt = a.structure().jwt();
        assertThat(jwt).isNotNull();
        assertThat(jwt.algorithm()).isEqualTo("HS256");
        assertThat(jwt.randomClaims()).containsExactly("jti");
        assertThat(jwt.timeClaims()).containsExactly("exp", "iat");
        assertThat(jwt.claims()).contains("\"sub\":\"alice\"");
        assertThat(a.structure().layout()).contains("signature is computed, not random").contains("jti");
        // a UUID string: 32 hex digits with four constant dashes; here all 128 bits are random
        assertThat(a.verdict().estimatedRandomBits()).isCloseTo(128, within(1e-9));
    }

    @Test
    void aJwtWhoseClaimsNeverVaryHasNoRandomPart() {
        String header = URL.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        List<String> jwts = tokens(50, i -> header + "." + URL.encodeToString(("{\"user\":\"bob\",\"iat\":"
                + (1_760_000_000 + i) + "}").getBytes(StandardCharsets.UTF_8)) + ".");
        TokenAnalysis a = TokenAnalyzer.analyze(jwts, null, Jwt::members);
        assertThat(a.structure().jwt().unsigned()).isTrue();
        assertThat(a.verdict().estimatedRandomBits()).isZero();
        assertThat(a.verdict().predictable()).isTrue();
        assertThat(a.verdict().reasons()).anyMatch(s -> s.contains("alg=none"));
    }

    @Test
    void jettySessionIdsLoseTheirWorkerNameAndShowTheirCounter() throws Exception {
        Server server = new Server();
        DefaultSessionIdManager ids = new DefaultSessionIdManager(server, secure(13));
        ids.setWorkerName("node0");
        server.addBean(ids, true);
        server.start(); // no connector: only the id manager and its scheduler run
        try {
            List<String> cookies = tokens(1500, i -> ids.getExtendedId(ids.newSessionId(i), null));
            assertThat(cookies.get(0)).startsWith("node0").endsWith(".node0");
            TokenAnalysis a = TokenAnalyzer.analyze(cookies);
            assertThat(a.structure().layout()).contains("Jetty session ID");
            assertThat(a.structure().wrappers()).anyMatch(w -> w.contains("Jetty worker name 'node0'"));
            assertThat(a.structure().example()).startsWith("node0");
            assertThat(a.structure().encoding()).isEqualTo(Encoding.BASE36);
            assertThat(a.structure().findings()).anyMatch(f -> f.kind() == StructureFinding.Kind.COUNTER
                    && f.fromEnd());
            assertThat(a.structure().has(StructureFinding.Kind.JAVA_UTIL_RANDOM)).isFalse();
            // two random base-36 longs (2 x 63 bits) are under 128 bits, and the counter is not random
            assertThat(a.verdict().estimatedRandomBits()).isBetween(90.0, 128.0);
        } finally {
            server.stop();
        }
    }

    @Test
    void aConstantServerRouteSuffixIsStripped() {
        List<String> ids = Generators.secureHex(200, 16, 14).stream().map(h -> h.toUpperCase() + ".worker1").toList();
        TokenAnalysis a = TokenAnalyzer.analyze(ids);
        assertThat(a.structure().wrappers()).anyMatch(w -> w.contains("server-node suffix '.worker1'"));
        assertThat(a.structure().alphabet()).isEqualTo("0123456789ABCDEF");
        assertThat(a.verdict().estimatedRandomBits()).isCloseTo(128, within(1e-9));
    }

    @Test
    void decodedExampleShowsTheBytes() {
        List<String> ids = Generators.secureHex(20, 8, 15);
        TokenAnalysis a = TokenAnalyzer.analyze(ids);
        assertThat(a.structure().decodedExample()).isEqualTo(HexFormat.of().formatHex(HexFormat.of()
                .parseHex(ids.get(0))));
    }

    @Test
    void percentDecodingLeavesPlusSignsAlone() {
        assertThat(TokenUnwrapper.percentDecode("a%2Bb+c%3D")).isEqualTo("a+b+c=");
        assertThat(TokenUnwrapper.percentDecode("100%")).isEqualTo("100%");
    }
}
