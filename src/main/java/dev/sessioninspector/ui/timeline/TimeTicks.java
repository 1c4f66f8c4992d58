package dev.sessioninspector.ui.timeline;

/** Axis ticks: a 1-2-5 step for a time span, and its labels ("1.5 s", "250 ms", "2 min"). */
public final class TimeTicks {
    private TimeTicks() {
    }

    /** A 1, 2 or 5 times a power of ten nanoseconds, giving about {@code count} ticks over {@code span}. */
    public static double step(double span, double count) {
        double raw = span / Math.max(1, count);
        double pow = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (pow * m >= raw) {
                return pow * m;
            }
        }
        return pow * 10;
    }

    /** The label of tick {@code t} (nanoseconds) with the precision the step needs. */
    public static String label(double t, double step) {
        if (step >= 60e9 && t >= 60e9) {
            long s = Math.round(t / 1e9);
            return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
        }
        if (step >= 1e8) {
            return trim(t / 1e9, step >= 1e9 ? 0 : 1) + " s";
        }
        if (step >= 1e5) {
            return trim(t / 1e6, step >= 1e6 ? 0 : 1) + " ms";
        }
        return trim(t / 1e3, 0) + " µs";
    }

    private static String trim(double v, int decimals) {
        return decimals == 0 ? Long.toString(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
