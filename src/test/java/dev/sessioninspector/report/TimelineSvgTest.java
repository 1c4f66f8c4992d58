package dev.sessioninspector.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.analysis.CredentialTimelineTest;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's timeline draws what was in use: lanes from the first request, detected and manual marks. */
class TimelineSvgTest {
    @Test
    void aCookieHeldBeforeRecordIsDrawnFromTheFirstExchangeWithDetectedMarksApartFromNotes() {
        RecordingData plain = CredentialTimelineTest.signedInWithACookieFromBeforeRecord(List.of());
        Instant noteAt = plain.exchanges().get(2).end();
        RecordingData data = CredentialTimelineTest.signedInWithACookieFromBeforeRecord(
                List.of(new Marker(1, 1, noteAt, Marker.Kind.NOTE, Marker.Source.USER, "cart", 3L)));
        String svg = TimelineSvg.render(new AnalysisEngine().analyze(data), data);

        assertThat(svg).contains("#1 SESSIONID=0001de42 (carried since #1)")
                .contains("#3 SESSIONID=0001de42").contains("#5 SESSIONID=0002aa17 (set by #4)")
                .contains("#4 Set-Cookie SESSIONID=0002aa17");
        assertThat(svg.indexOf("SESSIONID ★")).as("the session cookie's lane comes first")
                .isLessThan(svg.indexOf(">theme<"));
        assertThat(svg).contains(">login (detected)<").contains(">logout (detected)<").contains(">note: cart<");
        assertThat(count(svg, "class=\"mark detected\"")).isEqualTo(2);
        assertThat(count(svg, "class=\"mark\"")).as("the user's note, dashed").isEqualTo(1);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
