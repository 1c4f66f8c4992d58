package dev.sessioninspector.har;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken, truncated and non-HAR input: one clear line, never a half import. */
class HarBrokenFileTest {
    final HarImporter importer = new HarImporter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    HarFormatException fail(String text) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> importer.read(HarSamples.stream(text), "x"));
        assertThat(t).isInstanceOf(HarFormatException.class);
        assertThat(t.getMessage()).doesNotContain("\n").doesNotContain("Source:");
        return (HarFormatException) t;
    }

    @Test
    void everyTruncationOfARealHarIsAFormatError() throws IOException {
        byte[] full;
        try (InputStream in = getClass().getResourceAsStream("/har/chrome.har")) {
            full = in.readAllBytes();
        }
        String text = new String(full, StandardCharsets.UTF_8).stripTrailing();
        int checked = 0;
        for (int cut = 0; cut < text.length() - 1; cut += 7) {
            HarFormatException e = fail(text.substring(0, cut));
            assertThat(e.getMessage()).matches("(broken HAR|not a HAR).*");
            checked++;
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void truncationInsideEntriesNamesTheLine() {
        String text = HarSamples.minimal("", "");
        String cut = text.substring(0, text.indexOf("\"cache\""));
        HarFormatException e = fail(cut);
        assertThat(e.getMessage()).startsWith("broken HAR at line " + cut.lines().count() + ", column ");
        assertThat(e.getMessage()).contains("end-of-input");
        assertThat(e.line()).isEqualTo(cut.lines().count());
    }

    @Test
    void aMissingCommaNamesItsPosition() {
        String text = "{\n  \"log\": {\n    \"version\": \"1.2\"\n    \"entries\": []\n  }\n}";
        HarFormatException e = fail(text);
        assertThat(e.getMessage()).startsWith("broken HAR at line 4, column 5: Unexpected character ('\"'");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|not a HAR: the file is empty",
        "[]|broken HAR at line 1, column 1: not a HAR: expected a JSON object, found an array",
        "{}|broken HAR at line 1, column 2: not a HAR: no \"log\" object",
        "{\"log\": 5}|broken HAR at line 1, column 9: not a HAR: \"log\" is a number, not an object",
        "{\"log\": {\"version\": \"1.2\"}}|broken HAR at line 1, column 26: not a HAR: no \"log.entries\" array",
        "{\"log\": {\"entries\": {}}}|broken HAR at line 1, column 21: not a HAR: \"log.entries\" is an object, not an array",
        "{\"log\": {\"entries\": []}} {}|broken HAR at line 1, column 26: unexpected content (an object) after the end of the HAR",
        "<html>|broken HAR at line 1, column 1: Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"})
    void notAHar(String text, String message) {
        assertThat(fail(text).getMessage()).isEqualTo(message);
    }

    @Test
    void anEntryWithoutItsUrlNamesTheEntry() {
        String text = HarSamples.minimal("", "").replace("\"url\": \"http://127.0.0.1:8080/\",", "");
        assertThat(fail(text).getMessage()).isEqualTo("bad HAR entry 1 at line 2, column 3: missing request.url");
    }

    @Test
    void aBadDateNamesTheEntry() {
        String text = HarSamples.minimal("", "").replace("2024-01-01T00:00:00.000Z", "yesterday");
        assertThat(fail(text).getMessage())
                .isEqualTo("bad HAR entry 1 at line 2, column 3: 'yesterday' is not an ISO 8601 date with a time zone");
    }

    @Test
    void invalidBase64NamesTheField() {
        String text = HarSamples.minimal("", "").replace("\"content\": {\"size\": 0, \"mimeType\": \"text/plain\"}",
                "\"content\": {\"size\": 3, \"mimeType\": \"image/png\", \"text\": \"@@@\", \"encoding\": \"base64\"}");
        assertThat(fail(text).getMessage()).endsWith(": response.content.text is not valid base64");
    }

    @Test
    void anIoErrorIsNotDisguisedAsAFormatError() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> importer.read(failing, "x")).isNotInstanceOf(HarFormatException.class)
                .isInstanceOf(IOException.class).hasMessage("disk gone");
    }
}
