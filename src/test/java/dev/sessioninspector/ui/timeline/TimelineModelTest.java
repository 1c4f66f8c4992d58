package dev.sessioninspector.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.analysis.CredentialTimeline;
import dev.sessioninspector.analysis.CredentialTimelineTest;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.ui.inspect.ViewFixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The timeline's precomputed model: order, hit tests, lanes per value, viewport rules. No JavaFX. */
class TimelineModelTest {
    private final RecordingData data = ViewFixtures.synthetic(5_000);
    private final TimelineModel model = TimelineModel.build(data, null, Set.of(10L, 4000L));

    @Test
    void exchangesAreInTimeOrderWithTheirClassesAndBadges() {
        assertThat(model.size()).isEqualTo(5_000);
        for (int i = 1; i < model.size(); i++) {
            assertThat(model.start(i)).isGreaterThanOrEqualTo(model.start(i - 1));
        }
        assertThat(model.colourClass(model.indexOf(13))).isEqualTo(TimelineModel.CLIENT_ERROR);
        assertThat(model.colourClass(model.indexOf(22))).isEqualTo(TimelineModel.REDIRECT);
        assertThat(model.colourClass(model.indexOf(97))).isEqualTo(TimelineModel.FAILED);
        assertThat(model.writes(model.indexOf(14))).isTrue();
        assertThat(model.writes(model.indexOf(15))).isFalse();
        assertThat(model.badged(model.indexOf(10))).isTrue();
        assertThat(model.badged(model.indexOf(11))).isFalse();
    }

    @Test
    void nearestFindsTheExchangeWithinToleranceOnly() {
        int i = model.indexOf(2500);
        long t = model.start(i);
        assertThat(model.nearest(t + 3_000_000, 5_000_000)).isEqualTo(i);
        assertThat(model.nearest(t - 3_000_000, 5_000_000)).isEqualTo(i);
        assertThat(model.nearest(t + 10_000_000, 1_000_000)).as("between two marks").isEqualTo(-1);
        assertThat(model.nearest(-1_000_000_000L, 5_000_000)).isEqualTo(-1);
        assertThat(model.firstAtOrAfter(t)).isEqualTo(i);
        assertThat(model.firstAtOrAfter(Long.MAX_VALUE)).isEqualTo(model.size());
    }

    @Test
    void aLanePerCookieWithASegmentPerValue() {
        assertThat(model.lanes()).extracting(TimelineModel.Lane::name).containsExactly("SID", "theme");
        TimelineModel.Lane sid = model.lanes().get(0);
        assertThat(sid.values()).containsExactly("anon", "s-10", "s-1000", "s-2000", "s-3000", "s-4000", "s-5000");
        assertThat(sid.distinctValues()).isEqualTo(7);
        assertThat(sid.colours()[0]).isNotEqualTo(sid.colours()[1]);
        long mid = (sid.starts()[1] + sid.starts()[2]) / 2;
        assertThat(sid.segmentAt(mid)).isEqualTo(1);
        assertThat(sid.exchangeIds()[1]).isEqualTo(10L);
        assertThat(sid.segmentAt(sid.starts()[0] - 1)).as("before the cookie was set").isEqualTo(-1);
        assertThat(sid.ends()[sid.segments() - 1]).as("still in the jar").isEqualTo(Long.MAX_VALUE);
        assertThat(model.marks()).hasSize(2);
    }

    @Test
    void aCookieHeldBeforeRecordHasALaneFromTheFirstExchangeAndDetectedMarksAreDrawn() {
        RecordingData held = CredentialTimelineTest.signedInWithACookieFromBeforeRecord(List.of());
        TimelineModel m = TimelineModel.build(held, new AnalysisEngine().analyze(held), Set.of());
        TimelineModel.Lane sid = m.lanes().get(0);
        assertThat(sid.name()).isEqualTo("SESSIONID");
        assertThat(sid.session()).isTrue();
        assertThat(sid.starts()[0]).as("from the first recorded exchange").isLessThanOrEqualTo(m.start(0));
        assertThat(sid.segmentAt(m.start(0))).isZero();
        assertThat(sid.exchangeIds()[0]).isEqualTo(1L);
        assertThat(m.marks()).extracting(CredentialTimeline.Mark::kind)
                .containsExactly(Marker.Kind.LOGIN, Marker.Kind.LOGOUT);
        assertThat(m.marks()).allMatch(CredentialTimeline.Mark::detected);
        assertThat(TimelinePainter.label(m.marks().get(0))).isEqualTo("login (detected)");
        assertThat(m.markTime(0)).isEqualTo(m.start(m.indexOf(2)));
        assertThat(TimelineModel.build(held, null, Set.of()).marks()).as("while recording, before any analysis")
                .isEqualTo(m.marks());
    }

    @Test
    void viewportZoomsAroundItsAnchorAndStaysInRange() {
        Viewport all = Viewport.all(1_000_000_000L);
        Viewport in = all.zoom(0.5, 250_000_000, 1_000_000_000L);
        assertThat(in.span()).isEqualTo(all.span() / 2, org.assertj.core.data.Offset.offset(1.0));
        assertThat((250_000_000 - in.start()) / in.span())
                .isEqualTo((250_000_000 - all.start()) / all.span(), org.assertj.core.data.Offset.offset(1e-9));
        Viewport panned = in.pan(-5e9, 1_000_000_000L);
        assertThat(panned.start()).isZero();
        assertThat(all.zoom(1e-12, 0, 1_000_000_000L).span()).isEqualTo(Viewport.MIN_SPAN);
        assertThat(in.zoom(100, 0, 1_000_000_000L).span()).isEqualTo(all.span(), org.assertj.core.data.Offset.offset(1.0));
        assertThatThrownBy(() -> new Viewport(5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tickStepsAndLabels() {
        assertThat(TimeTicks.step(1e9, 10)).isEqualTo(1e8);
        assertThat(TimeTicks.step(7e9, 10)).isEqualTo(1e9);
        assertThat(TimeTicks.label(1.5e9, 5e8)).isEqualTo("1.5 s");
        assertThat(TimeTicks.label(2.5e8, 5e7)).isEqualTo("250 ms");
        assertThat(TimeTicks.label(120e9, 60e9)).isEqualTo("2 min");
    }
}
