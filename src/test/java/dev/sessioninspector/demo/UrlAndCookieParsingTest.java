package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small parsers every request goes through: URL session IDs, Cookie headers, url-encoded forms. */
class UrlAndCookieParsingTest {

    @Test
    void pathParametersAreStrippedAndTheSessionIdKept() {
        assertThat(UrlSessionIds.parse("/cart;jsessionid=abc", Map.of()))
                .isEqualTo(new UrlSessionIds.Parsed("/cart", "abc"));
        assertThat(UrlSessionIds.parse("/;JSESSIONID=abc;other=1", Map.of()))
                .isEqualTo(new UrlSessionIds.Parsed("/", "abc"));
        assertThat(UrlSessionIds.parse("/cart;v=2/add", Map.of())).isEqualTo(new UrlSessionIds.Parsed("/cart/add", null));
        assertThat(UrlSessionIds.parse("/account", Map.of("sid", "q1"))).isEqualTo(new UrlSessionIds.Parsed("/account", "q1"));
        assertThat(UrlSessionIds.parse("/a;jsessionid=p", Map.of("sid", "q"))).extracting(UrlSessionIds.Parsed::id)
                .isEqualTo("p");
        assertThat(UrlSessionIds.parse("", Map.of())).isEqualTo(new UrlSessionIds.Parsed("/", null));
        assertThat(UrlSessionIds.parse(";jsessionid=", Map.of("sid", ""))).isEqualTo(new UrlSessionIds.Parsed("/", null));
    }

    @Test
    void linksGetTheIdBeforeQueryAndFragment() {
        assertThat(UrlSessionIds.link("/cart", "x1")).isEqualTo("/cart;jsessionid=x1");
        assertThat(UrlSessionIds.link("/login?next=/a#f", "x1")).isEqualTo("/login;jsessionid=x1?next=/a#f");
        assertThat(UrlSessionIds.link("/#top", "x1")).isEqualTo("/;jsessionid=x1#top");
    }

    @Test
    void cookieHeadersAreParsedLeniently() {
        RequestCookies c = RequestCookies.parse(Arrays.asList("a=1; b=\"two\"; junk; =x; a=ignored", null, "c=3=3"));
        assertThat(c.get("a")).isEqualTo("1");
        assertThat(c.get("b")).isEqualTo("two");
        assertThat(c.get("c")).isEqualTo("3=3");
        assertThat(c.get("junk")).isNull();
        assertThat(RequestCookies.parse(List.of("e=")).get("e")).isNull();
        assertThat(RequestCookies.parse(null).get("a")).isNull();
    }

    @Test
    void formsDecodeAndRefuseBrokenEncoding() {
        assertThat(Forms.parse("item=earl-grey&note=a+b%21&item=x&flag")).containsExactly(
                Map.entry("item", "earl-grey"), Map.entry("note", "a b!"), Map.entry("flag", ""));
        assertThat(Forms.parse(null)).isEmpty();
        assertThatThrownBy(() -> Forms.parse("a=%G1")).isInstanceOf(HttpError.class)
                .extracting(e -> ((HttpError) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> Forms.parse("a=1&".repeat(101))).isInstanceOf(HttpError.class);
    }

    @Test
    void htmlAndJsonEscaping() {
        assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(Html.jsonString("a\"b\\c\n</script>\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u003c/script>\\u0001\"");
    }
}
