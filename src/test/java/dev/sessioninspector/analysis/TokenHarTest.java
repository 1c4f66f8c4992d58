package dev.sessioninspector.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.har.HarExportOptions;
import dev.sessioninspector.har.HarExporter;
import dev.sessioninspector.har.HarImporter;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.RecordingData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Header tokens survive a HAR round trip, and a sanitized HAR carries none of them. */
class TokenHarTest {
    static final String JWT = TestJwts.hs256("{\"sub\":\"alice\",\"iat\":1740823200}", "secret");
    static final String OPAQUE = "Hk3v9QzW1pL7sN2xR8mT4cY6bF0jD5gA";

    static RecordingData recording() {
        FlowBuilder f = TokenSessionModelTest.singlePageShop();
        f.xhr("GET", "/api/handle", null, r -> r.json("{\"handle\":\"" + OPAQUE + "\"}"));
        f.sending("X-Zq", OPAQUE);
        f.xhr("GET", "/api/orders", null, r -> r.json("[]"));
        f.xhr("GET", "/api/orders/1", null, r -> r.json("{}"));
        return f.build();
    }

    static String har(RecordingData data, HarExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HarExporter().write(data, out, options);
        return out.toString(StandardCharsets.UTF_8);
    }

    static RecordingData reimport(String har) throws Exception {
        return new HarImporter(Clock.systemUTC())
                .read(new ByteArrayInputStream(har.getBytes(StandardCharsets.UTF_8)), "test.har").data();
    }

    @Test
    void tokensInAHarImportAreFound() throws Exception {
        RecordingData back = reimport(har(recording(), HarExportOptions.UNSANITIZED));
        SessionContext ctx = SessionModel.build(back);
        assertThat(ctx.credentialNames()).contains("Authorization", "X-Zq");
        assertThat(ctx.values("Authorization")).singleElement().satisfies(v -> assertThat(v.issued()).isTrue());
        AnalysisResult r = new AnalysisEngine().analyze(back);
        assertThat(r.check("token.weak-signing-key").orElseThrow().status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aSanitizedHarCarriesNoTokenAnywhere() throws Exception {
        RecordingData data = recording();
        String har = har(data, HarExportOptions.SANITIZED.withSecrets(SessionModel.credentialValues(data)));
        for (String secret : new String[] {JWT, OPAQUE, JWT.substring(JWT.lastIndexOf('.') + 1),
            Base64.getEncoder().encodeToString(OPAQUE.getBytes(StandardCharsets.UTF_8))}) {
            assertThat(har).doesNotContain(secret);
        }
        assertThat(har).contains("Bearer [redacted]");
        AnalysisResult r = new AnalysisEngine().analyze(reimport(har));
        assertThat(r.findings()).noneMatch(f -> f.rule().startsWith("token."));
        assertThat(r.check("session.id-too-short").orElseThrow().status()).isNotEqualTo(CheckStatus.FAIL);
    }
}
