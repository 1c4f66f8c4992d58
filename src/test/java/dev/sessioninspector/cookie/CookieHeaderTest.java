package dev.sessioninspector.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;

class CookieHeaderTest {

    private static List<String> pairs(String header) {
        return CookieHeader.parse(header).stream().map(c -> c.name() + "=" + c.value()).toList();
    }

    @Test
    void splitsPairsInOrder() {
        assertThat(pairs("sid=abc; theme=dark;lang=en")).containsExactly("sid=abc", "theme=dark", "lang=en");
    }

    @Test
    void keepsDuplicatesEmptyValuesAndEqualsInValues() {
        assertThat(pairs("a=1; a=2; b=; c=x=y")).containsExactly("a=1", "a=2", "b=", "c=x=y");
    }

    @Test
    void pieceWithoutEqualsIsNameless() {
        assertThat(CookieHeader.parse("token; a=b").get(0)).isEqualTo(Cookie.simple("", "token"));
    }

    @Test
    void skipsEmptyPiecesAndTrims() {
        assertThat(pairs(" ;  a = 1 ;; ")).containsExactly("a=1");
        assertThat(CookieHeader.parse("")).isEmpty();
        assertThat(CookieHeader.parse(null)).isEmpty();
    }

    @Test
    void formatRoundTrips() {
        String header = "sid=abc; token; x=\"q\"";
        assertThat(CookieHeader.format(CookieHeader.parse(header))).isEqualTo(header);
        assertThat(CookieHeader.format(List.of())).isEmpty();
    }
}
