package dev.sessioninspector.ui.timeline;

import static dev.sessioninspector.testkit.Fx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.CredentialTimelineTest;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.testkit.Fx;
import java.time.Instant;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's timeline draws a token's lane like the report does: the lane from the sign-in answer, a dark bar at
 * the JWT's exp, and a red diamond where the server still accepted the token past it; an exp after the view is an
 * arrow at the right edge.
 */
class TokenLanePaintTest {
    private static final double WIDTH = 900;
    private final TimelineLayout layout = new TimelineLayout(13);
    private final RecordingData data = CredentialTimelineTest.tokenApi();
    private final AnalysisResult analysis = CredentialTimelineTest.acceptedPastExp(data);
    private final TimelineModel model = TimelineModel.build(data, analysis, Set.of());

    @BeforeAll
    static void start() {
        Fx.start();
    }

    private WritableImage paint(Viewport v) {
        double height = layout.height(model.lanes().size());
        return fx(() -> {
            Canvas c = new Canvas(WIDTH, height);
            new TimelinePainter(layout).paint(c.getGraphicsContext2D(), model, v, WIDTH, height,
                    TimelinePalette.LIGHT, Set.of(), -1);
            return c.snapshot(null, null);
        });
    }

    private Color at(WritableImage img, long nanos, Viewport v) {
        double x = layout.x(v, nanos, WIDTH);
        double y = layout.laneTop(0) + layout.laneHeight() / 2;
        return img.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }

    private long nanos(Instant t) {
        return java.time.Duration.between(model.origin(), t).toNanos();
    }

    @Test
    void theTokenLaneShowsItsExpAndTheUseAcceptedPastIt() {
        TimelineModel.Lane lane = model.lanes().get(0);
        assertThat(lane.token()).isTrue();
        assertThat(lane.name()).isEqualTo("Authorization");
        long exp = nanos(Instant.ofEpochSecond(CredentialTimelineTest.TOKEN_IAT + 5));
        assertThat(lane.expiries()).containsExactly(exp);
        long probe = nanos(data.exchanges().get(4).start());
        assertThat(lane.lateTimes()).containsExactly(probe);
        assertThat(model.end()).isGreaterThanOrEqualTo(probe);

        Viewport all = Viewport.all(model.end());
        WritableImage img = paint(all);
        assertThat(at(img, exp, all)).as("the exp bar").isEqualTo(TimelinePalette.LIGHT.text());
        assertThat(at(img, probe, all)).as("the red diamond").isEqualTo(TimelinePalette.LIGHT.badge());
        long inUse = nanos(data.exchanges().get(2).start());
        assertThat(at(img, inUse, all)).as("the value's colour while in use")
                .isEqualTo(TimelinePalette.LIGHT.value(0));
        assertThat(at(img, (exp + probe) / 2, all)).as("no lane between its last use and the probe")
                .isEqualTo(TimelinePalette.LIGHT.background());
    }

    @Test
    void anExpPastTheViewIsAnArrowAtTheRightEdge() {
        long exp = nanos(Instant.ofEpochSecond(CredentialTimelineTest.TOKEN_IAT + 5));
        Viewport early = new Viewport(0, exp / 2);
        WritableImage img = paint(early);
        double y = layout.laneTop(0) + layout.laneHeight() / 2;
        boolean text = false;
        for (int x = (int) WIDTH - 60; x < WIDTH - 8; x++) {
            text |= img.getPixelReader().getColor(x, (int) y).getBrightness() < 0.5;
        }
        assertThat(text).as("an \"exp at … →\" label at the right end of the lane").isTrue();
        assertThat(at(img, exp / 4, early)).as("the bar is not drawn inside the view")
                .isNotEqualTo(TimelinePalette.LIGHT.text());
    }

    @Test
    void farTimesReadInTheirOwnUnit() {
        assertThat(TimelinePainter.far(902_000_000_000L)).isEqualTo("15 min 2 s");
        assertThat(TimelinePainter.far(18_180_000_000_000L)).isEqualTo("5 h 3 min");
        assertThat(TimelinePainter.far(2_592_000_000_000_000L)).isEqualTo("30 d");
    }
}
