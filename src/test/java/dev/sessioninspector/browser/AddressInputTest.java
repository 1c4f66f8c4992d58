package dev.sessioninspector.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressInputTest {
    @ParameterizedTest
    @CsvSource({
            "127.0.0.1:8080/login, http://127.0.0.1:8080/login",
            "  localhost:3000  , http://localhost:3000",
            "example.test/a?b=c, http://example.test/a?b=c",
            "http://example.test/, http://example.test/",
            "HTTPS://example.test/x, HTTPS://example.test/x",
            "about:blank, about:blank",
            "[::1]:8080/, http://[::1]:8080/"
    })
    void addsHttpWhenThereIsNoScheme(String typed, String expected) {
        assertThat(AddressInput.normalize(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "two words", "ftp://example.test/", "javascript://alert(1)",
            "file:///etc/passwd", "http://", "http://exa mple.test/", "http://bad host/"})
    void refusesWhatIsNotAWebAddress(String typed) {
        assertThat(AddressInput.normalize(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesNull() {
        assertThat(AddressInput.normalize(null)).isEmpty();
    }
}
