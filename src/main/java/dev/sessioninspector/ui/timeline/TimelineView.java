package dev.sessioninspector.ui.timeline;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.ui.state.InspectorState;
import dev.sessioninspector.ui.state.LiveRebuild;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The Timeline tab: zoom buttons, a legend, the line about the exchange under the pointer, and the
 * {@link TimelineCanvas}. Follows the shared {@link InspectorState}: a new recording or analysis rebuilds
 * the model in the background, and so does what a live recording appends ({@link LiveRebuild}); a click selects the exchange everywhere; a selection made elsewhere is
 * outlined here.
 */
public final class TimelineView extends BorderPane {
    private final InspectorState state;
    private final TimelineCanvas canvas = new TimelineCanvas();
    private final Label info = new Label();
    private final LiveRebuild<TimelineModel> live;
    private long generation;

    public TimelineView(InspectorState state) {
        this.state = state;
        getStyleClass().add("timeline-view");
        setId("timeline-view");
        canvas.setId("timeline-canvas");
        Button in = button("+", "Zoom in (scroll up over the timeline)", () -> canvas.zoom(0.5));
        Button out = button("−", "Zoom out (scroll down over the timeline)", () -> canvas.zoom(2));
        Button all = button("Fit", "Show the whole recording", canvas::showAll);
        info.getStyleClass().add("timeline-info");
        info.setId("timeline-info");
        info.setText("Hover an exchange to see it; click to select it everywhere. Drag to pan.");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, in, out, all, info, grow, legend());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("view-toolbar");
        setTop(bar);
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("timeline-scroll");
        setCenter(scroll);

        canvas.setOnPick(id -> state.selectExchanges(List.of(id)));
        canvas.hoveredProperty().addListener((o, old, now) -> describe(now.intValue()));
        live = new LiveRebuild<>(state, data -> TimelineModel.build(data, null, Set.of()), this::showModel);
        state.onAppended(live::append);
        state.recordingProperty().addListener(o -> rebuild());
        state.analysisProperty().addListener(o -> rebuild());
        state.selectedExchanges().addListener((o, old, now) -> canvas.setSelected(now));
        rebuild();
    }

    public TimelineCanvas canvas() {
        return canvas;
    }

    /** Switches the colours between the light and the dark theme. */
    public void setDark(boolean dark) {
        canvas.paletteProperty().set(dark ? TimelinePalette.DARK : TimelinePalette.LIGHT);
    }

    private void rebuild() {
        RecordingData data = state.recording();
        AnalysisResult analysis = state.analysis();
        long mine = ++generation;
        live.reset(data);
        if (data == null) {
            canvas.modelProperty().set(null);
            return;
        }
        state.runInBackground(() -> TimelineModel.build(data, analysis, badgeIds(analysis)), model -> {
            if (mine == generation) {
                showModel(model);
            }
        });
    }

    private void showModel(TimelineModel model) {
        canvas.modelProperty().set(model);
        canvas.setSelected(state.selection());
    }

    /** The exchanges that are evidence of a finding (a failed rule): they get a red badge. */
    public static Set<Long> badgeIds(AnalysisResult analysis) {
        Set<Long> ids = new HashSet<>();
        if (analysis != null) {
            for (Finding f : analysis.findings()) {
                for (Evidence e : f.evidence()) {
                    ids.add(e.exchange());
                }
            }
        }
        return ids;
    }

    private void describe(int index) {
        TimelineModel m = canvas.modelProperty().get();
        if (m == null || index < 0 || index >= m.size()) {
            info.setText("");
            return;
        }
        Exchange e = m.exchange(index);
        String when = String.format(java.util.Locale.ROOT, "%.3f s", m.start(index) / 1e9);
        info.setText("#" + e.id() + "  " + when + "  " + e.method() + " " + e.url() + "  → "
                + (e.failed() ? "failed" : Integer.toString(e.status())) + (m.badged(index) ? "  (finding)" : ""));
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("view-button");
        b.setOnAction(e -> action.run());
        return b;
    }

    private static HBox legend() {
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER_RIGHT);
        String[][] items = {{"2xx", "legend-ok"}, {"3xx", "legend-redirect"}, {"4xx", "legend-client"},
                {"5xx", "legend-server"}, {"failed", "legend-failed"}, {"finding", "legend-badge"}};
        for (String[] item : items) {
            Label l = new Label(item[0]);
            l.getStyleClass().addAll("legend-item", item[1]);
            box.getChildren().add(l);
        }
        Tooltip.install(box, new Tooltip("Mark colour: response status. Tall marks: POST/PUT/DELETE. "
                + "Red dot: evidence of a finding. Lanes: one per cookie from the first request that carried it, "
                + "and one per header token (marked \"token\") from where it was issued to its last use; "
                + "a new colour is a new value. On a token lane, a dark bar is the JWT's exp (an arrow at the "
                + "right when it expires later) and a red diamond a use the server accepted after logout or "
                + "past exp. Dashed lines: your markers; solid lines with a triangle: "
                + "login and logout the analysis detected."));
        return box;
    }
}
