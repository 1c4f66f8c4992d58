package dev.sessioninspector.ui.timeline;

import dev.sessioninspector.browser.engine.FxRunner;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The timeline drawn on one {@link Canvas} (no node per exchange): wheel zooms around the pointer, drag
 * pans, hover tracks the exchange under the pointer ({@link #hoveredProperty()}), a click reports the
 * exchange (or the cookie change of a lane segment) to {@link #setOnPick}. Redraws are coalesced to one per
 * pulse.
 */
public final class TimelineCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<TimelineModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.all(0));
    private final ObjectProperty<TimelinePalette> palette =
            new SimpleObjectProperty<>(this, "palette", TimelinePalette.LIGHT);
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(this, "hovered", -1);
    private Set<Long> selected = Set.of();
    private LongConsumer onPick = id -> { };
    private TimelineLayout layout = new TimelineLayout(12);
    private boolean redrawQueued;
    private double dragX = Double.NaN;
    private boolean dragged;

    public TimelineCanvas() {
        getStyleClass().add("timeline-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        model.addListener((o, old, now) -> {
            if (old == null || now == null || old.end() != now.end() && viewport.get().end() >= old.end()) {
                viewport.set(Viewport.all(now == null ? 0 : now.end()));
            }
            hovered.set(-1);
            requestLayout();
            redraw();
        });
        viewport.addListener(o -> redraw());
        palette.addListener(o -> redraw());
        hovered.addListener(o -> redraw());
        canvas.setOnScroll(this::scroll);
        canvas.setOnMouseMoved(e -> hovered.set(hit(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hovered.set(-1));
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragged = false;
            requestFocus();
        });
        canvas.setOnMouseDragged(this::drag);
        canvas.setOnMouseReleased(this::release);
    }

    public ObjectProperty<TimelineModel> modelProperty() {
        return model;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ObjectProperty<TimelinePalette> paletteProperty() {
        return palette;
    }

    /** The index (in the model) of the exchange under the pointer, or -1. */
    public ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Called with an exchange id when the user clicks an exchange mark or a lane segment caused by one. */
    public void setOnPick(LongConsumer onPick) {
        this.onPick = onPick;
    }

    /** The exchanges drawn as selected. */
    public void setSelected(Set<Long> ids) {
        selected = Set.copyOf(ids);
        redraw();
    }

    /** The exchanges drawn as selected. */
    public Set<Long> selected() {
        return selected;
    }

    public TimelineLayout timelineLayout() {
        return layout;
    }

    /** Sizes follow the font (presenter zoom). */
    public void setFontSize(double size) {
        layout = new TimelineLayout(size);
        requestLayout();
        redraw();
    }

    /** Zooms by a factor around the middle of the view. */
    public void zoom(double factor) {
        TimelineModel m = model.get();
        Viewport v = viewport.get();
        viewport.set(v.zoom(factor, (v.start() + v.end()) / 2, m == null ? 0 : m.end()));
    }

    /** Shows the whole recording. */
    public void showAll() {
        TimelineModel m = model.get();
        viewport.set(Viewport.all(m == null ? 0 : m.end()));
    }

    /** The exchange index at a point of the canvas, or -1 (binary search; 5 px tolerance). */
    public int hit(double x, double y) {
        TimelineModel m = model.get();
        if (m == null || x < layout.gutter() || !layout.onExchanges(y)) {
            return -1;
        }
        Viewport v = viewport.get();
        double t = layout.time(v, x, getWidth());
        long tolerance = (long) Math.ceil(5 * v.span() / Math.max(1, getWidth() - layout.gutter()));
        return m.nearest((long) t, tolerance);
    }

    /** Screen x of exchange {@code index} in the canvas, for tests and tooltips. */
    public double xOf(int index) {
        return layout.x(viewport.get(), model.get().start(index), getWidth());
    }

    private void scroll(ScrollEvent e) {
        TimelineModel m = model.get();
        if (m == null || e.getDeltaY() == 0) {
            return;
        }
        Viewport v = viewport.get();
        double anchor = layout.time(v, e.getX(), getWidth());
        viewport.set(v.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, anchor, m.end()));
        e.consume();
    }

    private void drag(MouseEvent e) {
        TimelineModel m = model.get();
        if (m == null || Double.isNaN(dragX)) {
            return;
        }
        double dx = e.getX() - dragX;
        if (Math.abs(dx) > 2 || dragged) {
            dragged = true;
            Viewport v = viewport.get();
            double perPixel = v.span() / Math.max(1, getWidth() - layout.gutter() - 8);
            viewport.set(v.pan(-dx * perPixel, m.end()));
            dragX = e.getX();
        }
    }

    private void release(MouseEvent e) {
        boolean click = !dragged && e.getButton() == MouseButton.PRIMARY;
        dragX = Double.NaN;
        dragged = false;
        if (!click || model.get() == null) {
            return;
        }
        int i = hit(e.getX(), e.getY());
        if (i >= 0) {
            onPick.accept(model.get().id(i));
            return;
        }
        Long fromLane = laneExchange(e.getX(), e.getY());
        if (fromLane != null) {
            onPick.accept(fromLane);
        }
    }

    /** The exchange that caused the lane segment at a point, or null. */
    public Long laneExchange(double x, double y) {
        TimelineModel m = model.get();
        int row = layout.laneAt(y, m.lanes().size());
        if (row < 0 || x < layout.gutter()) {
            return null;
        }
        TimelineModel.Lane lane = m.lanes().get(row);
        int s = lane.segmentAt((long) layout.time(viewport.get(), x, getWidth()));
        return s < 0 ? null : lane.exchangeIds()[s];
    }

    /** Queues one redraw for the next pulse. */
    public void redraw() {
        if (redrawQueued) {
            return;
        }
        redrawQueued = true;
        FxRunner.PLATFORM.run(this::paintNow);
    }

    /** Paints at once (benchmarks and tests). */
    public void paintNow() {
        redrawQueued = false;
        TimelineModel m = model.get();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (m == null) {
            canvas.getGraphicsContext2D().setFill(palette.get().background());
            canvas.getGraphicsContext2D().fillRect(0, 0, w, h);
            return;
        }
        new TimelinePainter(layout).paint(canvas.getGraphicsContext2D(), m, viewport.get(), w, h, palette.get(),
                selected, hovered.get());
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        TimelineModel m = model.get();
        return layout.height(m == null ? 0 : m.lanes().size());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected double computeMinHeight(double width) {
        return layout.height(0);
    }
}
