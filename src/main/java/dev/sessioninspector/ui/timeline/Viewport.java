package dev.sessioninspector.ui.timeline;

/**
 * The visible time range, in nanoseconds from the timeline's origin. Immutable; zooming and panning make a
 * new one, kept within {@code [0, total]} and never narrower than {@link #MIN_SPAN}.
 */
public record Viewport(double start, double end) {
    /** The narrowest range shown: one microsecond. */
    public static final double MIN_SPAN = 1_000;

    public Viewport {
        if (!(end > start)) {
            throw new IllegalArgumentException("empty viewport: " + start + ".." + end);
        }
    }

    /** Everything, with a little room at the right edge. */
    public static Viewport all(long total) {
        return new Viewport(0, Math.max(MIN_SPAN, total * 1.02));
    }

    public double span() {
        return end - start;
    }

    /** Zooms by {@code factor} (&lt; 1 zooms in) keeping time {@code anchor} where it is on screen. */
    public Viewport zoom(double factor, double anchor, long total) {
        double span = Math.max(MIN_SPAN, span() * factor);
        double fraction = (anchor - start) / span();
        double s = anchor - fraction * span;
        return clamp(s, s + span, total);
    }

    /** Moves by {@code delta} nanoseconds. */
    public Viewport pan(double delta, long total) {
        return clamp(start + delta, end + delta, total);
    }

    private static Viewport clamp(double s, double e, long total) {
        double limit = Math.max(MIN_SPAN, total * 1.02);
        double span = Math.min(e - s, limit);
        s = Math.max(0, Math.min(s, limit - span));
        return new Viewport(s, s + span);
    }
}
