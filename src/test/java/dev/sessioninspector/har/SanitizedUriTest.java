package dev.sessioninspector.har;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A redacted URL still parses as a URI (the export of a recording with IDs in URLs used to fail on it). */
class SanitizedUriTest {
    @Test
    void redactedPathAndQueryParametersStayAUri() {
        String url = Sanitizer.url("http://127.0.0.1:8080/account;jsessionid=ABC123?sid=x&access_token=t");
        assertThat(url).isEqualTo("http://127.0.0.1:8080/account;jsessionid=[redacted]?sid=[redacted]&access_token=[redacted]");
        assertThat(Sanitizer.uri(url).getRawPath()).isEqualTo("/account;jsessionid=%5Bredacted%5D");
        assertThat(Sanitizer.uri(url).getRawQuery()).isEqualTo("sid=%5Bredacted%5D&access_token=%5Bredacted%5D");
    }
}
