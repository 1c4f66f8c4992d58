package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.entropy.PositionStats;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Character distribution: a cell per (position, character), shaded by how often the character appeared at
 * that position relative to what a uniform generator would give. Even shading is good; bright cells with
 * empty ones around them (a constant prefix, a counter's slow digits) are the pattern to look for.
 */
final class HeatMapChart extends ChartCanvas {
    private static final Color LOW = Color.web("#eef2ff");
    private static final Color MID = Color.web("#6366f1");
    private static final Color HIGH = Color.web("#b91c1c");
    private static final int MAX_ROWS = 64;
    private List<PositionStats> positions = List.of();

    HeatMapChart() {
        super("heat-map", 40, 16);
    }

    void show(List<PositionStats> stats) {
        positions = List.copyOf(stats);
        redraw();
    }

    /** Shade for an observed/expected ratio: pale at 0, indigo at 1 (uniform), red at 3 and above. */
    static Color shade(double ratio) {
        if (ratio <= 0) {
            return Color.WHITE;
        }
        if (ratio <= 1) {
            return LOW.interpolate(MID, ratio);
        }
        return MID.interpolate(HIGH, Math.min(1, (ratio - 1) / 2));
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        double top = title(g, "Character distribution (position × character)");
        if (positions.isEmpty()) {
            empty(g, w, h, "No tokens analysed yet");
            return;
        }
        String alphabet = positions.stream().map(PositionStats::characters)
                .reduce((a, b) -> b.length() > a.length() ? b : a).orElse("");
        StringBuilder rows = new StringBuilder();
        for (PositionStats p : positions) {
            for (char c : p.characters().toCharArray()) {
                if (rows.indexOf(String.valueOf(c)) < 0 && alphabet.indexOf(c) < 0) {
                    rows.append(c);
                }
            }
        }
        String chars = (alphabet + rows).length() > MAX_ROWS ? (alphabet + rows).substring(0, MAX_ROWS)
                : alphabet + rows;
        double em = em();
        double left = em * 1.8;
        double bottom = h - em * 1.6;
        double right = w - em * 0.8;
        int n = positions.size();
        double cw = (right - left) / n;
        double ch = (bottom - top) / Math.max(1, chars.length());
        for (int i = 0; i < n; i++) {
            PositionStats p = positions.get(i);
            double expected = p.samples() / (double) Math.max(1, p.alphabetSize());
            for (int r = 0; r < chars.length(); r++) {
                int idx = p.characters().indexOf(chars.charAt(r));
                double count = idx < 0 ? 0 : p.counts().get(idx);
                g.setFill(shade(expected > 0 ? count / expected : 0));
                g.fillRect(left + i * cw, top + r * ch, Math.max(1, cw - 0.5), Math.max(1, ch - 0.5));
            }
        }
        g.setFill(MUTED);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double labelSize = Math.min(0.75, ch / em * 0.95);
        if (labelSize >= 0.45) {
            g.setFont(font(labelSize));
            int step = (int) Math.max(1, Math.ceil(em * labelSize * 1.1 / ch));
            for (int r = 0; r < chars.length(); r += step) {
                g.fillText(String.valueOf(chars.charAt(r)), left - em * 0.3, top + r * ch + ch / 2);
            }
        }
        g.setFont(font(0.8));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int every = (int) Math.max(1, Math.ceil(em * 2.2 / cw));
        for (int i = 0; i < n; i += every) {
            g.fillText(Integer.toString(positions.get(i).position()), left + i * cw + cw / 2, bottom + em * 0.3);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
