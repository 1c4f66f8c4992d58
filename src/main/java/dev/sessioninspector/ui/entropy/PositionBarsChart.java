package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.entropy.PositionStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Per-position entropy: for each character position a pale bar up to the maximum a perfect generator puts
 * there (log₂ of the alphabet) and, over it, the Shannon entropy observed, coloured by the position's worst
 * P-value (green passes at 1 %, amber below, red below 0.01 %).
 */
final class PositionBarsChart extends ChartCanvas {
    private List<PositionStats> positions = List.of();

    PositionBarsChart() {
        super("position-bars", 40, 16);
    }

    void show(List<PositionStats> stats) {
        positions = List.copyOf(stats);
        redraw();
    }

    /** The worst P-value of a position's character tests (NaN when none could run). */
    static double worstP(PositionStats p) {
        double u = p.uniformityPValue();
        double t = p.transitionPValue();
        if (Double.isNaN(u)) {
            return t;
        }
        return Double.isNaN(t) ? u : Math.min(u, t);
    }

    /** The colour each position's bar is drawn in, in position order (for tests and the legend). */
    List<Color> barColours() {
        List<Color> out = new ArrayList<>();
        for (PositionStats p : positions) {
            out.add(p.maxBits() == 0 ? BAD : pValueColor(worstP(p)));
        }
        return out;
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        double observed = positions.stream().mapToDouble(PositionStats::shannonBits).sum();
        double max = positions.stream().mapToDouble(PositionStats::maxBits).sum();
        double top = title(g, positions.isEmpty() ? "Entropy per character position (bits)"
                : String.format(Locale.ROOT, "Entropy per character position: %.1f of %.1f bits observed", observed,
                        max));
        legend(g, w, top - em() * 0.4);
        top += em() * 1.0;
        if (positions.isEmpty()) {
            empty(g, w, h, "No tokens analysed yet");
            return;
        }
        double em = em();
        double left = em * 2.6;
        double bottom = h - em * 1.8;
        double right = w - em * 0.8;
        double yMax = Math.max(1, Math.ceil(positions.stream().mapToDouble(PositionStats::maxBits).max().orElse(1)));
        double plotH = bottom - top;
        g.setFont(font(0.8));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int b = 0; b <= yMax; b++) {
            double y = bottom - plotH * b / yMax;
            g.setStroke(GRID);
            g.setLineWidth(1);
            g.strokeLine(left, y, right, y);
            g.setFill(MUTED);
            g.fillText(Integer.toString(b), left - em * 0.4, y);
        }
        int n = positions.size();
        double slot = (right - left) / n;
        double bar = Math.max(1, slot * 0.78);
        List<Color> colours = barColours();
        int labelEvery = (int) Math.max(1, Math.ceil(em * 2.2 / slot));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < n; i++) {
            PositionStats p = positions.get(i);
            double x = left + i * slot + (slot - bar) / 2;
            double maxH = plotH * p.maxBits() / yMax;
            g.setFill(MAX);
            g.fillRect(x, bottom - maxH, bar, maxH);
            double obsH = plotH * Math.min(p.shannonBits(), yMax) / yMax;
            g.setFill(colours.get(i));
            g.fillRect(x, bottom - obsH, bar, obsH);
            if (i % labelEvery == 0) {
                g.setFill(MUTED);
                g.fillText(Integer.toString(p.position()), x + bar / 2, bottom + em * 0.3);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void legend(GraphicsContext g, double w, double y) {
        double em = em();
        double x = w - em * 0.8;
        g.setFont(font(0.8));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.RIGHT);
        String[][] items = {{"P < 0.01 %", "bad"}, {"P < 1 %", "warn"}, {"passes", "ok"}, {"maximum", "max"}};
        for (String[] item : items) {
            g.setFill(MUTED);
            g.fillText(item[0], x, y);
            double tw = textWidth(item[0], em * 0.8);
            x -= tw + em * 0.3;
            g.setFill(switch (item[1]) {
                case "bad" -> BAD;
                case "warn" -> WARN;
                case "ok" -> OK;
                default -> MAX;
            });
            g.fillRect(x - em * 0.8, y + em * 0.05, em * 0.8, em * 0.8);
            x -= em * 1.6;
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private double textWidth(String s, double size) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(javafx.scene.text.Font.font(font(1).getFamily(), size));
        return t.getLayoutBounds().getWidth();
    }
}
