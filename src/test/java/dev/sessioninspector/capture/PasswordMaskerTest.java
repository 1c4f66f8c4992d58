package dev.sessioninspector.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Body;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordMaskerTest {
    private static Body text(String s) {
        return Body.of(s.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "Password", "new_password", "user[password]", "passwd", "pwd", "login.pass",
            "passphrase", "pin", "client_secret", "current-password", "passcode"})
    void recognisesPasswordFields(String name) {
        assertThat(PasswordMasker.isPasswordField(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"user", "username", "email", "passenger", "spinner", "csrf_token", "session"})
    void leavesOtherFields(String name) {
        assertThat(PasswordMasker.isPasswordField(name)).isFalse();
    }

    @Test
    void masksFormFieldsAndKeepsEveryOtherByte() {
        Body body = Body.of("user=caf%E9&password=s%26cret&user%5Bpassword%5D=x&&note=a=b&password"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(PasswordMasker.mask(body, "application/x-www-form-urlencoded; charset=UTF-8").text())
                .isEqualTo("user=caf%E9&password=********&user%5Bpassword%5D=********&&note=a=b&password");
    }

    @Test
    void keepsNonUtf8BytesOutsideTheMaskedValue() {
        byte[] raw = {'n', '=', (byte) 0xe9, (byte) 0xff, '&', 'p', 'w', 'd', '=', (byte) 0x80};
        byte[] masked = PasswordMasker.mask(Body.of(raw), "application/x-www-form-urlencoded").bytes();
        assertThat(masked).startsWith('n', '=', (byte) 0xe9, (byte) 0xff, '&');
        assertThat(new String(masked, StandardCharsets.ISO_8859_1)).endsWith("pwd=********");
    }

    @Test
    void masksJsonValuesAtAnyDepth() {
        String json = "{\"user\":\"alice\",\"password\" : \"p\\\"w\",\"nested\":{\"newPassword\":123,"
                + "\"list\":[{\"pin\":null}]},\"note\":\"password\",\"passwords\":[\"a\"]}";
        assertThat(PasswordMasker.mask(text(json), "application/json").text()).isEqualTo(
                "{\"user\":\"alice\",\"password\" : \"********\",\"nested\":{\"newPassword\":\"********\","
                        + "\"list\":[{\"pin\":\"********\"}]},\"note\":\"password\",\"passwords\":[\"a\"]}");
    }

    @Test
    void masksJsonSentAsTextPlainAndSurvivesBrokenJson() {
        assertThat(PasswordMasker.mask(text("{\"password\":\"x\"}"), null).text()).isEqualTo("{\"password\":\"********\"}");
        assertThat(PasswordMasker.mask(text("{\"password\":\"unterminated"), "application/json").text())
                .isEqualTo("{\"password\":\"********\"");
        assertThat(PasswordMasker.mask(text("{\"password"), "application/json").text()).isEqualTo("{\"password");
    }

    @Test
    void masksMultipartPasswordParts() {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\nalice\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\nhunter2\r\n--XyZ--\r\n";
        assertThat(PasswordMasker.mask(text(body), "multipart/form-data; boundary=XyZ").text()).isEqualTo(
                "--XyZ\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\nalice\r\n"
                        + "--XyZ\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n********\r\n--XyZ--\r\n");
    }

    @Test
    void leavesOtherBodiesAlone() {
        Body png = Body.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(PasswordMasker.mask(png, "image/png")).isSameAs(png);
        Body plain = text("password=secret");
        assertThat(PasswordMasker.mask(plain, "text/plain")).isSameAs(plain);
    }

    @Test
    void aTruncatedBodyKeepsAnHonestSize() {
        Body cut = new Body("password=secretsecret".getBytes(StandardCharsets.US_ASCII), 1000);
        Body masked = PasswordMasker.mask(cut, "application/x-www-form-urlencoded");
        assertThat(masked.text()).isEqualTo("password=********");
        assertThat(masked.originalSize()).isEqualTo(1000 - 4);
    }

    @Test
    void masksQueryStrings() {
        assertThat(PasswordMasker.maskQuery(URI.create("http://h/login?user=a&password=b#top")))
                .hasToString("http://h/login?user=a&password=********#top");
        URI none = URI.create("http://h/p?q=1");
        assertThat(PasswordMasker.maskQuery(none)).isSameAs(none);
    }
}
