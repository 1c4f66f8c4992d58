package dev.sessioninspector.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptValuesTest {
    private static Exchange response(String json) {
        return new Exchange(1, 0, Instant.parse("2026-01-01T00:00:00Z"), Duration.ZERO, "POST",
                URI.create("http://127.0.0.1:8080/api/login"), Headers.EMPTY, Body.EMPTY, 200,
                Headers.of("Content-Type", "application/json"), Body.ofText(json), Initiator.XHR, null, null);
    }

    @Test
    void aTokenIsTakenFromTheBody() {
        ScriptValues.Extracted x = ScriptValues.extract(Map.of("token", "/token"), response("{\"token\":\"abc.def\"}"));
        assertThat(x.problem()).isNull();
        assertThat(x.values()).containsEntry("token", "abc.def");
    }

    @Test
    void aValueASiteSendsWithLineBreaksOrOfHugeSizeIsRefusedInOneLine() {
        ScriptValues.Extracted crlf = ScriptValues.extract(Map.of("token", "/token"),
                response("{\"token\":\"abc\\r\\nX-Injected: 1\"}"));
        assertThat(crlf.values()).isEmpty();
        assertThat(crlf.problem()).isEqualTo("the value for \"token\" at /token in the JSON body of the response is not "
                + "usable in a request (18 characters; control characters or over 16384)").doesNotContain("\n");
        ScriptValues.Extracted huge = ScriptValues.extract(Map.of("token", "/token"),
                response("{\"token\":\"" + "a".repeat(ScriptValues.MAX_VALUE + 1) + "\"}"));
        assertThat(huge.values()).isEmpty();
        assertThat(huge.problem()).contains("16385 characters");
    }
}
