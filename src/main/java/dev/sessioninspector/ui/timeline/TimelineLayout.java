package dev.sessioninspector.ui.timeline;

/**
 * Where things go on the timeline canvas, in pixels, derived from one font size so the timeline scales
 * with the presenter zoom: the time axis on top, the exchange row, then one lane per cookie; a gutter on
 * the left holds the lane names.
 */
public record TimelineLayout(double fontSize) {
    public TimelineLayout {
        if (!(fontSize > 0)) {
            throw new IllegalArgumentException("font size must be positive");
        }
    }

    public double gutter() {
        return fontSize * 11;
    }

    public double axisHeight() {
        return fontSize * 1.8;
    }

    public double exchangeTop() {
        return axisHeight() + fontSize * 2.2;
    }

    public double exchangeHeight() {
        return fontSize * 2.2;
    }

    public double laneHeight() {
        return fontSize * 1.7;
    }

    public double laneTop(int row) {
        return exchangeTop() + exchangeHeight() + fontSize * 0.8 + row * (laneHeight() + 2);
    }

    /** The lane under {@code y}, or -1. */
    public int laneAt(double y, int lanes) {
        double first = laneTop(0);
        if (y < first) {
            return -1;
        }
        int row = (int) ((y - first) / (laneHeight() + 2));
        return row < lanes ? row : -1;
    }

    /** True when {@code y} is on the exchange row (badges included). */
    public boolean onExchanges(double y) {
        return y >= exchangeTop() - fontSize && y <= exchangeTop() + exchangeHeight() + 2;
    }

    /** The height that shows every lane. */
    public double height(int lanes) {
        return laneTop(lanes) + fontSize;
    }

    /** Screen x of time {@code t}. */
    public double x(Viewport v, double t, double width) {
        double w = Math.max(1, width - gutter() - 8);
        return gutter() + (t - v.start()) / v.span() * w;
    }

    /** Time at screen x. */
    public double time(Viewport v, double x, double width) {
        double w = Math.max(1, width - gutter() - 8);
        return v.start() + (x - gutter()) / w * v.span();
    }
}
