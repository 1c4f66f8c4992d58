package dev.sessioninspector.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import org.junit.jupiter.api.Test;

class InitiatorClassifierTest {
    @Test
    void fetchMetadataDecides() {
        assertThat(InitiatorClassifier.classify("GET", Headers.of("Sec-Fetch-Dest", "document", "Sec-Fetch-Mode", "navigate")))
                .isEqualTo(Initiator.DOCUMENT);
        assertThat(InitiatorClassifier.classify("POST", Headers.of("Sec-Fetch-Dest", "document",
                "Content-Type", "application/x-www-form-urlencoded"))).isEqualTo(Initiator.FORM);
        assertThat(InitiatorClassifier.classify("POST", Headers.of("Sec-Fetch-Dest", "empty", "Sec-Fetch-Mode", "cors")))
                .isEqualTo(Initiator.XHR);
        assertThat(InitiatorClassifier.classify("GET", Headers.of("Sec-Fetch-Dest", "image"))).isEqualTo(Initiator.SUBRESOURCE);
        assertThat(InitiatorClassifier.classify("GET", Headers.of("Sec-Fetch-Dest", "script"))).isEqualTo(Initiator.SUBRESOURCE);
        assertThat(InitiatorClassifier.classify("GET", Headers.of("Sec-Fetch-Dest", "iframe", "Sec-Fetch-Mode", "navigate")))
                .isEqualTo(Initiator.SUBRESOURCE);
        assertThat(InitiatorClassifier.classify("POST", Headers.of("Sec-Fetch-Dest", "iframe", "Sec-Fetch-Mode", "navigate",
                "Content-Type", "multipart/form-data; boundary=x"))).isEqualTo(Initiator.FORM);
    }

    @Test
    void fallsBackToOtherHeadersWithoutFetchMetadata() {
        assertThat(InitiatorClassifier.classify("GET", Headers.of("X-Requested-With", "XMLHttpRequest")))
                .isEqualTo(Initiator.XHR);
        assertThat(InitiatorClassifier.classify("GET", Headers.of("Accept", "text/html,application/xhtml+xml")))
                .isEqualTo(Initiator.DOCUMENT);
        assertThat(InitiatorClassifier.classify("POST", Headers.of("Accept", "text/html",
                "Content-Type", "application/x-www-form-urlencoded"))).isEqualTo(Initiator.FORM);
        assertThat(InitiatorClassifier.classify("GET", Headers.of("Accept", "image/webp,*/*"))).isEqualTo(Initiator.SUBRESOURCE);
        assertThat(InitiatorClassifier.classify("PUT", Headers.of("Content-Type", "application/json"))).isEqualTo(Initiator.XHR);
        assertThat(InitiatorClassifier.classify("GET", Headers.EMPTY)).isEqualTo(Initiator.UNKNOWN);
    }
}
