package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.entropy.EntropyAtLevel;
import dev.sessioninspector.entropy.Verdict;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Effective entropy by significance level, as Burp Sequencer charts it: one bar per level, the bits whose
 * tests all pass at that level, against the 128 bits a session ID needs (dashed line).
 */
final class EffectiveEntropyChart extends ChartCanvas {
    private List<EntropyAtLevel> levels = List.of();
    private double rawBits;
    private dev.sessioninspector.entropy.MinEntropy minEntropy;

    EffectiveEntropyChart() {
        super("effective-entropy", 22, 16);
    }

    void show(List<EntropyAtLevel> effective, double raw, dev.sessioninspector.entropy.MinEntropy min) {
        levels = List.copyOf(effective);
        rawBits = raw;
        minEntropy = min;
        redraw();
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        double top = title(g, "Effective entropy by significance level");
        if (levels.isEmpty()) {
            empty(g, w, h, "No tokens analysed yet");
            return;
        }
        double em = em();
        g.setFill(MUTED);
        g.setFont(font(0.8));
        g.setTextBaseline(VPos.TOP);
        g.fillText(String.format(Locale.ROOT, "bits passing at each level (Holm); raw length %.0f bits", rawBits)
                + (minEntropy == null ? "" : String.format(Locale.ROOT, "; SP 800-90B min-entropy %.1f bits "
                        + "(at most %.0f with %d samples)", minEntropy.bitsPerToken(), minEntropy.ceilingBits(),
                        minEntropy.samples())), em * 0.6, top - em * 0.45);
        g.setTextBaseline(VPos.BASELINE);
        top += em * 1.0;
        double left = em * 3.2;
        double bottom = h - em * 1.8;
        double right = w - em * 0.8;
        double max = Math.max(Verdict.MIN_BITS * 1.15,
                levels.stream().mapToDouble(EntropyAtLevel::bits).max().orElse(0) * 1.1);
        double step = max > 400 ? 100 : max > 160 ? 50 : 32;
        double plotH = bottom - top - em;
        g.setFont(font(0.8));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double b = 0; b <= max; b += step) {
            double y = bottom - plotH * b / max;
            g.setStroke(GRID);
            g.setLineWidth(1);
            g.setLineDashes();
            g.strokeLine(left, y, right, y);
            g.setFill(MUTED);
            g.fillText(String.format(Locale.ROOT, "%.0f", b), left - em * 0.4, y);
        }
        double slot = (right - left) / levels.size();
        double bar = slot * 0.62;
        for (int i = 0; i < levels.size(); i++) {
            EntropyAtLevel l = levels.get(i);
            double x = left + i * slot + (slot - bar) / 2;
            double bh = plotH * l.bits() / max;
            g.setFill(l.bits() >= Verdict.MIN_BITS ? OK : BAD);
            g.fillRect(x, bottom - bh, bar, bh);
            g.setFill(TEXT);
            g.setFont(boldFont(0.85));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(String.format(Locale.ROOT, "%.0f", l.bits()), x + bar / 2, bottom - bh - em * 0.15);
            g.setFont(font(0.8));
            g.setFill(MUTED);
            g.setTextBaseline(VPos.TOP);
            g.fillText(l.label(), x + bar / 2, bottom + em * 0.3);
        }
        double y128 = bottom - plotH * Verdict.MIN_BITS / max;
        g.setStroke(TEXT);
        g.setLineWidth(1.5);
        g.setLineDashes(em * 0.4, em * 0.3);
        g.strokeLine(left, y128, right, y128);
        g.setLineDashes();
        g.setFill(TEXT);
        g.setFont(font(0.75));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("128 bits needed", left + em * 0.3, y128 - em * 0.1);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
