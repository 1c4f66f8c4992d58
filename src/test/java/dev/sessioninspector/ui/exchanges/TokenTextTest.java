package dev.sessioninspector.ui.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.TestJwts;
import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The exchanges view's Token tab: each JWT the exchange carries, decoded, times as dates. */
class TokenTextTest {
    static Exchange exchange(Headers request, String responseJson) {
        return new Exchange(1, 1, Instant.parse("2025-03-01T10:00:00Z"), Duration.ofMillis(5), "POST",
                URI.create("http://127.0.0.1:8080/api/login"), request, Body.EMPTY, 200,
                Headers.of("Content-Type", "application/json"), Body.ofText(responseJson), Initiator.XHR, null, null);
    }

    @Test
    void aJwtIsDecodedWithItsTimesAsDates() {
        String jwt = TestJwts.hs256("{\"sub\":\"alice\",\"iat\":1740823200,\"exp\":1740824100}", "k");
        String text = TokenText.render(exchange(Headers.EMPTY, "{\"token\":\"" + jwt + "\"}"));
        assertThat(text).contains("JWT in the response body", "\"alg\":\"HS256\"", "\"sub\":\"alice\"",
                "iat  2025-03-01 10:00:00 UTC", "exp  2025-03-01 10:15:00 UTC", "lifetime  15 minutes",
                "HS256, not verified");
    }

    @Test
    void aBearerTokenWithoutExpSaysSo() {
        String jwt = TestJwts.hs256("{\"sub\":\"alice\"}", "k");
        String text = TokenText.render(exchange(Headers.of("Authorization", "Bearer " + jwt), "{}"));
        assertThat(text).contains("JWT in the request header Authorization", "never expires");
    }

    @Test
    void noJwtNoNoise() {
        assertThat(TokenText.render(exchange(Headers.of("Authorization", "Bearer eyJnotajwt.x.y"), "{}")))
                .isEqualTo(TokenText.NONE);
    }
}
