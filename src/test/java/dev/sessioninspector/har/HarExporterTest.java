package dev.sessioninspector.har;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.model.RecordingData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HarExporterTest {
    final HarExporter exporter = new HarExporter();
    final HarImporter importer = new HarImporter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    final RecordingData data = SampleRecording.create();

    String export(HarExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(data, out, options);
        return out.toString(StandardCharsets.UTF_8);
    }

    HarImport reimport(String har) throws IOException {
        return importer.read(new ByteArrayInputStream(har.getBytes(StandardCharsets.UTF_8)), "x.har");
    }

    @Test
    void unsanitizedExportRoundTripsExactly() throws IOException {
        HarImport back = reimport(export(HarExportOptions.UNSANITIZED));
        RecordingData d = back.data();
        assertThat(d.exchanges()).containsExactlyElementsOf(data.exchanges());
        assertThat(d.cookieEvents()).containsExactlyElementsOf(data.cookieEvents());
        assertThat(d.markers()).containsExactlyElementsOf(data.markers());
        assertThat(d.storage()).containsExactlyElementsOf(data.storage());
        assertThat(d.recording()).isEqualTo(data.recording());
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void binaryBodiesAreBase64AndTruncationIsKept() throws IOException {
        JsonNode entries = new ObjectMapper().readTree(export(HarExportOptions.UNSANITIZED)).path("log").path("entries");
        JsonNode image = entries.get(3).path("response").path("content");
        assertThat(image.path("encoding").asText()).isEqualTo("base64");
        assertThat(image.path("text").asText()).isEqualTo("iVBORwABAv8=");
        assertThat(image.path("size").asLong()).isEqualTo(5000);
        JsonNode upload = entries.get(4).path("request").path("postData");
        assertThat(upload.path("_encoding").asText()).isEqualTo("base64");
        assertThat(entries.get(0).path("response").path("content").path("text").asText()).contains("Grüße");
        assertThat(entries.get(5).path("response").path("_error").asText()).isEqualTo("Connection refused");
        assertThat(entries.get(1).path("response").path("redirectURL").asText()).isEqualTo("/account");
        assertThat(entries.get(1).path("request").path("queryString").toString())
                .isEqualTo("[{\"name\":\"next\",\"value\":\"/account\"},{\"name\":\"token\",\"value\":\"abc123\"}]");
    }

    @Test
    void sanitizedExportRedactsSecretsAndKeepsNames() throws IOException {
        String har = export(HarExportOptions.SANITIZED);
        JsonNode log = new ObjectMapper().readTree(har).path("log");
        assertThat(log.path("comment").asText()).contains("Sanitized");
        assertThat(log.path("_sessionInspector").path("sanitized").asBoolean()).isTrue();
        JsonNode entries = log.path("entries");
        JsonNode home = entries.get(0);
        assertThat(header(home.path("request"), "Authorization")).isEqualTo("Basic [redacted]");
        assertThat(header(home.path("response"), "Set-Cookie")).isEqualTo("JSESSIONID=[redacted]; Path=/");
        JsonNode login = entries.get(1);
        assertThat(header(login.path("request"), "Cookie")).isEqualTo("JSESSIONID=[redacted]; theme=[redacted]");
        assertThat(login.path("request").path("cookies").toString())
                .isEqualTo("[{\"name\":\"JSESSIONID\",\"value\":\"[redacted]\"},{\"name\":\"theme\",\"value\":\"[redacted]\"}]");
        assertThat(login.path("response").path("cookies").get(0).path("value").asText()).isEqualTo("[redacted]");
        assertThat(login.path("response").path("cookies").get(0).path("httpOnly").asBoolean()).isTrue();
        assertThat(login.path("request").path("url").asText())
                .isEqualTo("http://127.0.0.1:8080/login?next=%2Faccount&token=%5Bredacted%5D");
        assertThat(login.path("request").path("postData").path("text").asText())
                .isEqualTo("username=alice&password=[redacted]&remember=on");
        assertThat(entries.get(2).path("response").path("content").path("text").asText())
                .isEqualTo("{\"user\":\"alice\",\"apiKey\":\"[redacted]\",\"profile\":{\"password\":\"[redacted]\","
                        + "\"city\":\"Bonn\"}}");
        assertThat(entries.get(6).path("request").path("postData").path("text").asText())
                .isEqualTo("{\"old_password\":\"[redacted]\",\"newPassword\":\"[redacted]\",\"note\":\"keep\"}");
        JsonNode block = log.path("_sessionInspector");
        assertThat(block.path("cookieEvents").get(1).path("cookie").path("value").asText()).isEqualTo("[redacted]");
        assertThat(block.path("cookieEvents").get(1).path("previous").path("value").asText()).isEqualTo("[redacted]");
        assertThat(block.path("cookieEvents").get(1).path("cookie").path("raw").asText())
                .startsWith("JSESSIONID=[redacted]; Path=/; Max-Age=3600");
        assertThat(block.path("storage").get(0).path("entries").path("jwt").asText()).isEqualTo("[redacted]");
        for (String secret : new String[] {"anon-1", "auth-2", "s3cr", "abc123", "k-999", "YWxpY2U6c2VjcmV0",
            "eyJhbGciOi", "dark", "light"}) {
            assertThat(har).as("leaks %s", secret).doesNotContain(secret);
        }
    }

    @Test
    void importingASanitizedExportWarns() throws IOException {
        HarImport back = reimport(export(HarExportOptions.SANITIZED));
        assertThat(back.warnings()).first().asString().startsWith("this HAR was exported sanitized");
        assertThat(back.data().exchanges()).hasSize(data.exchanges().size());
    }

    @Test
    void unsanitizedExportKeepsEverySecret() throws IOException {
        String har = export(HarExportOptions.UNSANITIZED);
        assertThat(har).doesNotContain("[redacted]").doesNotContain("\"comment\"")
                .contains("JSESSIONID=auth-2").contains("password=s3cr%26t").contains("Basic YWxpY2U6c2VjcmV0");
    }

    @Test
    void withoutBodiesOnlySizesRemain() throws IOException {
        JsonNode entries = new ObjectMapper().readTree(export(new HarExportOptions(false, false)))
                .path("log").path("entries");
        assertThat(entries.get(0).path("response").path("content").has("text")).isFalse();
        assertThat(entries.get(0).path("response").path("content").path("size").asLong()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void exportsAreValidHar12(boolean sanitize) throws IOException {
        JsonNode root = new ObjectMapper().readTree(export(new HarExportOptions(sanitize, true)));
        assertThat(HarSchemaValidator.validate(root)).isEmpty();
        assertThat(root.path("log").path("version").asText()).isEqualTo("1.2");
        assertThat(root.path("log").path("entries").size()).isEqualTo(data.exchanges().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chrome.har", "firefox.har", "playwright.har", "chrome-sanitized.har"})
    void theValidatorAcceptsRealBrowserHars(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/har/" + resource)) {
            assertThat(HarSchemaValidator.validate(new ObjectMapper().readTree(in))).isEmpty();
        }
    }

    @Test
    void theValidatorCatchesMissingAndMistypedFields() throws IOException {
        ObjectMapper m = new ObjectMapper();
        JsonNode root = m.readTree(export(HarExportOptions.UNSANITIZED));
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("log").path("entries").get(0)).remove("timings");
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("log").path("entries").get(1).path("response"))
                .put("status", "302");
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("log").path("entries").get(2))
                .put("startedDateTime", "later");
        assertThat(HarSchemaValidator.validate(root)).containsExactly(
                "log.entries[0].timings is missing",
                "log.entries[1].response.status is not a integer",
                "log.entries[2].startedDateTime is not an ISO 8601 date: later");
    }

    @Test
    void writingToAFileIsAtomic(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.har");
        exporter.write(data, file, HarExportOptions.SANITIZED);
        assertThat(importer.read(file).data().exchanges()).hasSize(data.exchanges().size());
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void aForeignImportReExportsAndReimportsTheSame() throws IOException {
        RecordingData chrome;
        try (InputStream in = getClass().getResourceAsStream("/har/chrome.har")) {
            chrome = importer.read(in, "chrome.har").data();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(chrome, out, HarExportOptions.UNSANITIZED);
        RecordingData again = reimport(out.toString(StandardCharsets.UTF_8)).data();
        assertThat(again.exchanges()).containsExactlyElementsOf(chrome.exchanges());
        assertThat(again.cookieEvents()).containsExactlyElementsOf(chrome.cookieEvents());
    }

    private static String header(JsonNode message, String name) {
        for (JsonNode h : message.path("headers")) {
            if (h.path("name").asText().equalsIgnoreCase(name)) {
                return h.path("value").asText();
            }
        }
        return null;
    }
}
