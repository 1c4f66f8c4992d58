package dev.sessioninspector.ui.timeline;

import dev.sessioninspector.analysis.CredentialTimeline;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link TimelineModel} into a canvas: only the visible time range (found by binary search), at
 * most one mark per pixel column and colour, so a redraw costs about the canvas width, not the recording.
 */
public final class TimelinePainter {
    private final TimelineLayout layout;

    public TimelinePainter(TimelineLayout layout) {
        this.layout = layout;
    }

    /** Paints everything; {@code hover} is an exchange index or -1. */
    public void paint(GraphicsContext g, TimelineModel m, Viewport v, double width, double height,
                      TimelinePalette p, Set<Long> selected, int hover) {
        g.setFill(p.background());
        g.fillRect(0, 0, width, height);
        if (width <= 0 || height <= 0) {
            return;
        }
        Font font = Font.font(layout.fontSize());
        g.setFont(font);
        axis(g, v, width, height, p);
        lanes(g, m, v, width, p);
        exchanges(g, m, v, width, p, selected, hover);
        markers(g, m, v, width, height, p);
    }

    private void axis(GraphicsContext g, Viewport v, double width, double height, TimelinePalette p) {
        double step = TimeTicks.step(v.span(), Math.max(1, width / (layout.fontSize() * 9)));
        double first = Math.ceil(v.start() / step) * step;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1);
        for (double t = first; t <= v.end(); t += step) {
            double x = Math.round(layout.x(v, t, width)) + 0.5;
            g.setStroke(p.grid());
            g.strokeLine(x, layout.axisHeight(), x, height);
            g.setFill(p.muted());
            g.fillText(TimeTicks.label(t, step), x + 3, 2);
        }
        g.setStroke(p.grid());
        g.strokeLine(0, layout.axisHeight() + 0.5, width, layout.axisHeight() + 0.5);
    }

    private void exchanges(GraphicsContext g, TimelineModel m, Viewport v, double width, TimelinePalette p,
                           Set<Long> selected, int hover) {
        double top = layout.exchangeTop();
        double h = layout.exchangeHeight();
        g.setFill(p.muted());
        g.setTextBaseline(VPos.CENTER);
        g.fillText("exchanges", 4, top + h / 2);
        int from = m.firstAtOrAfter((long) Math.floor(v.start()));
        int to = m.firstAtOrAfter((long) Math.ceil(v.end()) + 1);
        int lastX = Integer.MIN_VALUE;
        int lastKey = -1;
        for (int i = from; i < to; i++) {
            int x = (int) layout.x(v, m.start(i), width);
            int key = m.colourClass(i) * 2 + (m.writes(i) ? 1 : 0);
            if (x == lastX && key == lastKey && !m.badged(i)) {
                continue;
            }
            lastX = x;
            lastKey = key;
            g.setFill(p.status(m.colourClass(i)));
            double markH = m.writes(i) ? h : h * 0.6;
            g.fillRect(x - 1, top + (h - markH), 3, markH);
            double x1 = layout.x(v, m.end(i), width);
            if (x1 - x > 3) {
                g.fillRect(x, top + h - 2, Math.min(x1, width) - x, 2);
            }
        }
        for (int i = from; i < to; i++) {
            if (m.badged(i)) {
                double x = layout.x(v, m.start(i), width);
                g.setFill(p.badge());
                g.fillOval(x - 4.5, top - 11, 9, 9);
            }
        }
        for (Long id : selected) {
            int i = m.indexOf(id);
            if (i >= 0 && m.start(i) >= v.start() && m.start(i) <= v.end()) {
                outline(g, layout.x(v, m.start(i), width), top, h, p.selection(), 2.5);
            }
        }
        if (hover >= 0) {
            outline(g, layout.x(v, m.start(hover), width), top, h, p.hover(), 1.5);
        }
    }

    private static void outline(GraphicsContext g, double x, double top, double h, javafx.scene.paint.Color c,
                                double w) {
        g.setStroke(c);
        g.setLineWidth(w);
        g.strokeRect(x - 4, top - 2, 8, h + 4);
        g.setLineWidth(1);
    }

    private void lanes(GraphicsContext g, TimelineModel m, Viewport v, double width, TimelinePalette p) {
        int row = 0;
        for (TimelineModel.Lane lane : m.lanes()) {
            double y = layout.laneTop(row++);
            double h = layout.laneHeight();
            g.setFill(p.text());
            g.setTextBaseline(VPos.CENTER);
            g.setTextAlign(TextAlignment.LEFT);
            int from = Math.max(0, lane.segmentAt((long) v.start()));
            double lastRight = -1;
            for (int s = from; s < lane.segments(); s++) {
                if (lane.starts()[s] > v.end()) {
                    break;
                }
                double x0 = Math.max(layout.gutter(), layout.x(v, lane.starts()[s], width));
                long e = Math.min(lane.ends()[s], m.end());
                double x1 = Math.min(width, layout.x(v, e, width));
                if (x1 < layout.gutter() || x1 <= lastRight) {
                    continue;
                }
                g.setFill(p.value(lane.colours()[s]));
                g.fillRect(x0, y + 2, Math.max(2, x1 - x0 - 1), h - 4);
                g.setFill(p.background());
                g.fillRect(x0, y + 2, 1.5, h - 4);
                double room = x1 - x0 - 8;
                if (room > layout.fontSize() * 3) {
                    g.setFill(javafx.scene.paint.Color.WHITE);
                    g.fillText(fit(lane.values()[s], room), x0 + 5, y + h / 2);
                }
                lastRight = x0 + 1;
            }
            if (lane.token()) {
                tokenMarks(g, lane, v, width, y, h, p);
            }
            g.setFill(p.background());
            g.fillRect(0, y, layout.gutter() - 2, h);
            g.setFill(p.text());
            g.fillText(clip(lane.name(), layout.gutter() - (lane.token() ? layout.fontSize() * 3.2 : 0)), 4, y + h / 2);
            if (lane.token()) {
                g.setFill(p.muted());
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText("token", layout.gutter() - 6, y + h / 2);
                g.setTextAlign(TextAlignment.LEFT);
            }
        }
    }

    /**
     * A token lane's JWT expiries (a bar across the lane, "exp" beside it; an arrow at the right edge when the
     * last value expires after the view) and the uses accepted after logout or past exp (red diamonds).
     */
    private void tokenMarks(GraphicsContext g, TimelineModel.Lane lane, Viewport v, double width,
                            double y, double h, TimelinePalette p) {
        long[] exp = lane.expiries();
        double right = width - 8;
        for (int i = 0; i < exp.length; i++) {
            boolean lastValue = lane.source().expiries().get(i).value().equals(lane.values()[lane.segments() - 1]);
            if (exp[i] > v.end() && lastValue) {
                String text = "exp at " + far(exp[i]) + " →";
                g.setTextAlign(TextAlignment.RIGHT);
                double tw = text.length() * layout.fontSize() * 0.6;
                g.setFill(p.background());
                g.fillRect(right - tw - 4, y + 3, tw + 6, h - 6);
                g.setFill(p.text());
                g.fillText(text, right, y + h / 2);
                g.setTextAlign(TextAlignment.LEFT);
            } else if (exp[i] >= v.start() && exp[i] <= v.end()) {
                double x = Math.round(layout.x(v, exp[i], width)) + 0.5;
                g.setStroke(p.text());
                g.setLineWidth(2.5);
                g.strokeLine(x, y - 1, x, y + h + 1);
                g.setLineWidth(1);
                g.setFill(p.text());
                g.fillText("exp", x + 4, y + h / 2);
            }
        }
        long[] late = lane.lateTimes();
        double r = h * 0.38;
        for (long t : late) {
            if (t < v.start() || t > v.end()) {
                continue;
            }
            double x = layout.x(v, t, width);
            double cy = y + h / 2;
            g.setFill(p.badge());
            g.fillPolygon(new double[] {x - r, x, x + r, x}, new double[] {cy, cy - r, cy, cy + r}, 4);
            g.setStroke(p.background());
            g.strokePolygon(new double[] {x - r, x, x + r, x}, new double[] {cy, cy - r, cy, cy + r}, 4);
        }
    }

    /** A time far to the right of the view, from the origin: "15 min 2 s", "5 h 3 min", "30 d". */
    static String far(long nanos) {
        long s = nanos / 1_000_000_000L;
        if (s >= 2 * 86_400) {
            return s / 86_400 + " d";
        }
        if (s >= 2 * 3_600) {
            return s / 3_600 + " h " + s % 3_600 / 60 + " min";
        }
        return TimeTicks.label(nanos, nanos >= 60e9 ? 60e9 : 1e9);
    }

    private String fit(String value, double room) {
        int max = (int) (room / (layout.fontSize() * 0.62));
        return value.length() <= max ? value : value.substring(0, Math.max(1, max - 1)) + "…";
    }

    private String clip(String name, double gutter) {
        int max = (int) (gutter / (layout.fontSize() * 0.6));
        return name.length() <= max ? name : name.substring(0, Math.max(1, max - 1)) + "…";
    }

    private void markers(GraphicsContext g, TimelineModel m, Viewport v, double width, double height,
                         TimelinePalette p) {
        for (int i = 0; i < m.marks().size(); i++) {
            long t = m.markTime(i);
            if (t < v.start() || t > v.end()) {
                continue;
            }
            CredentialTimeline.Mark mk = m.marks().get(i);
            double x = Math.round(layout.x(v, t, width)) + 0.5;
            var colour = switch (mk.kind()) {
                case LOGIN -> p.login();
                case LOGOUT -> p.logout();
                case NOTE -> p.note();
            };
            double top = layout.axisHeight();
            g.setStroke(colour);
            g.setFill(colour);
            if (mk.detected()) {
                // detected: a thin solid line under a filled triangle, labelled below the user's marks
                g.setLineWidth(1.5);
                g.strokeLine(x, top, x, height);
                double s = layout.fontSize() * 0.55;
                g.fillPolygon(new double[] {x - s, x + s, x}, new double[] {top, top, top + s * 1.4}, 3);
            } else {
                g.setLineWidth(2);
                g.setLineDashes(6, 4);
                g.strokeLine(x, top, x, height);
                g.setLineDashes();
            }
            g.setLineWidth(1);
            g.setTextBaseline(VPos.TOP);
            g.fillText(label(mk), x + 4, top + 2 + (mk.detected() ? layout.fontSize() * 1.2 : 0));
        }
    }

    /** "login", "note: text", "login (detected)". */
    static String label(CredentialTimeline.Mark mk) {
        String kind = mk.kind().name().toLowerCase(java.util.Locale.ROOT);
        if (mk.detected()) {
            return kind + " (detected)";
        }
        return kind + (mk.label().isBlank() || mk.label().equals(kind) ? "" : ": " + mk.label());
    }
}
