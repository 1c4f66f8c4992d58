package dev.sessioninspector.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TokenLocationTest {
    private static final Map<String, List<String>> HEADERS = Map.of("Set-Cookie", List.of("SID=abc; Path=/"),
            "X-Token", List.of(" t-42 "));

    private static java.util.Optional<String> read(TokenLocation l, String body) {
        return l.read(name -> HEADERS.getOrDefault(name, List.of()), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEachKindOfPlace() {
        assertThat(read(TokenLocation.cookie("SID"), "")).contains("abc");
        assertThat(read(new TokenLocation(TokenLocation.Kind.HEADER, "X-Token"), "")).contains("t-42");
        assertThat(read(new TokenLocation(TokenLocation.Kind.JSON, "/data/token"), "{\"data\":{\"token\":\"j1\"}}"))
                .contains("j1");
        assertThat(read(new TokenLocation(TokenLocation.Kind.JSON, "/token"), "not json")).isEmpty();
        assertThat(read(new TokenLocation(TokenLocation.Kind.REGEX, "value=\"([a-z0-9]+)\""), "<input value=\"r9\">"))
                .contains("r9");
        assertThatThrownBy(() -> new TokenLocation(TokenLocation.Kind.JSON, "token"))
                .hasMessageContaining("JSON Pointer");
    }

    @Test
    @Timeout(60) // a guard against a hang, not a speed check
    void aCatastrophicRegexOverAHostileBodyGivesUpInsteadOfHanging() {
        String hostile = "a".repeat(50_000) + "!";
        // without the budget this match backtracks for longer than the age of the universe
        assertThat(read(new TokenLocation(TokenLocation.Kind.REGEX, "^((a+)+)$"), hostile)).isEmpty();
    }
}
