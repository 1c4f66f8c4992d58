package dev.sessioninspector.har;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SanitizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Cookie|a=1; token|a=[redacted]; [redacted]",
        "Set-Cookie|sid=abc; Path=/; Secure|sid=[redacted]; Path=/; Secure",
        "Set-Cookie|bare|[redacted]",
        "Authorization|Bearer eyJ.x.y|Bearer [redacted]",
        "Authorization|opaque|[redacted]",
        "Proxy-Authorization|Basic Zm9v|Basic [redacted]",
        "X-CSRF-Token|t0k|[redacted]",
        "X-Api-Key|k|[redacted]",
        "Accept|text/html|text/html"})
    void headers(String name, String value, String expected) {
        assertThat(Sanitizer.headers(Headers.of(name, value)).first(name)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://h/a;jsessionid=ABC?x=1|http://h/a;jsessionid=%5Bredacted%5D?x=1",
        "http://h/?user=a&pwd=b#frag|http://h/?user=a&pwd=%5Bredacted%5D#frag",
        "http://h/?access_token=z&q=tea|http://h/?access_token=%5Bredacted%5D&q=tea",
        "http://h/#?password=x|http://h/#?password=x",
        "http://h/plain|http://h/plain"})
    void urls(String url, String expected) {
        assertThat(Sanitizer.url(url)).isEqualTo(expected);
    }

    @Test
    void encodedFieldNamesAreRecognised() {
        assertThat(Sanitizer.formEncoded("user%5Bpassword%5D=x&a")).isEqualTo("user%5Bpassword%5D=[redacted]&a");
    }

    @Test
    void truncatedJsonIsStillScanned() {
        Body cut = new Body("{\"user\":\"a\",\"password\":\"p\\\"w\",\"secret\":42,\"n".getBytes(), 1000);
        Body clean = Sanitizer.body(cut, "application/json");
        assertThat(clean.text()).isEqualTo("{\"user\":\"a\",\"password\":\"[redacted]\",\"secret\":\"[redacted]\",\"n");
        assertThat(clean.truncated()).isTrue();
    }

    @Test
    void jsonContainersUnderSecretKeysAreRedactedWhole() {
        assertThat(Sanitizer.json("{\"credentials\":{\"u\":\"a\",\"p\":\"b\"},\"ok\":[1]}"))
                .isEqualTo("{\"credentials\":\"[redacted]\",\"ok\":[1]}");
    }

    @Test
    void binaryAndPlainBodiesAreLeftAlone() {
        Body bin = Body.of(new byte[] {0, (byte) 0xff, 'p', 'a', 's', 's'});
        assertThat(Sanitizer.body(bin, "application/json")).isSameAs(bin);
        Body html = Body.ofText("<input name=password value=x>");
        assertThat(Sanitizer.body(html, "text/html")).isSameAs(html);
    }
}
