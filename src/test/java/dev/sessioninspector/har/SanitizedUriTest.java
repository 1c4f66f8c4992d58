package dev.sessioninspector.har;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A redacted URL still parses as a URI (the export of a recording with IDs in URLs used to fail on it). */
class SanitizedUriTest {
    @Test
    void redactedPathAndQueryParametersStayAUri() {
        String url = Sanitizer.url("http://127.0.0.1:8080/account;jsessionid=ABC123?sid=x&access_token=t");
        assertThat(url).isEqualTo("http://127.0.0.1:8080/account;jsessionid=%5Bredacted%5D?sid=%5Bredacted%5D&access_token=%5Bredacted%5D");
        assertThat(Sanitizer.uri(url).getRawPath()).isEqualTo("/account;jsessionid=%5Bredacted%5D");
        assertThat(Sanitizer.uri(url).getRawQuery()).isEqualTo("sid=%5Bredacted%5D&access_token=%5Bredacted%5D");
        assertThat(java.net.URI.create(url).getHost()).isEqualTo("127.0.0.1"); // re-importable as it stands
    }

    @Test
    void sessionIdsInRedirectsAndWrittenIntoLinksAreRedactedToo() {
        dev.sessioninspector.model.Headers h = Sanitizer.headers(dev.sessioninspector.model.Headers.of(
                "Location", "/account;jsessionid=0001cf94", "Referer", "http://h/cart;jsessionid=0001cf94?sid=0001cf94"));
        assertThat(h.first("Location")).contains("/account;jsessionid=%5Bredacted%5D");
        assertThat(h.first("Referer")).contains("http://h/cart;jsessionid=%5Bredacted%5D?sid=%5Bredacted%5D");
        dev.sessioninspector.model.Body page = dev.sessioninspector.model.Body.ofText(
                "<a href=\"/cart;jsessionid=0001cf94\">Cart</a> <a href='/;JSESSIONID=0001cf94?x=1'>Home</a>");
        assertThat(Sanitizer.body(page, "text/html; charset=utf-8").text())
                .doesNotContain("0001cf94")
                .contains("/cart;jsessionid=%5Bredacted%5D\"").contains("/;JSESSIONID=%5Bredacted%5D?x=1");
    }
}
