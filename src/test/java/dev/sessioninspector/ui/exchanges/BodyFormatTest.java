package dev.sessioninspector.ui.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How bodies, cookies and rows of the exchanges view read. */
class BodyFormatTest {
    @Test
    void jsonIsPrettyPrintedMarkupIndentedBinaryHex() {
        assertThat(BodyFormat.render(Body.ofText("{\"a\":1,\"b\":[2]}"), "application/json"))
                .isEqualTo("{\n  \"a\" : 1,\n  \"b\" : [ 2 ]\n}");
        assertThat(BodyFormat.render(Body.ofText("<html><body><p>Hi</p><br></body></html>"), "text/html"))
                .isEqualTo("<html>\n  <body>\n    <p>\n      Hi\n    </p>\n    <br>\n  </body>\n</html>\n");
        String hex = BodyFormat.render(Body.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}), "image/png");
        assertThat(hex).startsWith("00000000  89 50 4e 47 00 01").endsWith(".PNG..\n");
        assertThat(BodyFormat.render(Body.ofText("{broken"), "application/json")).isEqualTo("{broken");
        assertThat(BodyFormat.render(Body.EMPTY, null)).isEqualTo("(empty)");
        assertThat(BodyFormat.render(new Body(new byte[0], 500), null)).contains("500 bytes, not kept");
    }

    @Test
    void cookiesAreDecodedWithTheirAttributes() {
        Exchange e = new Exchange(7, 1, Instant.EPOCH, Duration.ZERO, "GET", URI.create("http://a.test/"),
                Headers.of("Cookie", "a=1; b=2"), Body.EMPTY, 200,
                Headers.of("Set-Cookie", "SID=x; Path=/; HttpOnly; SameSite=Lax; Max-Age=0",
                        "Set-Cookie", "=; bad"), Body.EMPTY, Initiator.DOCUMENT, null, null);
        var rows = CookieRows.of(e);
        assertThat(rows).extracting(CookieRows::direction).containsExactly("sent", "sent", "set", "set");
        assertThat(rows.get(2).attributes()).contains("Path=/").contains("Max-Age=0 (deletes)")
                .contains("not Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(rows.get(3).problem()).isNotBlank();
        assertThat(CookieRows.sentCount(e)).isEqualTo(2);
        assertThat(CookieRows.setCount(e)).isEqualTo(2);

        ExchangeRow row = ExchangeRow.of(e, Instant.EPOCH);
        assertThat(row.matches(ExchangeRow.terms("get 2xx"))).isTrue();
        assertThat(row.matches(ExchangeRow.terms("get -a.test"))).isFalse();
        assertThat(row.matches(ExchangeRow.terms("set-cookie"))).isTrue();
        assertThat(row.matches(ExchangeRow.terms("post"))).isFalse();
    }
}
