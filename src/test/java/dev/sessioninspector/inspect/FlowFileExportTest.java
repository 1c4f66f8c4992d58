package dev.sessioninspector.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.flow.FlowStep;
import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recorded browsing session saved as a flow file that the flow parser reads back. */
class FlowFileExportTest {
    private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");

    private static Exchange ex(int id, String method, String url, Initiator initiator, String form) {
        Headers req = form == null ? Headers.EMPTY : Headers.of("Content-Type", "application/x-www-form-urlencoded");
        return new Exchange(id, 1, T.plusSeconds(id), Duration.ofMillis(5), method, URI.create(url), req,
                form == null ? Body.EMPTY : Body.ofText(form), 200, Headers.EMPTY, Body.EMPTY, initiator, null, null);
    }

    @Test
    void pagesAndFormsBecomeStepsWithTheUsersMarks() {
        RecordingData data = new RecordingData(new Recording(1, "Shop visit", null, T, null), List.of(
                ex(1, "GET", "http://127.0.0.1:8080/", Initiator.DOCUMENT, null),
                ex(2, "GET", "http://127.0.0.1:8080/style.css", Initiator.SUBRESOURCE, null),
                ex(3, "GET", "http://127.0.0.1:8080/login", Initiator.DOCUMENT, null),
                ex(4, "POST", "http://127.0.0.1:8080/login", Initiator.FORM, "username=alice&password=********"),
                ex(5, "GET", "http://127.0.0.1:8080/account", Initiator.REDIRECT, null),
                ex(6, "POST", "http://127.0.0.1:8080/cart/add", Initiator.FORM, "item=green+tea"),
                ex(7, "GET", "http://127.0.0.1:8080/logout?x=1", Initiator.DOCUMENT, null)), List.of(),
                List.of(new Marker(1, 1, T.plusSeconds(4).plusMillis(500), Marker.Kind.LOGIN, Marker.Source.USER, "", null),
                        new Marker(2, 1, T.plusSeconds(8), Marker.Kind.LOGOUT, Marker.Source.USER, "", null)),
                List.of());
        FlowFileExport.Result result = FlowFileExport.of(data);
        assertThat(result.masked()).isTrue();
        assertThat(result.steps()).isEqualTo(5);
        Flow flow = FlowParser.parse(result.json(), "saved");
        assertThat(flow.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(flow.steps()).extracting(FlowStep::describe).hasSize(5);
        assertThat(result.json()).contains("\"post\" : \"/login\"").contains("\"password\" : \"********\"")
                .contains("\"item\" : \"green tea\"").contains("\"get\" : \"/logout?x=1\"")
                .doesNotContain("style.css").doesNotContain("/account");
        assertThat(flow.steps().get(2).mark()).contains(Marker.Kind.LOGIN);
        assertThat(flow.steps().get(4).mark()).contains(Marker.Kind.LOGOUT);
    }

    @Test
    void aRecordingWithoutPagesIsRefusedWithAReason() {
        RecordingData data = new RecordingData(new Recording(1, "x", null, T, null), List.of(
                ex(1, "GET", "http://127.0.0.1:8080/api", Initiator.XHR, null)), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> FlowFileExport.of(data)).hasMessageContaining("no page loads");
    }
}
